import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Configuration } from "webpack";
import { Manifest } from "../support/manifest";

// The build's own config, as `npm run build` uses it.
const webpackConfig = require("../../webpack.config.js") as (
  env: object,
  options: { mode: string },
) => Promise<Configuration>;

async function buildWithBase(base: string | undefined, outDir: string): Promise<void> {
  const saved = process.env.ADDIN_BASE_URL;
  if (base === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = base;
  try {
    const config = await webpackConfig({}, { mode: "production" });
    config.output = { ...config.output, path: outDir };
    await new Promise<void>((resolve, reject) =>
      webpack(config, (err, stats) => {
        if (err || stats?.hasErrors()) reject(err ?? new Error(stats!.toString("errors-only")));
        else resolve();
      }),
    );
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
}

describe("production build", () => {
  const outDir = mkdtempSync(join(tmpdir(), "zibo-build-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test("derives dist/manifest.xml and functions.json for the base URL given at build time", async () => {
    await buildWithBase("https://addins.example.org/zibo", outDir);
    const built = Manifest.read(join(outDir, "manifest.xml"));
    const urls = built.urls();
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://addins.example.org/zibo/")).toBe(true);
    expect(built.xml).not.toContain("localhost");
    const functions = readFileSync(join(outDir, "functions.json"), "utf8");
    expect(functions).not.toContain("localhost");
    expect(functions).toContain("https://addins.example.org/zibo/help.html#");
  }, 120_000);

  test.each(["http://addins.example.org/", "ftp://addins.example.org/"])(
    "refuses a base URL that is not https (%s)",
    async (base) => {
      process.env.ADDIN_BASE_URL = base;
      try {
        await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(
          "must be an https URL",
        );
      } finally {
        delete process.env.ADDIN_BASE_URL;
      }
    },
  );
});
