/**
 * The bundled dataset's snapshot is built at build time by running the core
 * (build/bundled-snapshot-loader.js). It must not run the bundle's own modules: those are still
 * being resolved while the loader runs, and on a busy machine one of them once ran with an import
 * not yet resolved ("Cannot find module './dataset'"). So no module run at build time is one of
 * the modules shipped in the bundle.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpack, { type Configuration, type Stats } from "webpack";

const webpackConfig = require("../../webpack.config.js") as (
  env: object,
  options: { mode: string },
) => Promise<Configuration>;

test("the snapshot is built from modules of its own, none shipped in the bundle", async () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "zibo-snapshot-"));
  try {
    const config = await webpackConfig({ local: true }, { mode: "production" });
    config.output = { ...config.output, path: outDir };
    config.optimization = { ...config.optimization, minimize: false };
    const stats = await new Promise<Stats>((resolve, reject) =>
      webpack(config, (err, result) => (err ? reject(err) : resolve(result!))),
    );
    expect(stats.hasErrors() ? stats.toString("errors-only") : "").toBe("");
    const { buildTimeExecutedModules, chunkGraph, modules, requestShortener } = stats.compilation;
    const ran = [...modules].filter((m) => buildTimeExecutedModules.has(m));
    const named = (list: typeof ran) => list.map((m) => m.readableIdentifier(requestShortener));
    expect(named(ran)).toContain("./src/data/bundled.ts");
    const shipped = named(ran.filter((m) => chunkGraph.getNumberOfModuleChunks(m) > 0));
    expect(shipped).toEqual([]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 600_000);
