/** `GraphStore.neighbours` on graphology: a breadth-first walk in both directions over the allowed edge types. */
import type { Subgraph } from './store.js';
import type { RelationType } from './types.js';
import { cloneEdge, cloneNode } from './clone.js';
import { otherEnd } from './graph-model.js';
import type { InfraGraph } from './graph-model.js';
import { byId } from './order.js';

export function neighbourhood(
  graph: InfraGraph,
  start: string,
  depth: number,
  allowed: ReadonlySet<RelationType> | null,
): Subgraph {
  const reached = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_edgeId, edge, source, target) => {
        if (allowed && !allowed.has(edge.type)) return;
        const other = otherEnd(node, source, target);
        if (reached.has(other)) return;
        reached.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  // Out-edges only, so each edge between reached nodes is met once, from its source.
  const edges = [];
  for (const node of reached) {
    for (const { target, attributes } of graph.outEdgeEntries(node)) {
      if (reached.has(target) && (!allowed || allowed.has(attributes.type))) edges.push(cloneEdge(attributes));
    }
  }
  return {
    nodes: [...reached].map((id) => cloneNode(graph.getNodeAttributes(id))).sort(byId),
    edges: edges.sort(byId),
  };
}
