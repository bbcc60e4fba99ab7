/**
 * Stand-ins for the two globals Excel provides to the functions runtime: `CustomFunctions`
 * (error values, codes with Excel's own strings, and `associate`) and `Office.context`.
 */
export class StandInError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type AssociatedFunction = (...args: unknown[]) => unknown;

export interface StandInGlobals {
  CustomFunctions: {
    Error: typeof StandInError;
    ErrorCode: typeof ErrorCode;
    associate: (id: string, fn: AssociatedFunction) => void;
  };
  Office: { context: { displayLanguage: string; requirements?: StandInRequirements } };
  associated: Map<string, AssociatedFunction>;
}

/** Requirement sets a host has, by name and highest version: `{ ExcelApi: "1.19" }`. */
export type SupportedSets = Record<string, string>;

export interface StandInRequirements {
  isSetSupported: (name: string, version?: string) => boolean;
}

/** Office's answer to isSetSupported: a version is supported up to the host's highest one. */
export function standInRequirements(sets: SupportedSets): StandInRequirements {
  const parts = (v: string) => v.split(".").map(Number);
  return {
    isSetSupported: (name, version = "1.1") => {
      const highest = sets[name];
      if (highest === undefined) return false;
      const [hMajor, hMinor] = parts(highest);
      const [major, minor] = parts(version);
      return major < hMajor || (major === hMajor && minor <= hMinor);
    },
  };
}

/** The sets a host needs for every card: Excel on the web or Microsoft 365 today. */
export const CARD_SETS: SupportedSets = { CustomFunctionsRuntime: "1.5", ExcelApi: "1.20" };

/** Without `sets`, Office stands in as it did before requirement checks: with no `requirements`. */
export function standInGlobals(displayLanguage = "en-US", sets?: SupportedSets): StandInGlobals {
  const associated = new Map<string, AssociatedFunction>();
  const requirements = sets ? { requirements: standInRequirements(sets) } : {};
  return {
    CustomFunctions: {
      Error: StandInError,
      ErrorCode,
      associate: (id, fn) => {
        associated.set(id, fn);
      },
    },
    Office: { context: { displayLanguage, ...requirements } },
    associated,
  };
}

/** Puts the stand-ins on this realm's global object, for tests that import the source modules. */
export function installStandIns(displayLanguage = "en-US", sets?: SupportedSets): StandInGlobals {
  const globals = standInGlobals(displayLanguage, sets);
  Object.assign(globalThis, { CustomFunctions: globals.CustomFunctions, Office: globals.Office });
  return globals;
}

/** A streaming call as Excel makes it: results arrive through setResult; cancel ends the call. */
export interface StreamingCall {
  results: unknown[];
  readonly last: unknown;
  cancel: () => void;
}

/** Any function Excel may call; its own parameter types are checked where it is defined. */
export type ExcelFunction = (...args: never[]) => unknown;

export function callStreaming(fn: ExcelFunction, ...args: unknown[]): StreamingCall {
  const results: unknown[] = [];
  const invocation: { setResult: (v: unknown) => void; onCanceled?: () => void } = {
    setResult: (v) => {
      results.push(v);
    },
  };
  // Excel passes every declared parameter, an omitted optional one as null, then the invocation.
  const padded = [...args, ...Array<null>(Math.max(0, fn.length - 1 - args.length)).fill(null)];
  (fn as AssociatedFunction)(...padded, invocation);
  return {
    results,
    get last() {
      return results[results.length - 1];
    },
    cancel: () => invocation.onCanceled?.(),
  };
}

export function isErrorValue(v: unknown): v is StandInError {
  return v instanceof StandInError;
}
