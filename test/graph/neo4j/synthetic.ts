/** A generated graph for load and traversal checks on Neo4j: made-up names, random edges from a fixed seed. */
import { RELATION_TYPES } from '../../../graph/types.js';
import type { GraphData, GraphEdge, GraphNode } from '../../../graph/types.js';

/** mulberry32: a small seeded generator, so every run builds the same graph. */
function generator(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * below);
  };
}

/** `nodeCount` technologies and `edgeCount` edges between random pairs, every relation type used in turn. */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 42): GraphData {
  const random = generator(seed);
  const id = (index: number): string => `node-${String(index).padStart(5, '0')}`;
  const nodes: GraphNode[] = [];
  for (let index = 0; index < nodeCount; index++) {
    nodes.push({
      id: id(index),
      label: `Node ${index}`,
      kind: 'technology',
      aliases: [`n${index}`],
      categories: [`Group ${index % 40}`],
      description: `Synthetic node number ${index}.`,
      urls: [],
      sources: [{ file: 'synthetic.rst', line: index + 1 }],
    });
  }
  const edges: GraphEdge[] = [];
  for (let index = 0; index < edgeCount; index++) {
    edges.push({
      id: `edge-${String(index).padStart(6, '0')}`,
      source: id(random(nodeCount)),
      target: id(random(nodeCount)),
      type: RELATION_TYPES[index % RELATION_TYPES.length],
      confidence: 0.5,
      evidence: [{ file: 'synthetic.rst', line: index + 1, text: `Edge ${index}.` }],
    });
  }
  return { version: 1, documents: [{ file: 'synthetic.rst', sections: [] }], nodes, edges };
}
