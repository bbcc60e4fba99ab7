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
  Office: { context: { displayLanguage: string } };
  associated: Map<string, AssociatedFunction>;
}

export function standInGlobals(displayLanguage = "en-US"): StandInGlobals {
  const associated = new Map<string, AssociatedFunction>();
  return {
    CustomFunctions: {
      Error: StandInError,
      ErrorCode,
      associate: (id, fn) => {
        associated.set(id, fn);
      },
    },
    Office: { context: { displayLanguage } },
    associated,
  };
}

/** Puts the stand-ins on this realm's global object, for tests that import the source modules. */
export function installStandIns(displayLanguage = "en-US"): StandInGlobals {
  const globals = standInGlobals(displayLanguage);
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
  (fn as AssociatedFunction)(...args, invocation);
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
