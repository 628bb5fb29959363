import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/types.js';
import { buildGraph } from '../../../viewer/canvas/model.js';
import { visibleSubgraph } from '../../../viewer/export/subgraph.js';
import { sourceLines } from '../../../viewer/details/source-view.js';

const data: GraphData = {
  version: 1,
  documents: [
    { file: 'a.rst', sections: [] },
    { file: 'b.rst', sections: [] },
  ],
  nodes: ['x', 'y', 'z'].map((id, index) => ({
    id,
    label: id.toUpperCase(),
    kind: 'technology',
    aliases: [],
    categories: [],
    description: '',
    urls: [],
    sources: [{ file: 'a.rst', line: index + 1 }],
    x: index,
    y: index,
  })),
  edges: [
    {
      id: 'xy',
      source: 'x',
      target: 'y',
      type: 'USES',
      confidence: 1,
      evidence: [{ file: 'b.rst', line: 4, text: 'X uses Y.' }],
    },
    { id: 'yz', source: 'y', target: 'z', type: 'IS_A', confidence: 1, evidence: [] },
  ],
};
const graph = buildGraph(data);

describe('visibleSubgraph', () => {
  it.each<[string, ReadonlySet<string>, ReadonlySet<'USES' | 'IS_A'>, string[], string[], string[]]>([
    ['everything', new Set(), new Set(), ['x', 'y', 'z'], ['xy', 'yz'], ['a.rst', 'b.rst']],
    ['a hidden node takes its edges', new Set(['z']), new Set(), ['x', 'y'], ['xy'], ['a.rst', 'b.rst']],
    ['a hidden type', new Set(), new Set(['USES']), ['x', 'y', 'z'], ['yz'], ['a.rst']],
  ])('%s', (_name, hiddenNodes, hiddenTypes, nodes, edges, files) => {
    const subgraph = visibleSubgraph(data, graph, { hiddenNodes, hiddenTypes });
    expect(subgraph.nodes.map((node) => node.id)).toEqual(nodes);
    expect(subgraph.edges.map((edge) => edge.id)).toEqual(edges);
    expect(subgraph.documents.map((document) => document.file)).toEqual(files);
    expect(subgraph.version).toBe(1);
  });
});

describe('sourceLines', () => {
  it.each<[Parameters<typeof sourceLines>[0], number, [number, string][]]>([
    [
      {
        lines: [
          { number: 9, text: 'a' },
          { number: 10, text: 'b' },
        ],
      },
      10,
      [
        [9, 'a'],
        [10, 'b'],
      ],
    ],
    [{ lines: [{ line: 3, text: 'c' }] }, 3, [[3, 'c']]],
    [
      { lines: ['p', 'q'], start: 7 },
      8,
      [
        [7, 'p'],
        [8, 'q'],
      ],
    ],
    [
      { text: 'one\ntwo' },
      5,
      [
        [2, 'one'],
        [3, 'two'],
      ],
    ],
    [{}, 5, []],
  ])('%j', (source, line, expected) => {
    expect(sourceLines(source, line)).toEqual(expected);
  });
});
