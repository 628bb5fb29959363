/** GraphStore.search: exact names first, aliases, prefix and fuzzy text, kind filter, limits and tie order. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../graph/store.js';
import { smallGraph, widgetGraph } from './fixture.js';
import type { CurrentStore } from './fixture.js';

const nameKey = (name: string): string => name.toLowerCase().replace(/[\s-]+/g, '');

/** What the interface promises of every answer: the score bands and the order (score, then label, then id). */
function expectRanked(query: string, hits: SearchHit[]): void {
  const nodes = new Map(smallGraph().nodes.map((node) => [node.id, node]));
  hits.forEach((hit, index) => {
    const node = nodes.get(hit.id);
    if (node) {
      const label = nameKey(node.label) === nameKey(query);
      const alias = !label && node.aliases.some((name) => nameKey(name) === nameKey(query));
      expect(hit.score, `${query}: ${hit.id}`).toBe(label ? 3 : alias ? 2 : hit.score);
      if (!label && !alias) expect(hit.score > 0 && hit.score <= 1, `${query}: ${hit.id} ${hit.score}`).toBe(true);
    }
    if (index === 0) return;
    const before = hits[index - 1];
    const inOrder =
      before.score > hit.score ||
      (before.score === hit.score && (before.label < hit.label || (before.label === hit.label && before.id < hit.id)));
    expect(inOrder, `${query}: ${before.id} (${before.score}) before ${hit.id} (${hit.score})`).toBe(true);
  });
}

const first = (hits: SearchHit[]): [string, number] | undefined => (hits[0] ? [hits[0].id, hits[0].score] : undefined);

export function searchContract(current: CurrentStore): void {
  describe('search', () => {
    beforeAll(async () => {
      await current().load(smallGraph());
    });

    it.each(['', '   ', '\t\n'])('gives nothing for the blank query %j', async (query) => {
      expect(await current().search(query)).toEqual([]);
    });

    it('gives nothing when nothing matches', async () => {
      expect(await current().search('qwxyzzv')).toEqual([]);
    });

    it('answers with id, label, kind, categories and score', async () => {
      const hits = await current().search('Lattice Store');
      expect(hits[0]).toEqual({
        id: 'lattice-store',
        label: 'Lattice Store',
        kind: 'technology',
        categories: ['Key-value store'],
        score: 3,
      });
    });

    it.each([
      ['zephyr orchestrator', 'zephyr-orchestrator', 3],
      ['ZEPHYR-ORCHESTRATOR', 'zephyr-orchestrator', 3],
      ['zephyrorchestrator', 'zephyr-orchestrator', 3],
      ['  Zephyr   Orchestrator ', 'zephyr-orchestrator', 3],
      ['z8r', 'zephyr-orchestrator', 2],
      ['Z8R', 'zephyr-orchestrator', 2],
      ['pxp', 'packet-exchange-protocol', 2],
      ['corvid-lang', 'corvid', 2],
      ['osbi', 'open-sandbox-interface', 2],
      ['Northwind', 'northwind-labs', 2],
    ])('ranks the exact label or alias match of %j first', async (query, id, score) => {
      const hits = await current().search(query);
      expect(first(hits)).toEqual([id, score]);
      expectRanked(query, hits);
    });

    it('ranks an exact label above an exact alias, and both above text hits', async () => {
      const hits = await current().search('marlin');
      expect(hits.slice(0, 2).map((hit) => [hit.id, hit.score])).toEqual([
        ['marlin', 3],
        ['marlin-mesh', 2],
      ]);
      expect(hits.slice(2).every((hit) => hit.score <= 1)).toBe(true);
    });

    it('ranks an exact alias above a label that merely contains the query', async () => {
      const hits = await current().search('zephyr');
      expect(hits.map((hit) => hit.id).slice(0, 2)).toEqual(['zephyr-orchestrator', 'zephyr-lite']);
      expect(hits[1].score).toBeLessThanOrEqual(1);
    });

    it('orders equal scores by label, then id', async () => {
      const shared = await current().search('sbx'); // an alias of two runtimes
      expect(shared.slice(0, 2).map((hit) => [hit.id, hit.score])).toEqual([
        ['ember-runtime', 2],
        ['quill-runtime', 2],
      ]);
      const sameLabel = await current().search('tern'); // a language and a tool, both labelled "Tern"
      expect(sameLabel.slice(0, 2).map((hit) => [hit.id, hit.score])).toEqual([
        ['tern', 3],
        ['tern-tool', 3],
      ]);
    });

    it.each([
      ['latt', 'lattice-store'],
      ['northw', 'northwind-labs'],
      ['orchestr', 'workload-orchestrator'],
    ])('finds %j by prefix', async (query, id) => {
      const hits = await current().search(query);
      expect(hits.map((hit) => hit.id)).toContain(id);
      expectRanked(query, hits);
    });

    it.each([
      ['lattise', 'lattice-store'],
      ['orchestrater', 'zephyr-orchestrator'],
      ['foundatoin', 'gale-foundation'],
    ])('finds %j despite the typo', async (query, id) => {
      const hits = await current().search(query);
      expect(hits.map((hit) => hit.id)).toContain(id);
      expectRanked(query, hits);
    });

    it.each([
      ['sandboxed', 'quill-runtime'], // only in a description
      ['replicated', 'lattice-store'], // only in a description
      ['observability', 'island-monitor'], // only in categories
      ['corvidlang', 'corvid'], // only in aliases
    ])('searches every text field: %j finds %s', async (query, id) => {
      expect((await current().search(query)).map((hit) => hit.id)).toContain(id);
    });

    it('ranks the label above descriptions for a word in both', async () => {
      const hits = await current().search('sandbox');
      const position = (id: string): number => hits.findIndex((hit) => hit.id === id);
      expect(position('sandbox-runtime')).toBeGreaterThanOrEqual(0);
      expect(position('sandbox-runtime')).toBeLessThan(position('ember-runtime'));
      expectRanked('sandbox', hits);
    });

    it('filters by kind, exact matches included', async () => {
      expect((await current().search('tern', { kind: 'technology' })).map((hit) => hit.id)).toEqual(['tern-tool']);
      expect(first(await current().search('marlin', { kind: 'technology' }))).toEqual(['marlin-mesh', 2]);
      const categories = await current().search('runtime', { kind: 'category' });
      expect(categories.map((hit) => hit.id)).toContain('sandbox-runtime');
      expect(categories.every((hit) => hit.kind === 'category')).toBe(true);
      expect(await current().search('zephyr', { kind: 'organisation' })).toEqual([]);
    });

    it('keeps the best hits when limited', async () => {
      const all = await current().search('runtime');
      expect(all.length).toBeGreaterThan(2);
      expect(await current().search('runtime', { limit: 2 })).toEqual(all.slice(0, 2));
    });
  });

  describe('search limits', () => {
    beforeAll(async () => {
      await current().load(widgetGraph(120));
    });

    it('gives 10 hits by default', async () => {
      expect(await current().search('widget')).toHaveLength(10);
    });

    it.each([
      [1, 1],
      [50, 50],
      [100, 100],
      [101, 100],
      [1000, 100],
      [0, 1],
      [-5, 1],
    ])('clamps limit %d to %d', async (limit, length) => {
      expect(await current().search('widget', { limit })).toHaveLength(length);
    });

    it('orders hits of equal score by label', async () => {
      const hits = await current().search('widget', { limit: 100 });
      const equal = hits.filter((hit) => hit.score === hits[0].score);
      expect(equal.length).toBeGreaterThan(1);
      expect(equal.map((hit) => hit.label)).toEqual([...equal.map((hit) => hit.label)].sort());
    });
  });
}
