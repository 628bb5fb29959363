import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../graph/search-index.js';
import type { GraphNode } from '../../graph/types.js';
import { smallGraph, widgetGraph } from './contract/fixture.js';

function indexOf(nodes: GraphNode[]): { index: SearchIndex; fresh: () => SearchIndex } {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const fresh = (): SearchIndex => new SearchIndex(nodes, (id) => byId.get(id)!);
  return { index: fresh(), fresh };
}

describe('SearchIndex', () => {
  it('answers a repeated query as a fresh index answers it, for every limit and kind', () => {
    const { index, fresh } = indexOf(widgetGraph(150).nodes);
    for (const [query, limit, kind] of [
      ['widget', 100, undefined],
      ['widget', 7, undefined],
      ['widget', 100, 'technology'],
      ['widgte 01', 10, undefined],
    ] as const) {
      const first = index.search(query, limit, kind);
      expect(index.search(query, limit, kind)).toEqual(first);
      expect(fresh().search(query, limit, kind)).toEqual(first);
    }
    expect(index.search('widget', 100, undefined)).toHaveLength(100);
  });

  it('hands out copies: changing an answer does not change the next one', () => {
    const { index } = indexOf(smallGraph().nodes);
    const first = index.search('heron', 10, undefined);
    expect(first.length).toBeGreaterThan(0);
    const expected = structuredClone(first);
    first[0]!.categories.push('changed');
    first[0]!.label = 'changed';
    first.pop();
    expect(index.search('heron', 10, undefined)).toEqual(expected);
  });
});
