import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The body rows of the Markdown table in a `## heading` section of a docs file, each as its cell
 * texts without backticks.
 */
export function docsTable(file: string, heading: string): string[][] {
  const text = readFileSync(path.resolve(__dirname, "../..", file), "utf8");
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`${file} has no section "${heading}"`);
  const [section] = text.slice(start + 1).split("\n## ");
  const rows = section
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim().replace(/`/g, "")),
    );
  // The header row and the |---| row.
  return rows.slice(2);
}
