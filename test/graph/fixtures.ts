import type { GraphData } from '../../graph/types.js';

/** A small valid graph, for tests that break one thing at a time. */
export function smallGraph(): GraphData {
  return {
    version: 1,
    documents: [
      { file: 'b.rst', sections: [{ title: 'B', depth: 1, line: 1 }] },
      { file: 'a.rst', sections: [] },
    ],
    nodes: [
      {
        id: 'runtime',
        label: 'Runtime',
        kind: 'category',
        aliases: [],
        categories: [],
        description: '',
        urls: [],
        sources: [{ file: 'a.rst', line: 3 }],
      },
      {
        id: 'engine',
        label: 'Engine',
        kind: 'technology',
        aliases: ['engine'],
        categories: ['runtime'],
        description: 'Runs things.',
        urls: ['https://example.org/'],
        sources: [{ file: 'a.rst', line: 2 }],
        x: 1.5,
        y: -2,
      },
    ],
    edges: [
      {
        id: 'engine--is-a--runtime',
        source: 'engine',
        target: 'runtime',
        type: 'IS_A',
        confidence: 0.5,
        evidence: [{ file: 'a.rst', line: 2, text: 'Engine is a runtime.' }],
      },
    ],
  };
}
