/**
 * The only identifiers ever written into Cypher text: relationship types from the closed vocabulary. Cypher cannot
 * take a relationship type as a parameter, so every type passes through this allow-list before it reaches a query.
 */
import { RELATION_TYPES } from '../types.js';
import type { RelationType } from '../types.js';

const ALLOWED: ReadonlySet<string> = new Set(RELATION_TYPES);

export function isRelationType(value: string): value is RelationType {
  return ALLOWED.has(value);
}

/** `type` itself, once checked against the vocabulary; throws for anything else. */
export function relationTypeIdentifier(type: string): RelationType {
  if (!isRelationType(type)) throw new Error(`not a relation type: ${JSON.stringify(type)}`);
  return type;
}

/**
 * The relationship-type part of a pattern (`:USES|IS_A`), or '' for every type. The allowed set is intersected
 * with the vocabulary, so unknown names drop out; null when a filter was given but none of it is in the vocabulary
 * (no edge can match).
 */
export function typePattern(allowed: ReadonlySet<string> | null): string | null {
  if (allowed === null) return '';
  const types = RELATION_TYPES.filter((type) => allowed.has(type));
  return types.length === 0 ? null : `:${types.join('|')}`;
}
