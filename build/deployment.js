/**
 * What a build is deployed as: the base URL every manifest and metadata URL is rebased onto, and
 * the runtime page's Content-Security-Policy. Both differ between development (this machine) and
 * production, and both are checked here so the webpack config stays a list of plugins.
 */

/** Every URL in manifest.xml and functions.json is written against this base and rebased at build. */
const DEV_BASE_URL = "https://localhost:3000/";

/**
 * The base of a production build. ADDIN_BASE_URL must be a clean https address (no credentials,
 * query or fragment, which would end up in every manifest URL). Without it the build stops,
 * unless the build was asked explicitly for this machine (`--env local`), as the tests do.
 */
function productionBaseUrl(given, { local = false } = {}) {
  if (!given) {
    if (local) return DEV_BASE_URL;
    throw new Error(
      "ADDIN_BASE_URL is not set. Set it to the https address the add-in is served from " +
        "(ADDIN_BASE_URL=https://addins.example.org/zibo/ npm run build), or build for this " +
        "machine with `npm run build:local`.",
    );
  }
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`ADDIN_BASE_URL must be an https URL; got ${given}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_BASE_URL must be an https URL; got ${given}`);
  if (url.username || url.password) {
    throw new Error("ADDIN_BASE_URL must not carry a user name or password.");
  }
  if (/[?#]/.test(given)) {
    throw new Error(`ADDIN_BASE_URL must not carry a query or fragment; got ${given}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The runtime page's policy. Scripts: the add-in's own files and office.js with the host scripts it
 * loads from Microsoft's CDN; no inline script, no eval. Data (connect-src): the add-in's origin and
 * any https address, because the feed address is the user's setting and may be any https host;
 * development adds http on this machine, which the feed setting accepts for local testing. Frames:
 * office.js opens Microsoft's telemetry frame when the page is opened outside Office.
 */
function contentSecurityPolicy({ dev }) {
  const connect = ["'self'", "https:"];
  if (dev) connect.push("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*");
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    // office.js sets inline styles on the elements it adds.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "frame-src https://telemetryservice.firstpartyapps.oaspapps.com",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { DEV_BASE_URL, productionBaseUrl, contentSecurityPolicy };
