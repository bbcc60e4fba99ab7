import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const PANE = path.resolve(__dirname, "../../src/taskpane");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return file.endsWith(".ts") ? [file] : [];
  });
}

/**
 * The pane builds its DOM with createElement and textContent only, so no text (from the dataset, a
 * feed or an import) is ever parsed as HTML. This keeps the APIs that parse markup out of it.
 */
describe("the pane's code", () => {
  test.each(sourceFiles(PANE).map((f) => [path.relative(PANE, f), f]))(
    "%s uses no API that parses markup",
    (_, file) => {
      const code = readFileSync(file, "utf8");
      expect(code).not.toMatch(
        /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/,
      );
    },
  );
});
