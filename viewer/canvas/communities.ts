/** Louvain communities for the optional colouring, computed on first use with a seeded generator so they repeat. */
import louvain from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type { ViewerGraph } from './model.js';

export function assignCommunities(graph: ViewerGraph): void {
  if (graph.someNode((_node, attributes) => attributes.community !== undefined)) return;
  // Louvain refuses multi and mixed graphs: run it on the simple undirected shadow of the graph.
  const simple = new UndirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) simple.mergeEdge(source, target);
  });
  const communities = louvain(simple, { rng: seeded(42) });
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'community', communities[node] ?? 0));
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
