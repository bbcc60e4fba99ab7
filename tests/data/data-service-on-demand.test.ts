/**
 * The pane's data actions load the data service's code on first use. When that code cannot be
 * fetched, every action still ends with what happened, the data in use stays, and the next
 * action tries again.
 */
import { describeImport, describeStatus } from "../../src/data/describe-status";

type OnDemand = typeof import("../../src/data/on-demand");

const SERVICE = "../../src/data/service";
const unreachable = () => {
  throw new Error("Loading chunk data-service failed");
};

/** A fresh copy of on-demand.ts whose service module fails to load (or loads `service`). */
function onDemandWith(service: () => unknown): OnDemand {
  let loaded!: OnDemand;
  jest.isolateModules(() => {
    jest.doMock(SERVICE, service);
    loaded = jest.requireActual("../../src/data/on-demand");
  });
  return loaded;
}

afterEach(() => {
  jest.dontMock(SERVICE);
});

describe("when the data service's code cannot be fetched", () => {
  test("start-up ends offline, on the data in use, saying why and that Refresh tries again", async () => {
    const data = onDemandWith(unreachable);
    const status = await data.startData();
    expect(status).toMatchObject({ state: "offline", cachedOn: null, version: "2024M05.1" });
    const { headline } = describeStatus(status, "en");
    expect(headline).toContain(
      "Still in use: the data shipped with the add-in, dataset 2024M05.1, as of 2024-06-27.",
    );
    expect(headline).toContain("could not load its data code from its server");
    // The browser's words stay out of the message, in either language.
    expect(headline).not.toContain("Loading chunk");
    expect(describeStatus(status, "zh").headline).not.toMatch(/Loading chunk|[a-z]{4,}/);
    expect(headline).toContain("Refresh tries again");
    expect(describeStatus(status, "zh").headline).toContain("点击“刷新”会重试");
  });

  test("an import is refused with the reason, and nothing changes", async () => {
    const data = onDemandWith(unreachable);
    const outcome = await data.importFromFile("mine.csv", "period,category\n");
    expect(outcome.state).toBe("rejected");
    expect(describeImport(outcome, "en").headline).toContain("mine.csv");
    expect(JSON.stringify(outcome)).toContain("serviceNotLoaded");
  });

  test("the feed address form says why no address is shown, and a new one is not saved", async () => {
    const data = onDemandWith(unreachable);
    const setting = await data.getFeedUrl();
    expect(setting.url).toBe("");
    expect(setting.problem?.key).toBe("serviceNotLoaded");
    const saved = await data.setFeedUrl("https://stats.example.gov.cn/feed.json");
    expect(saved).toMatchObject({ ok: false, message: { key: "serviceNotLoaded" } });
    expect(await data.resetToPublished()).toMatchObject([{ key: "serviceNotLoaded" }]);
  });

  test("the next action fetches the code again and uses it", async () => {
    let reachable = false;
    const start = jest.fn(async () => ({ state: "up-to-date" }));
    const data = onDemandWith(() => {
      if (!reachable) unreachable();
      return { createDataService: () => ({ start, refreshNow: start }) };
    });
    expect((await data.startData()).state).toBe("offline");
    reachable = true;
    jest.resetModules();
    expect((await data.refreshNow()).state).toBe("up-to-date");
    expect(start).toHaveBeenCalledTimes(1);
  });
});
