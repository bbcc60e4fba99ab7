import * as z from "zod/mini";
import { en } from "zod/v4/locales";
import { CATEGORY_CODES, formulaSign, MAX_YEAR, MIN_YEAR, REGION_CODES } from "../core";

// No runtime code generation: the pane's Content-Security-Policy forbids eval.
// zod/mini ships no messages of its own: the English ones make problems read "Too big: …".
z.config({ jitless: true, ...en() });

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

const periodText = z.string().check(
  z.regex(/^\d{4}(Q[1-4])?$/, "a quarter like 2024Q1 or a year like 2023"),
  z.refine((p) => {
    const year = Number(p.slice(0, 4));
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }, `a year from ${MIN_YEAR} to ${MAX_YEAR}`),
);

export const sourceSchema = z.strictObject({
  id,
  title: text(300),
  publisher: text(200),
  url: z.url({ protocol: /^https?$/ }).check(z.maxLength(2000)),
  published: z.optional(isoDate),
  standing: z.enum(["primary", "secondary", "user"]),
});

export const revisionSchema = z.strictObject({
  valueCnyMn: amount,
  source: id,
  replacedOn: isoDate,
});

export const figureSchema = z
  .strictObject({
    region: z._default(z.enum(REGION_CODES), "ZIBO"),
    category: z.enum(CATEGORY_CODES),
    period: periodText,
    valueCnyMn: amount,
    valueUsdMn: z.optional(amount),
    yoyPct: z.optional(z.number().check(z.gte(-100), z.lte(1e6))),
    kind: z.enum(["reported", "derived"]),
    derivation: z.optional(text(500)),
    source: id,
    history: z.optional(z.array(revisionSchema).check(z.maxLength(100))),
  })
  .check(
    z.refine((f) => f.kind !== "derived" || f.derivation, {
      message: "a derived figure says how it was derived (derivation)",
      path: ["derivation"],
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

/** The dataset file: `data/zibo-new-three.json`, bundled and published as the feed. */
export const datasetFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    format: z.literal(1),
    version: text(40),
    asOf: isoDate,
    sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(1000)),
    figures: z.array(figureSchema).check(z.maxLength(10_000)),
    parks: z.array(parkSchema).check(z.maxLength(100)),
    notes: z.array(noteSchema).check(z.maxLength(100)),
  })
  .check(
    z.superRefine((file, ctx) => {
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
      const unique = (what: "park" | "note", list: { id: string }[], key: "parks" | "notes") => {
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
      file.parks.forEach((p, i) =>
        p.sources.forEach((s, j) => unknown(s, ["parks", i, "sources", j])),
      );
      file.notes.forEach((n, i) =>
        n.sources.forEach((s, j) => unknown(s, ["notes", i, "sources", j])),
      );
    }),
  );

export type DatasetFile = z.infer<typeof datasetFileSchema>;

/** The JSON Schema published beside the feed, for maintainers' editors and validators. */
export function datasetJsonSchema(): object {
  return z.toJSONSchema(datasetFileSchema, { io: "input", unrepresentable: "any" });
}
