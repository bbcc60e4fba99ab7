/**
 * Scopes stay apart: SHARE refuses to divide figures that count different products, naming both;
 * SHARE_OF across scopes still answers, and its working and its refusals say the scopes differ.
 */
import {
  formatDerivation,
  formatMessage,
  lookupShare,
  shareOfRegion,
  type Result,
} from "../../src/core";
import bundledFile from "../../src/data/zibo-new-three.json";
import { datasetWith, zibo } from "../support/feed-datasets";
import { valueOf } from "../support/results";

const messageOf = (result: Result<unknown>, lang: "en" | "zh" = "en") =>
  result.ok ? "" : formatMessage(result.error.key, result.error.params, lang);

const CUSTOMS_EV = {
  scopeEn: "electric passenger vehicles (电动载人汽车) as customs counts them",
  scopeZh: "海关统计的电动载人汽车",
};

describe("SHARE divides figures of one scope only", () => {
  // The reproduction: NEV counted as electric passenger vehicles over an unscoped TOTAL.
  const feed = datasetWith([
    ...bundledFile.figures.filter((f) => !(f.region === "ZIBO" && f.category === "NEV")),
    zibo("NEV", "2024Q1", 72, CUSTOMS_EV),
  ]);

  test("is #N/A naming both figures and what each counts", () => {
    const share = lookupShare(feed, "NEV", "2024Q1");
    expect(share.ok).toBe(false);
    if (share.ok) return;
    expect(share.error.code).toBe("notAvailable");
    const en = messageOf(share);
    expect(en).toContain("the scopes differ");
    expect(en).toContain("Zibo's NEV counts electric passenger vehicles");
    expect(en).toContain("Zibo's TOTAL counts what its source names it");
    expect(messageOf(share, "zh")).toContain("口径不同");
    expect(messageOf(share, "zh")).toContain("海关统计的电动载人汽车");
  });

  test("figures of the same scope still divide: 70 / 80", () => {
    expect(valueOf(lookupShare(datasetWith(bundledFile.figures), "NEV", "2024Q1")).value).toBe(
      87.5,
    );
  });
});

describe("SHARE_OF across scopes answers, and says so", () => {
  const scoped = (f: (typeof bundledFile.figures)[number]) =>
    f.region === "ZIBO" ? f : { ...f, ...CUSTOMS_TOTAL };
  const CUSTOMS_TOTAL = {
    scopeEn:
      'customs\' "new three": electric passenger vehicles, lithium-ion batteries, solar cells',
    scopeZh: "海关口径的“新三样”：电动载人汽车、锂离子蓄电池、太阳能电池",
  };
  const feed = datasetWith(
    bundledFile.figures.map((f) => (f.category === "TOTAL" ? scoped(f) : f)),
  );

  test("the working names both scopes", () => {
    const share = valueOf(shareOfRegion(feed, "Shandong", "2024Q1"));
    expect(share.value).toBeCloseTo((80 / 2890) * 100, 6);
    const en = formatDerivation(share.derivation!, "en");
    expect(en).toContain("the scopes differ");
    expect(en).toContain('customs\' "new three"');
    expect(formatDerivation(share.derivation!, "zh")).toContain("统计口径不同");
  });

  test("a refusal across scopes says that the scopes differ", () => {
    // Zibo's and Shandong's 2023Q1 are year-ago bases, derived: refused, saying the scopes differ too.
    const refused = shareOfRegion(feed, "Shandong", "2023Q1");
    expect(refused.ok).toBe(false);
    expect(messageOf(refused)).toContain("The scopes differ");
    expect(messageOf(refused, "zh")).toContain("统计口径不同");
  });
});
