import { readFileSync } from "fs";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
  dependencies?: Record<string, string>;
};
const readme = readFileSync("README.md", "utf8");

// Every runtime dependency ships inside the add-in to every user: each must say why it is there.
test("every runtime dependency is justified in one line of the README", () => {
  const section = readme.split("Runtime dependencies, and why:")[1]?.split("\n\n")[1] ?? "";
  const justified = [...section.matchAll(/^- `([^`]+)` — \S/gm)].map((m) => m[1]);
  expect(justified.sort()).toEqual(Object.keys(pkg.dependencies ?? {}).sort());
});
