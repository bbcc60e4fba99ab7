import { spawnSync } from "child_process";

/**
 * The lint rules that keep the layers apart fire where they should, and only there: ESLint (run
 * once, in a process of its own, with the project's config) lints each line of code as if it
 * were a file at the given path.
 */
const cases = {
  officeInCore: ["src/core/probe.ts", "export const language = Office.context.displayLanguage;\n"],
  excelInData: ["src/data/probe.ts", "export const run = Excel.run;\n"],
  functionsInLookup: [
    "src/core/lookup/probe.ts",
    "export const code = CustomFunctions.ErrorCode;\n",
  ],
  runtimeInData: ["src/data/probe.ts", "export const storage = OfficeRuntime.storage;\n"],
  storageAdapter: ["src/data/office-storage.ts", "export const storage = OfficeRuntime.storage;\n"],
  officeInPane: [
    "src/taskpane/probe.ts",
    "export const language = Office.context.displayLanguage;\n",
  ],
  functionsInFunctions: [
    "src/functions/probe.ts",
    "export const code = CustomFunctions.ErrorCode;\n",
  ],
  deepImport: ["src/data/probe.ts", 'export { fmt } from "../core/cell-number";\n'],
  indexImport: ["src/data/probe.ts", 'export { fmt } from "../core";\n'],
  ownFolder: ["src/core/probe.ts", 'export { fmt } from "./cell-number";\n'],
} as const;

type Case = keyof typeof cases;

const script = `
const { ESLint } = require("eslint");
const cases = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint();
  const rules = {};
  for (const [name, [filePath, code]] of Object.entries(cases)) {
    const [report] = await eslint.lintText(code, { filePath });
    rules[name] = report.messages.map((m) => m.ruleId ?? "fatal: " + m.message);
  }
  process.stdout.write(JSON.stringify(rules));
})();
`;

let rules: Record<Case, string[]>;

beforeAll(() => {
  const run = spawnSync(process.execPath, ["-e", script, JSON.stringify(cases)], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  rules = JSON.parse(run.stdout);
});

describe("no Office in src/core and src/data", () => {
  test.each<Case>(["officeInCore", "excelInData", "functionsInLookup", "runtimeInData"])(
    "%s is refused",
    (name) => {
      expect(rules[name]).toContain("no-restricted-globals");
    },
  );

  test.each<Case>(["storageAdapter", "officeInPane", "functionsInFunctions"])(
    "%s is allowed",
    (name) => {
      expect(rules[name]).toEqual([]);
    },
  );
});

describe("folders with an index.ts are used through it", () => {
  test("a deep import into src/core from src/data is refused, the index is not", () => {
    expect(rules.deepImport).toEqual(["no-restricted-imports"]);
    expect(rules.indexImport).toEqual([]);
  });

  test("a module imports its own folder's files directly", () => {
    expect(rules.ownFolder).toEqual([]);
  });
});
