/**
 * Graphs for the GraphStore contract suite: the small hand-made graph (made-up names), a generated graph of many
 * look-alike nodes for limits and ties, and the order every store's export() must give.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphStore } from '../../../graph/store.js';
import type { GraphData, GraphEdge, GraphNode, RelationType } from '../../../graph/types.js';

const SMALL = fileURLToPath(new URL('../../fixtures/graphs/small.json', import.meta.url));

/** A fresh copy each call, so no test can change what the next one loads. */
export function smallGraph(): GraphData {
  return JSON.parse(readFileSync(SMALL, 'utf8')) as GraphData;
}

export function smallNode(id: string): GraphNode {
  const node = smallGraph().nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`small.json has no node ${id}`);
  return node;
}

export function smallEdge(id: string): GraphEdge {
  const edge = smallGraph().edges.find((candidate) => candidate.id === id);
  if (!edge) throw new Error(`small.json has no edge ${id}`);
  return edge;
}

/**
 * `count` technologies in a chain of USES edges; labels run against ids ("widget-001" is "Widget <count>"), so
 * an order by id cannot pass for the order by label.
 */
export function widgetGraph(count: number): GraphData {
  const id = (index: number): string => `widget-${String(index).padStart(3, '0')}`;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let index = 1; index <= count; index++) {
    nodes.push({
      id: id(index),
      label: `Widget ${String(count + 1 - index).padStart(3, '0')}`,
      kind: 'technology',
      aliases: [],
      categories: ['Gadget'],
      description: 'A widget.',
      urls: [],
      sources: [{ file: 'widgets.rst', line: index }],
    });
    if (index > 1) {
      const type: RelationType = 'USES';
      edges.push({
        id: `${id(index)}--uses--${id(index - 1)}`,
        source: id(index),
        target: id(index - 1),
        type,
        confidence: 0.5,
        evidence: [],
      });
    }
  }
  return { version: 1, documents: [{ file: 'widgets.rst', sections: [] }], nodes, edges };
}

export function emptyGraph(): GraphData {
  return { version: 1, documents: [], nodes: [], edges: [] };
}

/** What export() must equal for a loaded graph: documents by file, nodes and edges by id (code unit order). */
export function exportOrder(graph: GraphData): GraphData {
  const byKey =
    <T>(key: (item: T) => string) =>
    (a: T, b: T): number =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  return {
    version: graph.version,
    documents: [...graph.documents].sort(byKey((document) => document.file)),
    nodes: [...graph.nodes].sort(byKey((node) => node.id)),
    edges: [...graph.edges].sort(byKey((edge) => edge.id)),
  };
}

/** The store under test, set by the suite's beforeAll. */
export type CurrentStore = () => GraphStore;

export const ids = (items: readonly { id: string }[]): string[] => items.map((item) => item.id);
