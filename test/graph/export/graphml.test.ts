// GraphML round trip through graphology-graphml's reader.
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../../graph/export/graphml.js';
import type { GraphData } from '../../../graph/types.js';
import { HOSTILE_TEXT, hostileGraph, skeletonOf, skeletonOfData, smallFixture } from './fixtures.js';

function readBack(graph: GraphData): MultiGraph {
  return parse(MultiGraph, toGraphml(graph));
}

describe('toGraphml', () => {
  it.each<[string, () => GraphData]>([
    ['small fixture', smallFixture],
    ['hostile texts', hostileGraph],
  ])('gives back the nodes and edges of the %s', (_name, make) => {
    const graph = make();
    const parsed = readBack(graph);
    expect(skeletonOf(parsed)).toEqual(skeletonOfData(graph));
  });

  it('keeps lists (as JSON), description, positions, confidence and evidence', () => {
    const parsed = readBack(hostileGraph());
    const evil = parsed.getNodeAttributes('evil');
    expect(evil).toMatchObject({ label: HOSTILE_TEXT, description: HOSTILE_TEXT, x: 1, y: -2.5 });
    expect(JSON.parse(evil.aliases as string)).toEqual([`O'Brien`, 'a,b', '"x"']);
    expect(JSON.parse(evil.categories as string)).toEqual(['back\\slash']);
    expect(parsed.hasNodeAttribute('plain', 'x')).toBe(false);
    const uses = parsed.getEdgeAttributes('evil--uses--plain');
    expect(uses).toMatchObject({ label: 'USES', confidence: 1 });
    expect(JSON.parse(uses.evidence as string)).toEqual([{ file: 'a.rst', line: 1, text: HOSTILE_TEXT }]);
    expect(parsed.isUndirected('evil--alternative-to--plain')).toBe(true);
    expect(parsed.isDirected('evil--uses--plain')).toBe(true);
  });

  it('replaces characters XML cannot hold instead of writing an unreadable file', () => {
    const graph = hostileGraph();
    graph.nodes[1]!.label = 'bell\u0007 nul\u0000 lone\uD800';
    expect(readBack(graph).getNodeAttribute('plain', 'label')).toBe('bell\uFFFD nul\uFFFD lone\uFFFD');
  });
});
