import { describe, expect, it } from 'vitest';
import {
  documentFromProperties,
  documentRow,
  edgeFromStored,
  entityRow,
  nodeFromProperties,
  relationRow,
} from '../../../graph/neo4j/properties.js';
import { smallGraph } from '../contract/fixture.js';

describe('entityRow', () => {
  it('stores name keys, joined aliases and categories for the indexes, nested values as JSON', () => {
    expect(
      entityRow({
        id: 'zephyr-orchestrator',
        label: 'Zephyr Orchestrator',
        kind: 'technology',
        aliases: ['Z8R', 'zephyr-orchestrator', 'Zephyr'],
        categories: ['Workload orchestrator'],
        description: 'Runs things.',
        urls: ['https://example.org/'],
        sources: [{ file: 'a.rst', line: 3 }],
      }),
    ).toEqual({
      id: 'zephyr-orchestrator',
      label: 'Zephyr Orchestrator',
      kind: 'technology',
      aliases: ['Z8R', 'zephyr-orchestrator', 'Zephyr'],
      categories: ['Workload orchestrator'],
      description: 'Runs things.',
      urls: ['https://example.org/'],
      sources: '[{"file":"a.rst","line":3}]',
      x: null,
      y: null,
      nameKeys: 'zephyrorchestrator z8r zephyr',
      aliasText: 'Z8R \n zephyr-orchestrator \n Zephyr',
      categoryText: 'Workload orchestrator',
    });
  });
});

describe('round trips through stored properties', () => {
  const graph = smallGraph();

  it.each(graph.nodes.map((node) => [node.id, node] as const))('keeps node %s', (_id, node) => {
    const stored = Object.fromEntries(Object.entries(entityRow(node)).filter(([, value]) => value !== null));
    expect(nodeFromProperties(stored)).toEqual(node);
  });

  it.each(graph.edges.map((edge) => [edge.id, edge] as const))('keeps edge %s', (_id, edge) => {
    expect(edgeFromStored({ ...relationRow(edge), type: edge.type })).toEqual(edge);
  });

  it.each(graph.documents.map((document) => [document.file, document] as const))('keeps document %s', (_f, doc) => {
    expect(documentFromProperties({ ...documentRow(doc) })).toEqual(doc);
  });

  it('leaves an absent position absent', () => {
    const node = nodeFromProperties({ id: 'a', label: 'A', kind: 'concept', aliases: [], sources: '[]' });
    expect(node).not.toHaveProperty('x');
    expect(node).toEqual({
      id: 'a',
      label: 'A',
      kind: 'concept',
      aliases: [],
      categories: [],
      description: '',
      urls: [],
      sources: [],
    });
  });
});
