/**
 * The MemoryStore's search: a minisearch full-text index (label boosted, aliases, categories, description; prefix
 * and fuzzy) plus a map of exact names, ranked by search-rank.ts. Built once per load, in one pass over the nodes.
 */
import MiniSearch from 'minisearch';
import type { SearchHit } from './store.js';
import type { EntityKind, GraphNode } from './types.js';
import { exactNameKey, rankSearchHits } from './search-rank.js';
import type { MatchTier, SearchCandidate } from './search-rank.js';

const FIELDS = ['label', 'aliases', 'categories', 'description'] as const;
const BOOST = { label: 3, aliases: 2 };
const FUZZY = 0.2;

interface ExactEntry {
  id: string;
  tier: MatchTier;
}

export class SearchIndex {
  private readonly text: MiniSearch<GraphNode>;
  private readonly exact = new Map<string, ExactEntry[]>();

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

  search(query: string, limit: number, kind: EntityKind | undefined): SearchHit[] {
    if (query.trim() === '') return [];
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
    return rankSearchHits(candidates, limit);
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
