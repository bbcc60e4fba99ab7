const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");
const { HelpPagePlugin } = require("./build/help-page-plugin");
const { DEV_BASE_URL, contentSecurityPolicy, productionBaseUrl } = require("./build/deployment");
const { LocalizedMetadataPlugin } = require("./build/localized-metadata-plugin");
const { layer: snapshotLayer } = require("./build/bundled-snapshot-loader");

/** Rewrites the development base URL in the emitted text assets that name URLs. */
class RebaseUrlsPlugin {
  constructor(baseUrl, assetNames) {
    this.baseUrl = baseUrl;
    this.assetNames = assetNames;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RebaseUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RebaseUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        (assets) => {
          for (const name of Object.keys(assets).filter((n) => this.assetNames.includes(n))) {
            const text = assets[name].source().toString().split(DEV_BASE_URL).join(this.baseUrl);
            compilation.updateAsset(name, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

/**
 * The Office development certificates. Where their CA cannot be installed (no sudo, as in some
 * containers), the certificates they generated are still used, so trusting that CA by hand works.
 */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (name) => require("fs").readFileSync(path.join(dir, name));
    try {
      return { ca: read("ca.crt"), cert: read("localhost.crt"), key: read("localhost.key") };
    } catch {
      console.warn(`No Office development certificates (${e.message}); using a self-signed one.`);
      return {};
    }
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const baseUrl = dev
    ? DEV_BASE_URL
    : productionBaseUrl(process.env.ADDIN_BASE_URL, { local: Boolean(env?.local) });
  return {
    devtool: dev ? "source-map" : false,
    // One runtime page: the pane depends on the functions bundle, so both share one module
    // instance (one dataset store) and a refresh from the pane reaches every formula.
    entry: {
      // Says "Loading…", or why Office did not load, without depending on office.js.
      boot: "./src/taskpane/boot.ts",
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks loaded on demand (the CSV reader) sit beside taskpane.html; a fixed public path
      // spares the runtime from guessing it from the script's URL.
      publicPath: "",
      // A script loaded on demand that has not arrived after the feed's own limit ends the action
      // that asked for it (webpack waits 120 s by default); the next action asks again.
      chunkLoadTimeout: 15_000,
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // `npm run typecheck` type-checks, once; the build only compiles each file.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
          // Our modules only declare things, so what a bundle does not use is left out of it: the
          // functions bundle gets the parts of src/core the functions need, not the pane's.
          sideEffects: false,
        },
        {
          // The bundled dataset, built at build time for the runtime store to start from.
          test: /\.json$/,
          resourceQuery: /snapshot/,
          use: path.resolve(__dirname, "build/bundled-snapshot-loader.js"),
          type: "json",
        },
        {
          // What that loader runs at build time is run whole, so nothing in it is left out or
          // deferred as unused (see the loader on why).
          issuerLayer: snapshotLayer,
          sideEffects: true,
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new LocalizedMetadataPlugin({
        locale: "zh-cn",
        translations: path.resolve(__dirname, "src/functions/functions.zh-cn.json"),
        helpAnchorPrefix: "zh-",
      }),
      // The function reference, from the same metadata and its translation, plus examples.
      new HelpPagePlugin({
        docs: path.resolve(__dirname, "src/functions/functions.help.json"),
        results: path.resolve(__dirname, "src/functions/functions.help.results.json"),
        localized: { zh: "functions.zh-cn.json" },
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["boot", "functions", "taskpane"],
        templateParameters: { contentSecurityPolicy: contentSecurityPolicy({ dev }) },
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/data/zibo-new-three.json", to: "data/zibo-new-three.json" },
          { from: "src/data/dataset.schema.json", to: "data/dataset.schema.json" },
        ],
      }),
      new RebaseUrlsPlugin(baseUrl, ["manifest.xml", "functions.json", "functions.zh-cn.json"]),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      server: { type: "https", options: dev ? await devServerHttps() : {} },
      client: { overlay: false },
    },
  };
};
