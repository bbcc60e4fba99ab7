/** What a caught failure says, for a message's detail: an error's message, anything else as text. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
