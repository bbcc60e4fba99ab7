/**
 * Whether valid JSON text repeats a property name within one object. JSON.parse keeps the last of
 * repeated keys without a word; this check costs a fraction of the position scanner's, so a good
 * file needs no scan. It counts the property names written in the text and those in the parsed
 * value: they differ exactly when some object repeats a name.
 *
 * `json` must be `JSON.parse(text)` of a value checked by the schema (so not deeply nested).
 */
export function hasRepeatedKeys(text: string, json: unknown): boolean {
  return keysInText(text) !== keysInValue(json);
}

// In valid JSON every quote outside a string opens one, so matching strings left to right sees
// each exactly once; a string followed by a colon is a property name.
const STRING = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g;

function keysInText(text: string): number {
  let count = 0;
  STRING.lastIndex = 0;
  for (let m = STRING.exec(text); m !== null; m = STRING.exec(text))
    if (m[1] !== undefined) count++;
  return count;
}

function keysInValue(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += keysInValue(item);
    return count;
  }
  for (const key of Object.keys(value)) {
    count += 1 + keysInValue((value as Record<string, unknown>)[key]);
  }
  return count;
}
