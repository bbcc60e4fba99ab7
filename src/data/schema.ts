import * as z from "zod/mini";
import {
  CATEGORY_CODES,
  formulaSign,
  MAX_YEAR,
  MIN_YEAR,
  REGION_CODES,
  parsePeriodKey,
} from "../core";
import { validatorWords } from "./validator-words";

// No runtime code generation: the pane's Content-Security-Policy forbids eval.
// zod/mini ships no messages of its own; ours say what a value should be, in the reader's words.
z.config({ jitless: true, localeError: validatorWords });

const id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "lower-case letters, digits and hyphens"));
// Text is written into cells: formula-looking text is refused here, for every path a dataset takes
// (the cell writers' apostrophe stays as a second layer). No text field holds a number, so a
// leading "-" is never a negative figure here.
const text = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((t) => formulaSign(t) === null, {
      error: (issue) => formulaText(String(issue.input)),
    }),
  );

export function formulaText(input: string): string {
  return `starts with "${formulaSign(input)}", which a spreadsheet would run as a formula; remove it`;
}
const isoDate = z.iso.date();
const amount = z.number().check(z.nonnegative(), z.lte(1e9));

const yearInRange = z.refine<string>((p) => {
  const year = Number(p.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}, `a year from ${MIN_YEAR} to ${MAX_YEAR}`);

/** Format 1 held quarters and years only. */
const format1Period = z
  .string()
  .check(z.regex(/^\d{4}(Q[1-4])?$/, "a quarter like 2024Q1 or a year like 2023"), yearInRange);

/** Format 2: any span of months in one year, in its one canonical text. */
const periodText = z.string().check(
  z.regex(/^\d{4}(Q[1-4]|H[12]|M\d{2}(-M\d{2})?)?$/, {
    message: "a period like 2024Q1, 2024H1, 2024M05, 2023M01-M09 or 2023",
    abort: true,
  }),
  yearInRange,
  z.refine(
    (p) => parsePeriodKey(p) !== null,
    "a span of months in its canonical form: 2024Q1 for months 1-3, 2024H1 for 1-6, 2023 for 1-12, 2024M05 for one month, 2023M01-M09 otherwise",
  ),
);

export const sourceSchema = z.strictObject({
  id,
  title: text(300),
  publisher: text(200),
  url: z.url({ protocol: /^https?$/ }).check(z.maxLength(2000)),
  published: z.optional(isoDate),
  standing: z.enum(["primary", "secondary", "user"]),
  /** For a source an import supplied: the file's name and the date it was imported. */
  file: z.optional(text(200)),
  importedOn: z.optional(isoDate),
});

/**
 * A replaced value, or a correction of a figure's words with the same numbers: `corrected` names
 * the words (scope, quote, derivation, kind) and `was` keeps what they were ("" for none).
 */
export const revisionSchema = z.strictObject({
  valueCnyMn: z.optional(amount),
  source: id,
  replacedOn: isoDate,
  corrected: z.optional(z.enum(["scope", "quote", "derivation", "kind"])),
  was: z.optional(z.string().check(z.maxLength(2000))),
});

const figureFields = {
  region: z._default(z.enum(REGION_CODES), "ZIBO"),
  category: z.enum(CATEGORY_CODES),
  valueUsdMn: z.optional(amount),
  yoyPct: z.optional(z.number().check(z.gte(-100), z.lte(1e6))),
  kind: z.enum(["reported", "derived"]),
  derivation: z.optional(text(500)),
  source: id,
  history: z.optional(z.array(revisionSchema).check(z.maxLength(100))),
};

const derivedSaysHow = z.refine<{ kind: string; derivation?: string }>(
  (f) => f.kind !== "derived" || f.derivation,
  {
    message: "a derived figure says how it was derived (derivation)",
    path: ["derivation"],
  },
);

export const format1FigureSchema = z
  .strictObject({ ...figureFields, period: format1Period, valueCnyMn: amount })
  .check(derivedSaysHow);

/**
 * A figure for exactly its span. `valueCnyMn` may be left out when the source publishes only a
 * growth rate; `scopeEn`/`scopeZh` say what the source counts when its product names differ from
 * the Zibo release's; `quote` keeps the source's own words. `roundingCnyMn` and `roundingYoyPct`
 * say how the value and the rate were rounded where published: the true number lies within ± that
 * much (0.8亿元 is 80 ± 5 million yuan: 5; a rate to one decimal: 0.05).
 */
export const figureSchema = z
  .strictObject({
    ...figureFields,
    period: periodText,
    valueCnyMn: z.optional(amount),
    quote: z.optional(text(1000)),
    roundingCnyMn: z.optional(z.number().check(z.gt(0), z.lte(1e6))),
    roundingYoyPct: z.optional(z.number().check(z.gt(0), z.lte(100))),
    scopeEn: z.optional(text(300)),
    scopeZh: z.optional(text(300)),
  })
  .check(
    derivedSaysHow,
    z.refine((f) => f.valueCnyMn !== undefined || f.yoyPct !== undefined, {
      message: "a figure gives a value (valueCnyMn), a growth rate (yoyPct) or both",
      path: ["valueCnyMn"],
    }),
    z.refine((f) => f.valueUsdMn === undefined || f.valueCnyMn !== undefined, {
      message: "a US dollar value comes with its value in yuan (valueCnyMn)",
      path: ["valueUsdMn"],
    }),
    z.refine((f) => (f.scopeEn === undefined) === (f.scopeZh === undefined), {
      message: "a scope note is given in both languages (scopeEn and scopeZh)",
      path: ["scopeZh"],
    }),
  );

export const parkSchema = z.strictObject({
  id,
  nameEn: text(200),
  nameZh: text(200),
  focusEn: text(500),
  focusZh: text(500),
  locationEn: text(200),
  locationZh: text(200),
  sources: z.array(id).check(z.minLength(1), z.maxLength(20)),
});

export const noteSchema = z.strictObject({
  id,
  titleEn: text(200),
  titleZh: text(200),
  textEn: text(2000),
  textZh: text(2000),
  sources: z.array(id).check(z.minLength(1), z.maxLength(20)),
});

/** Sources, parks and notes that every figure and text cites, checked across the whole file. */
interface FigureRefs {
  region: string;
  category: string;
  period: string;
  source: string;
  history?: readonly { source: string }[] | undefined;
}

function checkReferences(
  file: {
    sources: readonly { id: string }[];
    figures: readonly FigureRefs[];
    parks: readonly { id: string; sources: readonly string[] }[];
    notes: readonly { id: string; sources: readonly string[] }[];
  },
  ctx: {
    addIssue: (issue: { code: "custom"; path: (string | number)[]; message: string }) => void;
  },
): void {
  const sourceIds = new Set<string>();
  file.sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      ctx.addIssue({
        code: "custom",
        path: ["sources", i, "id"],
        message: `duplicate source id "${s.id}"`,
      });
    sourceIds.add(s.id);
  });
  const unknown = (sid: string, path: (string | number)[]) => {
    if (!sourceIds.has(sid))
      ctx.addIssue({ code: "custom", path, message: `unknown source "${sid}"` });
  };
  const seen = new Set<string>();
  file.figures.forEach((f, i) => {
    unknown(f.source, ["figures", i, "source"]);
    f.history?.forEach((h, j) => unknown(h.source, ["figures", i, "history", j, "source"]));
    const key = `${f.region}|${f.category}|${f.period}`;
    if (seen.has(key)) {
      ctx.addIssue({
        code: "custom",
        path: ["figures", i],
        message: `a second figure for ${f.region} ${f.category} ${f.period}`,
      });
    }
    seen.add(key);
  });
  // A second entry with one id would silently replace the first in the pane and in tables.
  const unique = (
    what: "park" | "note",
    list: readonly { id: string }[],
    key: "parks" | "notes",
  ) => {
    const ids = new Set<string>();
    list.forEach((entry, i) => {
      if (ids.has(entry.id))
        ctx.addIssue({
          code: "custom",
          path: [key, i, "id"],
          message: `duplicate ${what} id "${entry.id}"`,
        });
      ids.add(entry.id);
    });
  };
  unique("park", file.parks, "parks");
  unique("note", file.notes, "notes");
  file.parks.forEach((p, i) => p.sources.forEach((s, j) => unknown(s, ["parks", i, "sources", j])));
  file.notes.forEach((n, i) => n.sources.forEach((s, j) => unknown(s, ["notes", i, "sources", j])));
}

/** A dataset file of a format, its fields in the order files write them. */
function fileSchema<F extends 1 | 2, S extends z.ZodMiniType<FigureRefs>>(format: F, figure: S) {
  return z
    .strictObject({
      $schema: z.optional(z.string()),
      format: z.literal(format),
      version: text(40),
      asOf: isoDate,
      sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(1000)),
      figures: z.array(figure).check(z.maxLength(10_000)),
      parks: z.array(parkSchema).check(z.maxLength(100)),
      notes: z.array(noteSchema).check(z.maxLength(100)),
    })
    .check(z.superRefine(checkReferences));
}

/** A format-1 file (an older feed, a saved offline copy, a user's export): quarters and years only. */
export const format1FileSchema = fileSchema(1, format1FigureSchema);

/** The current file: figures for any span of months, growth-only figures, scope notes. */
export const format2FileSchema = fileSchema(2, figureSchema);

/** The dataset file: `data/zibo-new-three.json`, bundled and published as the feed. */
export const datasetFileSchema = z.discriminatedUnion("format", [
  format2FileSchema,
  format1FileSchema,
]);

/** A validated file in the current format; a format-1 file is read as the format-2 file it equals. */
export type DatasetFile = z.infer<typeof format2FileSchema>;

/** The JSON Schema published beside the feed, for maintainers' editors and validators. */
export function datasetJsonSchema(): object {
  return z.toJSONSchema(datasetFileSchema, { io: "input", unrepresentable: "any" });
}
