/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
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
  testTimeout: 30000,
};
