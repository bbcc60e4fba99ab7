// The bundled dataset file, built at build time (build/bundled-snapshot-loader.js).
declare module "*.json?snapshot" {
  const snapshot: import("../core").DatasetSnapshot;
  export default snapshot;
}
