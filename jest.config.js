/**
 * Two layers, chosen by folder so a new test file lands in the right one:
 * - `unit`: the core, the data layer, the Excel writers against office-addin-mock and the rest that
 *   runs from the sources alone (`npm run test:unit`, no build, no browser);
 * - `build`: what reads the build (dist/) or makes one: the built functions (tests/functions), the
 *   built manifest, metadata and help (tests/manifest, tests/i18n) and the pane in Chromium
 *   (tests/browser). `npm test` builds first, then runs both layers.
 * ts-jest compiles each file alone (tsconfig's `isolatedModules`): `npm run typecheck` type-checks.
 */
const BUILD_FOLDERS = ["browser", "functions", "i18n", "manifest"];

/** @type {import("jest").Config} */
const shared = {
  testEnvironment: "node",
  rootDir: __dirname,
  roots: ["<rootDir>/tests"],
  transform: {
    "^.+\\.ts$": "ts-jest",
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose ESM-only dependency Jest cannot load.
    "^office-addin-manifest$": "<rootDir>/tests/support/office-addin-manifest-stub.ts",
    // The build makes this snapshot (build/bundled-snapshot-loader.js); tests build it the same way.
    "zibo-new-three\\.json\\?snapshot$": "<rootDir>/tests/support/bundled-snapshot.ts",
  },
  setupFiles: ["<rootDir>/tests/support/all-languages.ts"],
};

const inBuildFolder = `<rootDir>/tests/(${BUILD_FOLDERS.join("|")})/`;
const buildTests = `<rootDir>/tests/{${BUILD_FOLDERS.join(",")}}/**/*.test.ts`;

/** @type {import("jest").Config} */
module.exports = {
  testTimeout: 30_000,
  projects: [
    {
      ...shared,
      displayName: "unit",
      // Read by tests/support/load-bundle.ts: a unit test must not read a stale dist/.
      globals: { testLayer: "unit" },
      testPathIgnorePatterns: ["/node_modules/", inBuildFolder],
    },
    {
      ...shared,
      displayName: "build",
      testMatch: [buildTests],
      setupFilesAfterEnv: ["<rootDir>/tests/support/build-layer.ts"],
    },
  ],
};
