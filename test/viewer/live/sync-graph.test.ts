import { describe, expect, it } from 'vitest';
import type { GraphData, GraphEdge, GraphNode } from '../../../graph/types.js';
import { buildGraph } from '../../../viewer/canvas/model.js';
import { syncGraph } from '../../../viewer/live/sync-graph.js';

const node = (id: string, x: number, kind: GraphNode['kind'] = 'technology'): GraphNode => ({
  id,
  label: id.toUpperCase(),
  kind,
  aliases: [],
  categories: [],
  description: '',
  urls: [],
  sources: [],
  x,
  y: 0,
});
const edge = (id: string, source: string, target: string, type: GraphEdge['type'] = 'USES'): GraphEdge => ({
  id,
  source,
  target,
  type,
  confidence: 1,
  evidence: [],
});
const graphOf = (nodes: GraphNode[], edges: GraphEdge[]): GraphData => ({ version: 1, documents: [], nodes, edges });

describe('syncGraph', () => {
  it('makes the shown graph equal to the new one in place', () => {
    const shown = buildGraph(
      graphOf([node('a', 0), node('b', 1), node('c', 2)], [edge('e1', 'a', 'b'), edge('e2', 'b', 'c')]),
    );
    const next = buildGraph(
      graphOf(
        [node('a', 5, 'standard'), node('b', 1), node('d', 3)],
        [edge('e1', 'a', 'b', 'IMPLEMENTS'), edge('e2', 'b', 'd'), edge('e3', 'd', 'a')],
      ),
    );
    const before = shown;
    syncGraph(shown, next);
    expect(shown).toBe(before);
    expect(shown.nodes().sort()).toEqual(['a', 'b', 'd']);
    expect(shown.getNodeAttributes('a')).toEqual(next.getNodeAttributes('a'));
    expect(shown.getNodeAttribute('a', 'kind')).toBe('standard');
    expect(shown.edges().sort()).toEqual(['e1', 'e2', 'e3']);
    expect(shown.getEdgeAttribute('e1', 'relation')).toBe('IMPLEMENTS');
    // e2 kept its id but now ends at d: it is the new edge, not the old one.
    expect([shown.source('e2'), shown.target('e2')]).toEqual(['b', 'd']);
  });

  it('changes nothing when the graph is the same', () => {
    const data = graphOf([node('a', 0), node('b', 1)], [edge('e1', 'a', 'b')]);
    const shown = buildGraph(data);
    const attributes = shown.getNodeAttributes('a');
    syncGraph(shown, buildGraph(data));
    expect(shown.getNodeAttributes('a')).toEqual(attributes);
    expect(shown.order).toBe(2);
    expect(shown.size).toBe(1);
  });
});
