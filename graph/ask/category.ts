/**
 * The category of "which box runtimes does Shipyard support": read against the graph's categories (and
 * entity kinds), then used to keep only the answers that belong to it. An answer belongs when one of its
 * `categories`, or the label of an entity it IS_A, ends with the asked words ("box runtime" also admits
 * "low-level box runtime"); plural, case and punctuation do not matter.
 */
import type { EntityWithRelations, GraphStore } from '../store.js';
import type { EntityKind } from '../types.js';
import { AskError } from './errors.js';
import { editDistance, singularPhrase, withoutArticle, wordKeys } from './words.js';

export interface CategoryFilter {
  /** The words an answer's category must end with. */
  words?: string[];
  /** The graph's spelling of the category (or the asked phrase, singular, when only longer categories match). */
  category?: string;
  kind?: EntityKind;
}

/** Nouns that ask for "anything": "which projects implement X" filters nothing. */
const GENERIC = new Set(
  'project tool thing software product solution one entity option program application implementation everything anything'.split(
    ' ',
  ),
);

const KIND_WORDS: Readonly<Record<string, EntityKind>> = {
  language: 'language',
  'programming language': 'language',
  organisation: 'organisation',
  organization: 'organisation',
  company: 'organisation',
  vendor: 'organisation',
  corporation: 'organisation',
  standard: 'standard',
  specification: 'standard',
  spec: 'standard',
  interface: 'standard',
  protocol: 'standard',
  technology: 'technology',
  concept: 'concept',
  category: 'category',
};

const SUGGESTIONS = 5;

/** null when the phrase filters nothing; throws AskError('unknown-category') when it names nothing known. */
export async function resolveCategory(store: GraphStore, phrase: string): Promise<CategoryFilter | null> {
  const words = wordKeys(withoutArticle(phrase));
  if (words.length === 0 || words.every((word) => GENERIC.has(word))) return null;
  const categories = (await store.categories()).map(({ category }) => category);
  const exact = categories.find((category) => sameWords(wordKeys(category), words));
  if (exact !== undefined) return { words, category: exact };
  if (categories.some((category) => endsWithWords(wordKeys(category), words))) {
    return { words, category: singularPhrase(withoutArticle(phrase)) };
  }
  const kind = KIND_WORDS[words.join(' ')];
  if (kind !== undefined) return { kind };
  throw new AskError('unknown-category', `the graph has no category "${phrase}"`, closest(categories, words));
}

/** The graph's spelling of a category named exactly by the phrase (plural, case and articles aside), if any. */
export async function categoryNamed(store: GraphStore, phrase: string): Promise<string | undefined> {
  const words = wordKeys(withoutArticle(phrase));
  if (words.length === 0) return undefined;
  return (await store.categories()).map(({ category }) => category).find((name) => sameWords(wordKeys(name), words));
}

/** Whether an entity passes the filter (its kind, or its categories and IS_A targets). */
export function inCategory(entity: EntityWithRelations, filter: CategoryFilter): boolean {
  if (filter.kind !== undefined && entity.kind !== filter.kind) return false;
  const words = filter.words;
  if (words === undefined) return true;
  const names = [
    ...entity.categories,
    ...entity.relations.filter((r) => r.type === 'IS_A' && r.direction === 'out').map((r) => r.other.label),
  ];
  return names.some((name) => endsWithWords(wordKeys(name), words));
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index]);
}

/** Whether a category name is the asked category or a narrower one ("type-1 hypervisor" is a "hypervisor"). */
export function namesCategory(name: string, category: string): boolean {
  return endsWithWords(wordKeys(name), wordKeys(category));
}

function endsWithWords(name: readonly string[], words: readonly string[]): boolean {
  return name.length >= words.length && sameWords(name.slice(name.length - words.length), words);
}

/** Category names nearest to the asked words (edit distance on the joined words). */
function closest(categories: readonly string[], words: readonly string[]): string[] {
  const asked = words.join(' ');
  return categories
    .map((category) => ({ category, distance: editDistance(asked, wordKeys(category).join(' ')) }))
    .sort((a, b) => a.distance - b.distance || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0))
    .slice(0, SUGGESTIONS)
    .map(({ category }) => category);
}
