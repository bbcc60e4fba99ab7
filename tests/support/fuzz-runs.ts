/**
 * How many generated cases a property test runs: `size`, its own number (what CI runs), unless
 * FUZZ_RUNS sets one number for every property test (`FUZZ_RUNS=100` for a quick run, `20000` for
 * a long search).
 */
export function fuzzRuns(size: number): number {
  const setting = process.env.FUZZ_RUNS;
  if (setting === undefined || setting === "") return size;
  const runs = Number(setting);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`FUZZ_RUNS must be a whole number of runs, 1 or more (not "${setting}")`);
  }
  return runs;
}
