import type { Configuration } from "webpack";
import { DEFAULT_TIMEOUT_MS } from "../../src/data/data-service";

// The build's own config, as `npm run build` uses it.
const webpackConfig = require("../../webpack.config.js") as (
  env: object,
  options: { mode: string },
) => Promise<Configuration>;

// A script loaded on demand (the data code, the folded sections, the Chinese strings…) that does
// not arrive ends the action that asked for it no later than a feed that does not answer would.
test.each(["production", "development"])(
  "every on-demand script has a load limit no longer than the feed's (%s build)",
  async (mode) => {
    const config = await webpackConfig({ local: true }, { mode });
    expect(DEFAULT_TIMEOUT_MS).toBe(15_000);
    expect(config.output?.chunkLoadTimeout).toBeGreaterThan(0);
    expect(config.output?.chunkLoadTimeout).toBeLessThanOrEqual(DEFAULT_TIMEOUT_MS);
  },
);
