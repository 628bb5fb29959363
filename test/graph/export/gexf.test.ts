// GEXF round trip: what graphology-gexf's reader (the one Gephi Lite uses) gets back from our export.
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../../graph/export/gexf.js';
import type { GraphData } from '../../../graph/types.js';
import { HOSTILE_TEXT, hostileGraph, skeletonOf, skeletonOfData, smallFixture } from './fixtures.js';

function readBack(graph: GraphData): MultiGraph {
  return parse(MultiGraph, toGexf(graph));
}

describe('toGexf', () => {
  it.each<[string, () => GraphData]>([
    ['small fixture', smallFixture],
    ['hostile texts', hostileGraph],
  ])('gives back the nodes and edges of the %s', (_name, make) => {
    const graph = make();
    const parsed = readBack(graph);
    expect(skeletonOf(parsed)).toEqual(skeletonOfData(graph));
  });

  it('keeps lists, description, positions, confidence and evidence as attributes', () => {
    const parsed = readBack(hostileGraph());
    expect(parsed.getNodeAttributes('evil')).toMatchObject({
      label: HOSTILE_TEXT,
      description: HOSTILE_TEXT,
      aliases: [`O'Brien`, 'a,b', '"x"'],
      categories: ['back\\slash'],
      urls: ['https://example.org/?a=1&b=2'],
      x: 1,
      y: -2.5,
    });
    expect(parsed.hasNodeAttribute('plain', 'x')).toBe(false);
    const uses = parsed.getEdgeAttributes('evil--uses--plain');
    expect(uses).toMatchObject({ label: 'USES', confidence: 1 });
    expect(JSON.parse(uses.evidence as string)).toEqual([{ file: 'a.rst', line: 1, text: HOSTILE_TEXT }]);
  });

  it('writes symmetric relations as undirected edges and the others as directed', () => {
    const parsed = readBack(hostileGraph());
    expect(parsed.isUndirected('evil--alternative-to--plain')).toBe(true);
    expect(parsed.isDirected('evil--uses--plain')).toBe(true);
  });

  it('is deterministic whatever the input order', () => {
    const graph = smallFixture();
    const reversed = { ...graph, nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    expect(toGexf(reversed)).toBe(toGexf(graph));
  });
});
