import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

export default [
  { ignores: ["dist/", "node_modules/", "coverage/", "test-artifacts/"] },
  ...officeAddins.configs.recommended,
  {
    // The plugin's recommended config loses its parser and TypeScript plugin when bundled; restore them.
    files: ["**/*.ts"],
    plugins: { "@typescript-eslint": tsPlugin },
    languageOptions: { parser: tsParser },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
  },
  {
    // One door for workbook writes: every Excel.run goes through the write queue.
    files: ["src/**/*.ts"],
    ignores: ["src/taskpane/excel/write-queue.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "Excel",
          property: "run",
          message: "Queue workbook work with runExcel (src/taskpane/excel/write-queue.ts).",
        },
      ],
    },
  },
  {
    // The rules and the data layer run anywhere (tests, scripts, the build): no Office in them.
    // The storage adapter is the one door to the host's storage.
    files: ["src/core/**/*.ts", "src/data/**/*.ts"],
    ignores: ["src/data/office-storage.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "CustomFunctions", "OfficeRuntime"].map((name) => ({
          name,
          message: `src/core and src/data do not touch Office (${name}); the pane, the functions and src/data/office-storage.ts do.`,
        })),
      ],
    },
  },
  {
    // A folder with an index.ts is used through it, so what it offers is written in one place. A
    // deep import only where the start-up split needs it, with an eslint-disable saying why.
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\.?/(?:\\.\\./)*(?:[\\w-]+/)*(?:core|data|lookup|excel|rows|strings)/",
              message: "Import through the folder's index.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["*.js", "*.mjs", "build/**", "scripts/**", "tests/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
];
