/**
 * Entity phrase → entity, through `GraphStore.search` and `entity` only (so it works on every store). In order:
 * 1. an exact label or alias (search scores ≥ 2), trying the phrase as written, without its article, then singular;
 *    when several entities bear that name, the first the caller prefers (see `preferred`);
 * 2. acronyms: "the Pipe Networking Interface" → an entity whose all-capitals label or alias is its initials;
 * 3. typos: a fuzzy search hit whose label or an alias is within a small edit distance of the phrase, else an
 *    exact name once two neighbouring letters are swapped back ("Dcoker": the text search's fuzziness counts a swap
 *    as two edits and misses it).
 * Anything else is an AskError('unknown-entity') with the closest labels as suggestions: never a guess.
 */
import { EXACT_ALIAS_SCORE } from '../search-rank.js';
import type { GraphStore, SearchHit } from '../store.js';
import { AskError } from './errors.js';
import type { ResolvedEntity } from './result.js';
import {
  MINOR_WORDS,
  compactKey,
  editDistance,
  initialsOf,
  isAcronym,
  singularPhrase,
  withoutArticle,
} from './words.js';

const CANDIDATES = 10;
const SUGGESTIONS = 5;

/** Among entities the phrase names equally well, whether one fits the question (say, has the relation asked about). */
export type EntityPreference = (id: string) => Promise<boolean>;

export async function resolveEntity(
  store: GraphStore,
  phrase: string,
  prefer?: EntityPreference,
): Promise<ResolvedEntity> {
  const variants = phraseVariants(phrase);
  const found = (hit: SearchHit): ResolvedEntity => ({ phrase, id: hit.id, label: hit.label });
  const hitsByVariant = new Map<string, SearchHit[]>();
  for (const variant of variants) {
    const hits = await store.search(variant, { limit: CANDIDATES });
    hitsByVariant.set(variant, hits);
    const exact = await preferred(
      hits.filter((hit) => hit.score >= EXACT_ALIAS_SCORE && hit.score === hits[0]?.score),
      prefer,
    );
    if (exact) return found(exact);
  }
  for (const variant of variants) {
    const hit = await acronymHit(store, variant);
    if (hit) return found(hit);
  }
  for (const variant of variants) {
    const hit = await typoHit(store, variant, hitsByVariant.get(variant) ?? []);
    if (hit) return found(hit);
  }
  for (const swapped of swaps(withoutArticle(phrase))) {
    const exact = (await store.search(swapped, { limit: CANDIDATES })).find((hit) => hit.score >= EXACT_ALIAS_SCORE);
    if (exact) return found(exact);
  }
  const suggestions = [...new Set([...hitsByVariant.values()].flat().map((hit) => hit.label))].slice(0, SUGGESTIONS);
  throw new AskError('unknown-entity', `the graph has no entity named "${phrase}"`, suggestions);
}

/**
 * Two entities can share a name ("Tern" the language and "Tern" the tool): take the first the question's preference
 * accepts, else the first in search order. Deterministic either way, and the interpretation shows which was taken.
 */
async function preferred(
  hits: readonly SearchHit[],
  prefer: EntityPreference | undefined,
): Promise<SearchHit | undefined> {
  if (prefer && hits.length > 1) {
    for (const hit of hits) if (await prefer(hit.id)) return hit;
  }
  return hits[0];
}

/** As written, without a leading article, and with its last word singular; duplicates dropped. */
export function phraseVariants(phrase: string): string[] {
  const bare = withoutArticle(phrase.trim());
  return [...new Set([phrase.trim(), bare, singularPhrase(bare)])].filter((variant) => variant !== '');
}

/**
 * An entity named by the phrase's initials, where that name is written in capitals (so "Open Sesame" ≠ OS). When
 * the entity also has a spelled-out name, the phrase must agree with it word by word (a shared prefix of four
 * letters: "Networking" ~ "Network"), so that "Pipe Nothing Interface" does not become PNI by its initials alone.
 */
async function acronymHit(store: GraphStore, phrase: string): Promise<SearchHit | undefined> {
  for (const initials of initialsOf(phrase)) {
    const hits = await store.search(initials, { limit: CANDIDATES });
    for (const hit of hits.filter((h) => h.score >= EXACT_ALIAS_SCORE)) {
      const names = [hit.label, ...((await store.entity(hit.id))?.aliases ?? [])];
      const abbreviates = names.some((name) => isAcronym(name) && compactKey(name) === compactKey(initials));
      if (abbreviates && longFormAgrees(phrase, names)) return hit;
    }
  }
  return undefined;
}

const PREFIX = 4;

export function longFormAgrees(phrase: string, names: readonly string[]): boolean {
  const longForms = names.map(majorWords).filter((words) => words.length >= 2);
  if (longForms.length === 0) return true;
  const asked = majorWords(phrase);
  const similar = (a: string, b: string): boolean =>
    a.length < PREFIX || b.length < PREFIX ? a === b : a.slice(0, PREFIX) === b.slice(0, PREFIX);
  return longForms.some((words) => asked.every((word) => words.some((other) => similar(word, other))));
}

function majorWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !MINOR_WORDS.has(word));
}

const MAX_SWAPPED_LENGTH = 24;

/** The phrase with each pair of neighbouring letters swapped (a short phrase only: one search per variant). */
export function swaps(phrase: string): string[] {
  if (phrase.length > MAX_SWAPPED_LENGTH || typoAllowance(compactKey(phrase).length) === 0) return [];
  const variants = new Set<string>();
  for (let i = 0; i + 1 < phrase.length; i++) {
    const [a, b] = [phrase[i]!, phrase[i + 1]!];
    if (a === b || !/\p{L}/u.test(a) || !/\p{L}/u.test(b)) continue;
    variants.add(phrase.slice(0, i) + b + a + phrase.slice(i + 2));
  }
  return [...variants];
}

/** How many edits a name of this length may be off by: none for short names, where a typo is another name. */
export function typoAllowance(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

/** The fuzzy hit closest to the phrase by label or alias, within the allowance; the search order breaks ties. */
async function typoHit(store: GraphStore, phrase: string, hits: readonly SearchHit[]): Promise<SearchHit | undefined> {
  const key = compactKey(phrase);
  const allowance = typoAllowance(key.length);
  if (allowance === 0) return undefined;
  let best: { hit: SearchHit; distance: number } | undefined;
  for (const hit of hits) {
    const entity = await store.entity(hit.id);
    const names = [hit.label, ...(entity?.aliases ?? [])];
    const distance = Math.min(...names.map((name) => editDistance(key, compactKey(name))));
    if (distance <= allowance && (!best || distance < best.distance)) best = { hit, distance };
  }
  return best?.hit;
}
