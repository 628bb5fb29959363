/**
 * Option defaults and bounds shared by every GraphStore, so the stores cannot drift apart. Out-of-range numbers are
 * clamped rather than refused: the API validates what users type, and a store should still answer sensibly.
 */
import type { RelationType } from './types.js';

export const DEFAULT_SEARCH_LIMIT = 10;
export const MAX_SEARCH_LIMIT = 100;
export const MAX_DEPTH = 3;

export function searchLimit(limit: number | undefined): number {
  return clampInteger(limit, 1, MAX_SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT);
}

export function neighbourDepth(depth: number | undefined): number {
  return clampInteger(depth, 1, MAX_DEPTH, 1);
}

/** The allowed relation types, or null for all of them (absent or empty). */
export function typeFilter(types: readonly RelationType[] | undefined): ReadonlySet<RelationType> | null {
  return types && types.length > 0 ? new Set(types) : null;
}

function clampInteger(value: number | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined || Number.isNaN(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}
