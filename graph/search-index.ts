/**
 * The MemoryStore's search: a minisearch full-text index (label boosted, aliases, categories, description; prefix
 * and fuzzy) plus a map of exact names, ranked by search-rank.ts. Built once per load, in one pass over the nodes.
 */
import MiniSearch from 'minisearch';
import { LruCache } from './lru-cache.js';
import { MAX_SEARCH_LIMIT } from './query-options.js';
import type { SearchHit } from './store.js';
import type { EntityKind, GraphNode } from './types.js';
import { exactNameKey, rankSearchHits } from './search-rank.js';
import type { MatchTier, SearchCandidate } from './search-rank.js';

const FIELDS = ['label', 'aliases', 'categories', 'description'] as const;
const BOOST = { label: 3, aliases: 2 };
const FUZZY = 0.2;
/** Ranked answers remembered per query: the same names are looked up again and again (typing, questions). */
const REMEMBERED_QUERIES = 1000;

interface ExactEntry {
  id: string;
  tier: MatchTier;
}

export class SearchIndex {
  private readonly text: MiniSearch<GraphNode>;
  private readonly exact = new Map<string, ExactEntry[]>();
  // Dies with the index, which a load replaces: nothing here can outlive the graph it was computed from.
  private readonly answers = new LruCache<string, SearchHit[]>({ maxEntries: REMEMBERED_QUERIES, maxSize: Infinity });

  constructor(
    nodes: Iterable<GraphNode>,
    private readonly nodeOf: (id: string) => GraphNode,
  ) {
    this.text = new MiniSearch<GraphNode>({
      idField: 'id',
      fields: [...FIELDS],
      storeFields: [],
      extractField: (node, field) => {
        const value = node[field as keyof GraphNode];
        return Array.isArray(value) ? value.join(' ') : String(value ?? '');
      },
    });
    const all: GraphNode[] = [];
    for (const node of nodes) {
      all.push(node);
      this.addExact(node.label, node.id, 'label');
      for (const alias of node.aliases) this.addExact(alias, node.id, 'alias');
    }
    this.text.addAll(all);
  }

  /** The hits ranked (see search-rank.ts), cut to `limit`; fresh objects each call, so callers may change them. */
  search(query: string, limit: number, kind: EntityKind | undefined): SearchHit[] {
    if (query.trim() === '') return [];
    // Keyed by the query as given (normalising it safely would mean restating the text engine's tokenizer); the
    // best MAX_SEARCH_LIMIT hits are kept, the most any caller may ask for.
    const key = `${kind ?? ''}\0${query}`;
    let ranked = this.answers.get(key);
    if (!ranked) {
      ranked = this.rankAll(query, kind);
      this.answers.set(key, ranked);
    }
    return ranked.slice(0, limit).map((hit) => ({ ...hit, categories: [...hit.categories] }));
  }

  private rankAll(query: string, kind: EntityKind | undefined): SearchHit[] {
    const candidates: SearchCandidate[] = [];
    const wanted = (id: string): boolean => kind === undefined || this.nodeOf(id).kind === kind;
    for (const { id, tier } of this.exact.get(exactNameKey(query)) ?? []) {
      if (wanted(id)) candidates.push(this.candidate(id, tier, 0));
    }
    const textHits = this.text.search(query, {
      boost: BOOST,
      prefix: true,
      fuzzy: FUZZY,
      filter: (result) => wanted(String(result.id)),
    });
    for (const hit of textHits) candidates.push(this.candidate(String(hit.id), 'text', hit.score));
    return rankSearchHits(candidates, MAX_SEARCH_LIMIT);
  }

  private addExact(name: string, id: string, tier: MatchTier): void {
    const key = exactNameKey(name);
    if (key === '') return;
    const entries = this.exact.get(key);
    if (entries) entries.push({ id, tier });
    else this.exact.set(key, [{ id, tier }]);
  }

  private candidate(id: string, tier: MatchTier, relevance: number): SearchCandidate {
    const { label, kind, categories } = this.nodeOf(id);
    return { id, label, kind, categories, tier, relevance };
  }
}
