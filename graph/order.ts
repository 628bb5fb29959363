/** Locale-independent string ordering (UTF-16 code units): the order Neo4j's ORDER BY gives too. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return compareCodeUnits(a.id, b.id);
}
