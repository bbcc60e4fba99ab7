import type { CardField } from "./figure-card";
import type { Dataset, Park, Source } from "./dataset";
import type { Language } from "./messages";
import { fail, ok, type Result } from "./result";
import { normalizeText } from "./text";

/** An industrial park's card: its names, focus, location and sources, labelled in the display language. */
export interface ParkCard {
  /** The park's name in the display language: what the cell shows. */
  name: string;
  fields: CardField<ParkFieldKey>[];
  sections: { main: string; provenance: string };
  sources: readonly Source[];
}

export type ParkFieldKey =
  "name" | "nameZh" | "id" | "focus" | "location" | "source" | "link" | "dataset";

const fieldLabels: Record<Language, Record<ParkFieldKey, string>> = {
  en: {
    name: "Name",
    nameZh: "Chinese name",
    id: "Id",
    focus: "Focus",
    location: "Location",
    source: "Sources",
    link: "Source links",
    dataset: "Dataset",
  },
  zh: {
    name: "英文名称",
    nameZh: "名称",
    id: "编号",
    focus: "重点领域",
    location: "位置",
    source: "来源",
    link: "来源链接",
    dataset: "数据集",
  },
};

const words = {
  en: {
    park: "Industrial park",
    provenance: "Where it comes from",
    separator: "; ",
    source: (s: Source) => `${s.publisher}, "${s.title}"${s.published ? `, ${s.published}` : ""}`,
    dataset: (version: string, asOf: string) => `${version}, as of ${asOf}`,
  },
  zh: {
    park: "产业园区",
    provenance: "出处",
    separator: "；",
    source: (s: Source) => `${s.publisher}，“${s.title}”${s.published ? `，${s.published}` : ""}`,
    dataset: (version: string, asOf: string) => `${version}，截至 ${asOf}`,
  },
} as const;

export function parkCard(ds: Dataset, park: Park, lang: Language): ParkCard {
  const w = words[lang];
  const sources = park.sourceIds
    .map((id) => ds.sources.get(id))
    .filter((s): s is Source => s !== undefined);
  const field = (
    key: ParkFieldKey,
    value: string,
    section: CardField["section"],
  ): CardField<ParkFieldKey> => ({ key, label: fieldLabels[lang][key], value, section });
  return {
    name: park.name[lang],
    fields: [
      field("name", park.name.en, "main"),
      field("nameZh", park.name.zh, "main"),
      field("id", park.id, "main"),
      field("focus", park.focus[lang], "main"),
      field("location", park.location[lang], "main"),
      field("source", sources.map(w.source).join(w.separator), "provenance"),
      field("link", sources.map((s) => s.url).join(w.separator), "provenance"),
      field("dataset", w.dataset(ds.version, ds.asOf), "provenance"),
    ],
    sections: { main: w.park, provenance: w.provenance },
    sources,
  };
}

/** A park by its id or its English or Chinese name, as a user types them. */
export function findPark(ds: Dataset, input: unknown): Result<Park> {
  const text = typeof input === "string" ? input : input == null ? "" : String(input);
  if (text.trim() === "") return fail("invalidValue", "missingArgument", { name: "name_or_id" });
  const wanted = normalizeText(text);
  const park = ds.parks.find((p) =>
    [p.id, ...Object.values(p.name)].some((name) => normalizeText(name) === wanted),
  );
  if (park) return ok(park);
  return fail("invalidValue", "unknownPark", {
    input: text.slice(0, 60),
    valid: ds.parks.map((p) => p.id).join(", ") || "none",
    validZh: ds.parks.map((p) => `${p.name.zh}（${p.id}）`).join("、") || "无",
  });
}

/** `=ZIBO.PARK(name_or_id)`: the park's card. */
export function lookupParkCard(ds: Dataset, input: unknown, lang: Language): Result<ParkCard> {
  const park = findPark(ds, input);
  return park.ok ? ok(parkCard(ds, park.value, lang)) : park;
}
