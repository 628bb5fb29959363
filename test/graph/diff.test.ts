// diffGraphs as tables: one change at a time against the small fixture graph.
import { describe, expect, it } from 'vitest';
import { diffGraphs, isEmptyDiff } from '../../graph/diff.js';
import type { GraphData } from '../../graph/types.js';
import { smallGraph } from './fixtures.js';

type Edit = (graph: GraphData) => void;

describe('diffGraphs', () => {
  it('finds nothing between a graph and itself, whatever the order', () => {
    const graph = smallGraph();
    const reordered = { ...graph, nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    const diff = diffGraphs(graph, reordered);
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it.each<[string, Edit, object]>([
    [
      'a renamed label',
      (g) => void (g.nodes[0]!.label = 'Runtimes'),
      { id: 'runtime', changes: [{ field: 'label', before: 'Runtime', after: 'Runtimes' }] },
    ],
    [
      'a new kind',
      (g) => void (g.nodes[0]!.kind = 'concept'),
      { id: 'runtime', changes: [{ field: 'kind', before: 'category', after: 'concept' }] },
    ],
    [
      'an added alias',
      (g) => void g.nodes[1]!.aliases.push('eng'),
      { id: 'engine', changes: [{ field: 'aliases', before: ['engine'], after: ['engine', 'eng'] }] },
    ],
    [
      'a category dropped',
      (g) => void (g.nodes[1]!.categories = []),
      { id: 'engine', changes: [{ field: 'categories', before: ['runtime'], after: [] }] },
    ],
    [
      'a description',
      (g) => void (g.nodes[0]!.description = 'Runs.'),
      { id: 'runtime', changes: [{ field: 'description', before: '', after: 'Runs.' }] },
    ],
  ])('reports %s as an entity change', (_name, edit, expected) => {
    const before = smallGraph();
    const after = smallGraph();
    edit(after);
    const diff = diffGraphs(before, after);
    expect(diff.entities).toEqual({ added: [], removed: [], changed: [expected] });
    expect(diff.relations).toEqual({ added: [], removed: [], changed: [] });
  });

  it('ignores what it does not compare (sources, urls, positions)', () => {
    const after = smallGraph();
    after.nodes[1]!.sources.push({ file: 'b.rst', line: 9 });
    after.nodes[1]!.x = 3;
    expect(isEmptyDiff(diffGraphs(smallGraph(), after))).toBe(true);
  });

  it('reports confidence and evidence count as relation changes', () => {
    const before = smallGraph();
    const after = smallGraph();
    const edge = after.edges[0]!;
    edge.confidence = 0.25;
    edge.evidence.push({ file: 'a.rst', line: 7, text: 'More.' });
    const diff = diffGraphs(before, after);
    expect(diff.relations.changed).toEqual([
      {
        id: edge.id,
        changes: [
          { field: 'confidence', before: before.edges[0]!.confidence, after: 0.25 },
          { field: 'evidence', before: before.edges[0]!.evidence.length, after: before.edges[0]!.evidence.length + 1 },
        ],
      },
    ]);
  });

  it('lists added and removed entities and relations by id', () => {
    const before = smallGraph();
    const after = smallGraph();
    const removedNode = after.nodes.pop()!;
    const removedEdges = before.edges.filter((e) => e.source === removedNode.id || e.target === removedNode.id);
    after.edges = after.edges.filter((e) => !removedEdges.some((r) => r.id === e.id));
    after.nodes.push({ ...removedNode, id: 'zz-new', label: 'ZZ New' });
    const diff = diffGraphs(before, after);
    expect(diff.entities.added.map((n) => n.id)).toEqual(['zz-new']);
    expect(diff.entities.removed.map((n) => n.id)).toEqual([removedNode.id]);
    expect(diff.relations.removed.map((e) => e.id)).toEqual(removedEdges.map((e) => e.id).sort());
    expect(diff.relations.added).toEqual([]);
    expect(diffGraphs(after, before).entities.added.map((n) => n.id)).toEqual([removedNode.id]);
  });
});
