/** A failure in words: Excel's own message, with its error code when it has one. */
export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    const message = error.message.trim() || error.name;
    return typeof code === "string" && code !== "" && !message.includes(code)
      ? `${message} (${code})`
      : message;
  }
  return String(error);
}
