import {
  buildDataset,
  formatMessage,
  lookupExports,
  mergeContent,
  type MessageKey,
  type MessageParams,
} from "../../src/core";
import {
  answerAsOf,
  exportsAsOf,
  figureCardAsOf,
  growthAsOf,
  parseAsOf,
  sourceAsOf,
  vintageOf,
} from "../../src/core/vintage";
import { bundledContent, contentFromFile } from "../../src/data";
import type { DatasetFile } from "../../src/data/schema";
import bundledFile from "../../src/data/zibo-new-three.json";
import { bundled } from "../support/feed-datasets";

const correction = {
  id: "zibo-correction-2024-08-30",
  title: "Corrected release",
  publisher: "Zibo Customs",
  url: "https://example.org/correction",
  published: "2024-08-30",
  standing: "primary",
};

/** The bundled data after a feed revises NEV 2024Q1 from 70 to 72, recorded on 2024-09-01. */
function revised() {
  const file = {
    ...bundledFile,
    sources: [...bundledFile.sources, correction],
    figures: bundledFile.figures.map((f) =>
      f.region === "ZIBO" && f.category === "NEV" && f.period === "2024Q1"
        ? { ...f, valueCnyMn: 72, source: correction.id }
        : f,
    ),
  } as unknown as DatasetFile;
  const merged = mergeContent(bundledContent(), contentFromFile(file), {
    mode: "feed",
    replacedOn: "2024-09-01",
  });
  return buildDataset(merged.content);
}

/** The value, the error's key, or for words brought by the vintage code, its English text. */
const value = (
  r:
    | { ok: true; value: { value: number } }
    | { ok: false; error: { key: MessageKey; params: MessageParams } },
) =>
  r.ok
    ? Number(r.value.value.toPrecision(12))
    : r.error.key === "said"
      ? formatMessage(r.error.key, r.error.params, "en")
      : r.error.key;

describe("as_of: a figure as it was known on a date", () => {
  const ds = revised();

  test("after a revision from 70 to 72, the figure as known before it is 70", () => {
    expect(value(lookupExports(ds, "NEV", "2024Q1"))).toBe(72);
    expect(value(exportsAsOf(ds, "NEV", "2024Q1", null, "2024-06-01"))).toBe(70);
    expect(value(exportsAsOf(ds, "NEV", "2024Q1", null, "2024-09-01"))).toBe(72);
  });

  test("a date cell (Excel serial number) reads as its date", () => {
    expect(parseAsOf(45444)).toEqual({ ok: true, value: "2024-06-01" });
    expect(parseAsOf("2024年6月1日")).toEqual({ ok: true, value: "2024-06-01" });
    expect(value(exportsAsOf(ds, "NEV", "2024Q1", null, 45444))).toBe(70);
  });

  test("figures derived from a revised one are derived again from the value known then", () => {
    // LIB_PV = TOTAL − NEV: 10 then, 8 now.
    expect(value(exportsAsOf(ds, "LIB_PV", "2024Q1", null, "2024-06-01"))).toBe(10);
    expect(value(exportsAsOf(ds, "LIB_PV", "2024Q1", null, "2024-12-31"))).toBe(8);
    expect(value(exportsAsOf(ds, "NEV", "2024Q1", "亿元", "2024-06-01"))).toBe(0.7);
  });

  test("before the first publication: #N/A saying when it was first published", () => {
    const early = exportsAsOf(ds, "NEV", "2024Q1", null, "2020-01-01");
    expect(!early.ok && early.error.code).toBe("notAvailable");
    if (early.ok) return;
    expect(formatMessage(early.error.key, early.error.params, "en")).toBe(
      "Not yet published on 2020-01-01; first published 2024-05-20.",
    );
    expect(formatMessage(early.error.key, early.error.params, "zh")).toBe(
      "截至 2020-01-01 尚未公布；首次公布于 2024-05-20。",
    );
  });

  test("a figure no source publishes even today keeps its own #N/A", () => {
    expect(value(exportsAsOf(ds, "NEV", "2019Q1", null, "2024-06-01"))).toBe("notPublished");
  });

  test("GROWTH as of a date: Shandong's 2024Q1 rate was out on 2024-04-17, not before", () => {
    expect(value(growthAsOf(bundled(), "TOTAL", "2024Q1", "2024-04-17", "SHANDONG"))).toBe(90.2);
    expect(value(growthAsOf(bundled(), "TOTAL", "2024Q1", "2024-04-16", "SHANDONG"))).toBe(
      "Not yet published on 2024-04-16; first published 2024-04-17.",
    );
  });

  test("a date that is not one is #VALUE!", () => {
    expect(value(exportsAsOf(ds, "NEV", "2024Q1", null, "soon"))).toBe(
      '"soon" is not a date for as_of: give a date cell or ISO text such as 2024-06-01.',
    );
    const feb30 = exportsAsOf(ds, "NEV", "2024Q1", null, "2024-02-30");
    expect(!feb30.ok && feb30.error.code).toBe("invalidValue");
  });

  test("SOURCE and the card show the vintage", () => {
    const then = sourceAsOf(ds, "NEV", "2024Q1", null, "2024-06-01", "en");
    expect(then.ok && then.value).toMatch(/^As known on 2024-06-01\. chinadaily/);
    const now = sourceAsOf(ds, "NEV", "2024Q1", null, "2024-09-02", "zh");
    expect(now.ok && now.value).toMatch(/^截至 2024-09-02 已知的数据。Zibo Customs/);
    const card = figureCardAsOf(ds, "NEV", "2024Q1", null, null, "2024-06-01", "en");
    expect(card.ok && card.value.value).toBe(70);
    const vintage = card.ok && card.value.fields.find((f) => f.key === "vintage");
    expect(vintage && [vintage.label, vintage.value]).toEqual(["As known on", "2024-06-01"]);
  });

  test("a vintage is made once per dataset and date", () => {
    expect(vintageOf(ds, "2024-06-01")).toBe(vintageOf(ds, "2024-06-01"));
    expect(answerAsOf(ds, "2024-06-01", () => ({ ok: true, value: 1 }))).toEqual({
      ok: true,
      value: 1,
    });
  });
});
