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

const { contentSecurityPolicy } = require("../../build/deployment.js") as {
  contentSecurityPolicy: (options: { dev: boolean }) => string;
};

/** The Content-Security-Policy a built taskpane.html carries. */
function policyOf(html: string): string {
  const meta = /http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html);
  if (!meta) throw new Error("taskpane.html has no Content-Security-Policy");
  return meta[1].replace(/&#39;/g, "'");
}

async function buildWithBase(base: string | undefined, outDir: string): Promise<void> {
  const saved = process.env.ADDIN_BASE_URL;
  if (base === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = base;
  try {
    const config = await webpackConfig({}, { mode: "production" });
    config.output = { ...config.output, path: outDir };
    // What this build is read for is its manifest, metadata and page, not its scripts: they are
    // left unminified, which spares most of a second build's time.
    config.optimization = { ...config.optimization, minimize: false };
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

    // The production page's policy: no development sources, no CDN it does not load from.
    const policy = policyOf(readFileSync(join(outDir, "taskpane.html"), "utf8"));
    expect(policy).toBe(contentSecurityPolicy({ dev: false }));
    expect(policy).not.toMatch(/localhost|127\.0\.0\.1|\[::1\]|aspnetcdn/);
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).toContain("connect-src 'self' https:;");
  }, 600_000);

  test("the development page may also read a feed served over http on this machine", () => {
    expect(contentSecurityPolicy({ dev: true })).toContain(
      "connect-src 'self' https: http://localhost:* http://127.0.0.1:* http://[::1]:*",
    );
  });

  test("refuses to build for production without ADDIN_BASE_URL, unless asked for this machine", async () => {
    const saved = process.env.ADDIN_BASE_URL;
    delete process.env.ADDIN_BASE_URL;
    try {
      await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(
        "ADDIN_BASE_URL is not set",
      );
      const local = await webpackConfig({ local: true }, { mode: "production" });
      const rebase = local.plugins?.find((p) => p?.constructor.name === "RebaseUrlsPlugin") as
        { baseUrl: string } | undefined;
      expect(rebase?.baseUrl).toBe("https://localhost:3000/");
    } finally {
      if (saved !== undefined) process.env.ADDIN_BASE_URL = saved;
    }
  });

  test.each([
    ["https://user:secret@addins.example.org/zibo/", "must not carry a user name or password"],
    ["https://addins.example.org/zibo/?v=2", "must not carry a query or fragment"],
    ["https://addins.example.org/zibo/#top", "must not carry a query or fragment"],
    ["https://addins.example.org/zibo/?", "must not carry a query or fragment"],
    ["addins.example.org/zibo/", "must be an https URL"],
  ])("refuses the base %s", async (base, message) => {
    process.env.ADDIN_BASE_URL = base;
    try {
      await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(message);
    } finally {
      delete process.env.ADDIN_BASE_URL;
    }
  });

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
