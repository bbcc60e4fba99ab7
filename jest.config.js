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
  },
  setupFiles: ["<rootDir>/tests/support/all-languages.ts"],
  testTimeout: 30000,
};
