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
    files: ["*.js", "*.mjs", "build/**", "scripts/**", "tests/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
];
