/* The figures ticked in Paste a release go through the file import: the user's own, quoting the release. */
import { describeImport } from "../../src/data";
import { importFile, readRelease } from "../../src/core/release";
import { figureByKey } from "../support/figure-by-key";
import { imported } from "../support/imported";
import { harness } from "../support/datasets";

const page = "https://addin.example.org/taskpane.html";
const RELEASE =
  "上半年，淄博市“新三样”产品出口1.2亿元，同比增长50%，其中新能源汽车出口0.9亿元，锂电池出口增长30%。";

describe("importing the figures of a pasted release", () => {
  it("adds the ticked figures as imported, citing the page and quoting their sentence", async () => {
    const h = harness(page);
    const figures = readRelease(RELEASE, "2024-07-20").figures;
    const ticked = figures.filter((f) => f.category !== "LIB");
    const file = importFile(ticked, {
      published: "2024-07-20",
      url: "https://zibo.example.gov.cn/2024h1",
      title: "Pasted release text",
    });
    const outcome = imported(
      await h.service.importFile("pasted release text", JSON.stringify(file)),
    );
    expect(describeImport(outcome)).toEqual({
      headline: "Imported pasted release text.",
      details: ["2024H1 added: TOTAL 120, NEV 90"],
    });
    const total = figureByKey(h.store.current, "ZIBO|TOTAL|2024H1")!;
    expect(total.cny?.value).toBe(120);
    expect(total.yoyPct?.value).toBe(50);
    expect(total.quote).toBe(RELEASE);
    const source = h.store.current.sources.get(total.cny!.sourceIds[0]!)!;
    expect(source).toMatchObject({
      title: "Pasted release text",
      publisher: "zibo.example.gov.cn",
      url: "https://zibo.example.gov.cn/2024h1",
      published: "2024-07-20",
      standing: "user",
    });
    expect(source.id).toMatch(/^user-/);
    expect(figureByKey(h.store.current, "ZIBO|LIB|2024H1")).toBeUndefined();
  });
});
