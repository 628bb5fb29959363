/** Locale-independent string ordering (UTF-16 code units), so output sorts the same on every machine. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
