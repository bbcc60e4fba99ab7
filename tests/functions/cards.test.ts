/**
 * FIGURE and PARK as Excel calls them: values shaped as the Excel JavaScript API's data types
 * where the host shows cards, plain values where it does not, live across a refresh.
 */
import { lookupFigureCard, lookupParkCard } from "../../src/core";
import { store } from "../../src/data";
import { figureCellValue, parkCellValue } from "../../src/functions/card-values";
import * as functions from "../../src/functions/functions";
import {
  CARD_SETS,
  callStreaming,
  installStandIns,
  standInRequirements,
  type ExcelFunction,
  type StreamingCall,
  type SupportedSets,
} from "../support/custom-functions-stand-in";
import { fetchOnDemandCode, loadBundle, readBuilt } from "../support/load-bundle";
import bundledFile from "../../src/data/zibo-new-three.json";
import { bundled, datasetWith, zibo } from "../support/feed-datasets";
import { valueOf } from "../support/results";
import { fetchFunctionsCode } from "../support/on-demand-code";

const globals = installStandIns("en-US", CARD_SETS);
beforeAll(fetchFunctionsCode);
const original = store.current;
const calls: StreamingCall[] = [];

function host(displayLanguage: string, sets: SupportedSets | null): void {
  globals.Office.context.displayLanguage = displayLanguage;
  globals.Office.context.requirements = sets ? standInRequirements(sets) : undefined;
}

function live(fn: ExcelFunction, ...args: unknown[]): StreamingCall {
  const call = callStreaming(fn, ...args);
  calls.push(call);
  return call;
}

/** The grid of the latest answer. */
const grid = (call: StreamingCall) => call.last as unknown[][];
const first = (call: StreamingCall) => grid(call)[0][0];
const figure = (...args: unknown[]) => first(live(functions.figureCards, ...args));
const park = (...args: unknown[]) => first(live(functions.parkCards, ...args));
const asDouble = (v: unknown) => v as Excel.DoubleCellValue;
const asEntity = (v: unknown) => v as Excel.EntityCellValue;
/** `=A1.Field`: the basic value of a card's property. */
const field = (v: unknown, name: string) =>
  (asDouble(v).properties?.[name] as { basicValue?: unknown } | undefined)?.basicValue;

beforeEach(() => host("en-US", CARD_SETS));
afterEach(() => {
  calls.splice(0).forEach((c) => c.cancel());
  store.replace(original);
});

describe("the values are Excel's own data types", () => {
  const card = valueOf(lookupFigureCard(original, "TOTAL", "2024Q1", null, null, "en"));
  const parkCard = valueOf(lookupParkCard(original, "zero-carbon", "en"));

  test("type-level: a figure is a DoubleCellValue, a park an EntityCellValue, both CellValues", () => {
    // These assignments are checked by the type-checker against @types/office-js.
    const double: Excel.DoubleCellValue = figureCellValue(card);
    const entity: Excel.EntityCellValue = parkCellValue(parkCard);
    const cells: Excel.CellValue[] = [double, entity];
    type FigureAnswer =
      Parameters<typeof functions.figureCards>[5] extends CustomFunctions.StreamingInvocation<
        infer R
      >
        ? R
        : never;
    type ParkAnswer =
      Parameters<typeof functions.parkCards>[1] extends CustomFunctions.StreamingInvocation<infer R>
        ? R
        : never;
    const answers: [FigureAnswer, ParkAnswer] = [[[double, 80]], [[entity, "name"]]];
    expect(cells).toHaveLength(2);
    expect(answers).toHaveLength(2);
  });

  test.each([
    ["a figure", () => figureCellValue(card) as { properties?: object; layouts?: object }],
    ["a park", () => parkCellValue(parkCard) as { properties?: object; layouts?: object }],
  ])("%s: every property is a typed value, every section names real properties", (_, make) => {
    const value = make() as {
      properties: Record<string, { type: string; basicValue: unknown }>;
      layouts: { card: { title: string; sections: { layout: string; properties: string[] }[] } };
    };
    for (const [name, property] of Object.entries(value.properties)) {
      expect([name, property.type]).toEqual([name, expect.stringMatching(/^(String|Double)$/)]);
      expect(typeof property.basicValue).toBe(property.type === "Double" ? "number" : "string");
    }
    const listed = value.layouts.card.sections.flatMap((s) => s.properties);
    expect([...listed].sort()).toEqual(Object.keys(value.properties).sort());
    for (const section of value.layouts.card.sections) expect(section.layout).toBe("List");
    expect(value.layouts.card.title.length).toBeGreaterThan(5);
  });

  test("the figure's own value links to its sources", () => {
    const value = figureCellValue(card).properties?.Value as Excel.CellValueAndPropertyMetadata;
    expect(value.propertyMetadata?.attribution).toEqual([
      {
        sourceAddress: expect.stringMatching(/^https:\/\/www\.prnewswire\.com\//),
        sourceText: "chinadaily.com.cn, distributed by PR Newswire",
      },
    ]);
  });
});

describe("FIGURE where Excel shows cards", () => {
  test('the cell calculates as its number: =ZIBO.FIGURE("NEV","2024Q1")*2 is 140', () => {
    const value = asDouble(figure([["NEV"]], [["2024Q1"]], null, null));
    expect(value.type).toBe("Double");
    expect(value.basicValue * 2).toBe(140);
    expect(value.numberFormat).toBe("#,##0.00");
  });

  test("field access reads the provenance: =A1.Source, =A1.Kind, =A1.Working", () => {
    const reported = figure([["TOTAL"]], [["2024Q1"]], null, null);
    expect(field(reported, "Source")).toBe(
      "New quality productive forces boost Zibo's open economy",
    );
    expect(field(reported, "Kind")).toBe("reported");
    expect(field(reported, "Year-on-year %")).toBe(931.2);
    const converted = figure([["NEV"]], [["2024Q1"]], [["USD"]], null);
    expect(asDouble(converted).basicValue).toBeCloseTo(9.68625, 10);
    expect(field(converted, "Kind")).toBe("converted");
    expect(field(converted, "Unit")).toBe("million USD");
    expect(String(field(converted, "Working"))).toContain("yuan per USD");
  });

  test('a region: =ZIBO.FIGURE("TOTAL",2023,,"China")', () => {
    const china = figure([["TOTAL"]], [[2023]], null, [["China"]]);
    expect(asDouble(china).basicValue).toBe(1060000);
    expect(field(china, "Region")).toBe("China");
  });

  test("ranges in, a grid out: each cell its card or its own error", () => {
    const call = live(
      functions.figureCards,
      [["NEV"], ["LIB_PV"], ["LIB"]],
      [["2024Q1", "2023Q1"]],
      null,
      null,
    );
    const cells = grid(call);
    expect(cells).toHaveLength(3);
    expect(cells.map((row) => row.length)).toEqual([2, 2, 2]);
    expect(asDouble(cells[0][0]).basicValue).toBe(70);
    expect(asDouble(cells[1][0]).basicValue).toBe(10);
    expect(field(cells[1][0], "Kind")).toBe("derived");
    expect(cells[2][0]).toMatchObject({ code: "#N/A" });
    expect((cells[2][0] as { message: string }).message).toContain("LIB_PV");
    expect(cells[0][1]).toMatchObject({ code: "#N/A" });
    expect(cells[1][1]).toMatchObject({ code: "#N/A" });
  });

  test("errors stay Excel errors with their messages", () => {
    const unknown = figure([["cars"]], [["2024Q1"]], null, null);
    expect(unknown).toMatchObject({ code: "#VALUE!" });
    expect((unknown as { message: string }).message).toContain("NEV, LIB, PV");
    expect(figure([["NEV"]], [["2024Q1"]], null, [["Jinan"]])).toMatchObject({ code: "#VALUE!" });
    expect(figure([["NEV"]], [["2024Q1"]], [["EUR"]], null)).toMatchObject({ code: "#VALUE!" });
  });

  test("a Chinese Office names the fields in Chinese: =A1.来源", () => {
    host("zh-CN", CARD_SETS);
    const value = figure([["LIB_PV"]], [["2024Q1"]], null, null);
    expect(field(value, "来源")).toBe("New quality productive forces boost Zibo's open economy");
    expect(field(value, "类型")).toBe("推算值");
    expect(field(value, "类别")).toBe("锂电池与光伏产品合计");
    expect(field(value, "Source")).toBeUndefined();
    const error = figure([["LIB"]], [["2024Q1"]], null, null) as { message: string };
    expect(error.message).toContain("没有来源单独公布");
  });

  test("other functions read a card as its number: =ZIBO.YOY(FIGURE(...), FIGURE(...))", () => {
    const now = figure([["TOTAL"]], [["2024Q1"]], null, null);
    const before = figure([["TOTAL"]], [["2023Q1"]], null, null);
    const yoy = functions.yoyGrid([[now]], [[before]]);
    expect(yoy[0][0]).toBeCloseTo(931.2, 6);
    const base = functions.yoyBaseGrid([[now]], [[931.2]]);
    expect(base[0][0]).toBeCloseTo(80 / 10.312, 10);
  });
});

describe("PARK where Excel shows cards", () => {
  test("an entity that shows the park's name and carries its fields", () => {
    const value = asEntity(park([["固态锂电池产业园"]]));
    expect(value.type).toBe("Entity");
    expect(value.text).toBe("Solid-state lithium battery industrial park");
    expect(field(value, "Chinese name")).toBe("固态锂电池产业园");
    expect(field(value, "Focus")).toBe("Solid-state lithium batteries");
  });

  test("a column of parks spills a column of entities; an unknown one is #VALUE!", () => {
    const cells = grid(
      live(functions.parkCards, [["zero-carbon"], ["solid-state-battery"], ["x"]]),
    );
    expect(cells.map((row) => asEntity(row[0]).text)).toEqual([
      "Zero-carbon smart innovation industrial park",
      "Solid-state lithium battery industrial park",
      undefined,
    ]);
    expect(cells[2][0]).toMatchObject({ code: "#VALUE!" });
    expect((cells[2][0] as { message: string }).message).toContain("zero-carbon");
  });

  test("a park card passed to a text function reads as its name", () => {
    const entity = park([["zero-carbon"]]);
    const again = asEntity(park([[entity]]));
    expect(again.text).toBe("Zero-carbon smart innovation industrial park");
  });
});

describe("where Excel cannot show cards, FIGURE answers the number and PARK the name", () => {
  test.each([
    ["no requirement sets answered (an Office not ready)", null],
    [
      "custom functions without data types (CustomFunctionsRuntime 1.3)",
      { CustomFunctionsRuntime: "1.3", ExcelApi: "1.20" },
    ],
    ["an Excel JavaScript API before 1.16", { CustomFunctionsRuntime: "1.4", ExcelApi: "1.15" }],
  ])("%s", (_, sets) => {
    host("en-US", sets);
    expect(figure([["NEV"]], [["2024Q1"]], null, null)).toBe(70);
    expect(figure([["NEV"]], [["2024Q1"]], [["USD"]], null)).toBeCloseTo(9.68625, 10);
    expect(park([["zero-carbon"]])).toBe("Zero-carbon smart innovation industrial park");
    expect(figure([["LIB"]], [["2024Q1"]], null, null)).toMatchObject({ code: "#N/A" });
  });

  test("ExcelApi 1.16 to 1.18: parks are cards, figures plain numbers (a number's card needs 1.19)", () => {
    host("en-US", { CustomFunctionsRuntime: "1.4", ExcelApi: "1.18" });
    expect(figure([["NEV"]], [["2024Q1"]], null, null)).toBe(70);
    expect(asEntity(park([["zero-carbon"]])).type).toBe("Entity");
  });

  test("a host whose requirement check throws gets the plain values", () => {
    globals.Office.context.requirements = {
      isSetSupported: () => {
        throw new Error("not ready");
      },
    };
    expect(figure([["NEV"]], [["2024Q1"]], null, null)).toBe(70);
    expect(park([["zero-carbon"]])).toBe("Zero-carbon smart innovation industrial park");
  });

  test("a Chinese Office without cards gets the park's Chinese name", () => {
    host("zh-CN", null);
    expect(park([["zero-carbon"]])).toBe("零碳智慧创新产业园");
  });
});

describe("cards update themselves when the data changes", () => {
  const revised = datasetWith(
    [zibo("TOTAL", "2024Q1", 82, { valueUsdMn: 11.35, yoyPct: 957 }), zibo("NEV", "2024Q1", 71)],
    { version: "2024Q2.1", asOf: "2024-08-20" },
  );

  test("a refresh re-sends the card with the new value and dataset", () => {
    const call = live(functions.figureCards, [["LIB_PV"]], [["2024Q1"]], null, null);
    expect(asDouble(first(call)).basicValue).toBe(10);
    store.replace(revised);
    expect(call.results).toHaveLength(2);
    expect(asDouble(first(call)).basicValue).toBe(11);
    expect(field(first(call), "Working")).toBe("TOTAL − NEV = 82 − 71; both inputs are rounded");
    expect(field(first(call), "Dataset")).toBe("2024Q2.1, as of 2024-08-20");
  });

  test("a park card follows a refresh too", () => {
    const call = live(functions.parkCards, [["zero-carbon"]]);
    store.replace(datasetWith(bundledFile.figures, { version: "2024Q2.1" }));
    expect(call.results).toHaveLength(2);
    expect(field(first(call), "Dataset")).toBe("2024Q2.1, as of 2024-06-27");
  });

  test("an unchanged card is not re-sent", () => {
    const call = live(functions.figureCards, [["NEV"]], [["2024Q1"]], null, null);
    store.replace(bundled());
    expect(call.results).toHaveLength(1);
  });

  test("a cancelled card stops listening", () => {
    const before = store.subscriberCount;
    const call = callStreaming(functions.figureCards, [["NEV"]], [["2024Q1"]], null, null);
    expect(store.subscriberCount).toBe(before + 1);
    call.cancel();
    expect(store.subscriberCount).toBe(before);
    store.replace(revised);
    expect(call.results).toHaveLength(1);
  });
});

describe("the built add-in", () => {
  test("functions.json and its Chinese twin let functions return data types", () => {
    for (const name of ["functions.json", "functions.zh-cn.json"]) {
      const metadata = JSON.parse(readBuilt(name)) as { allowCustomDataForDataTypeAny?: boolean };
      expect([name, metadata.allowCustomDataForDataTypeAny]).toEqual([name, true]);
    }
  });

  test("the bundle answers cards where Excel shows them, plain values where not", async () => {
    const withCards = loadBundle("en-US", CARD_SETS);
    const without = loadBundle("en-US");
    await Promise.all([fetchOnDemandCode(withCards), fetchOnDemandCode(without)]);
    const answer = (fns: typeof withCards, id: string, ...args: unknown[]) => {
      const call = callStreaming(fns.get(id) as ExcelFunction, ...args);
      call.cancel();
      return (call.results[0] as unknown[][])[0][0];
    };
    const card = asDouble(answer(withCards, "FIGURE", [["NEV"]], [["2024Q1"]], null, null));
    expect(card).toMatchObject({ type: "Double", basicValue: 70 });
    expect(field(card, "Kind")).toBe("reported");
    expect(answer(without, "FIGURE", [["NEV"]], [["2024Q1"]], null, null)).toBe(70);
    expect(asEntity(answer(withCards, "PARK", [["zero-carbon"]])).type).toBe("Entity");
    expect(answer(without, "PARK", [["zero-carbon"]])).toBe(
      "Zero-carbon smart innovation industrial park",
    );
  });
});
