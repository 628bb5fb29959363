/**
 * The search ranking every GraphStore keeps (see `GraphStore.search`): exact label matches, then exact alias
 * matches, then text hits by relevance; equal scores ordered by label then id. Stores only find candidates.
 */
import type { SearchHit } from './store.js';
import type { EntityKind } from './types.js';
import { compareCodeUnits } from './order.js';

export const EXACT_LABEL_SCORE = 3;
export const EXACT_ALIAS_SCORE = 2;

export type MatchTier = 'label' | 'alias' | 'text';

export interface SearchCandidate {
  id: string;
  label: string;
  kind: EntityKind;
  categories: string[];
  tier: MatchTier;
  /** The text engine's score; only its ratio to the best text hit matters. Ignored for exact tiers. */
  relevance: number;
}

/** What two names must share to match exactly: case, spaces and hyphens do not count ("O8x" = "o8x"). */
export function exactNameKey(name: string): string {
  return name.toLowerCase().replace(/[\s-]+/g, '');
}

/** The exact tier of a node for a query, if any: its label first, then its aliases. */
export function exactTier(query: string, label: string, aliases: readonly string[]): MatchTier | null {
  const key = exactNameKey(query);
  if (key === '') return null;
  if (exactNameKey(label) === key) return 'label';
  return aliases.some((alias) => exactNameKey(alias) === key) ? 'alias' : null;
}

/** Scores, orders and cuts candidates; a node found several ways keeps its best tier. */
export function rankSearchHits(candidates: readonly SearchCandidate[], limit: number): SearchHit[] {
  const best = new Map<string, SearchCandidate>();
  for (const candidate of candidates) {
    const seen = best.get(candidate.id);
    if (!seen || tierRank(candidate.tier) < tierRank(seen.tier)) best.set(candidate.id, candidate);
    else if (seen.tier === 'text' && candidate.tier === 'text' && candidate.relevance > seen.relevance) {
      best.set(candidate.id, candidate);
    }
  }
  let topRelevance = 0;
  for (const candidate of best.values()) {
    if (candidate.tier === 'text') topRelevance = Math.max(topRelevance, candidate.relevance);
  }
  const hits = [...best.values()].map(({ id, label, kind, categories, tier, relevance }): SearchHit => ({
    id,
    label,
    kind,
    categories: [...categories],
    score: scoreOf(tier, relevance, topRelevance),
  }));
  hits.sort(compareHits);
  return hits.slice(0, limit);
}

export function compareHits(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || compareCodeUnits(a.label, b.label) || compareCodeUnits(a.id, b.id);
}

function scoreOf(tier: MatchTier, relevance: number, topRelevance: number): number {
  if (tier === 'label') return EXACT_LABEL_SCORE;
  if (tier === 'alias') return EXACT_ALIAS_SCORE;
  // A text hit must score above 0 even when the engine gives it nothing, so it never ties with "no match".
  return topRelevance > 0 && relevance > 0 ? relevance / topRelevance : Number.MIN_VALUE;
}

function tierRank(tier: MatchTier): number {
  return tier === 'label' ? 0 : tier === 'alias' ? 1 : 2;
}
