/**
 * `GraphStore.path` on graphology: breadth-first search ignoring direction, visiting new neighbours in id order.
 * That order makes the first path found the shortest path with the smallest node id sequence, as the contract
 * asks, and lets the search stop as soon as it reaches the target.
 */
import type { GraphPath } from './store.js';
import type { RelationType } from './types.js';
import { cloneEdge, cloneNode } from './clone.js';
import { otherEnd } from './graph-model.js';
import type { InfraGraph } from './graph-model.js';
import { compareCodeUnits } from './order.js';

interface Step {
  from: string;
  edgeId: string;
}

export function shortestPath(
  graph: InfraGraph,
  from: string,
  to: string,
  allowed: ReadonlySet<RelationType> | null,
): GraphPath | null {
  if (from === to) return { nodes: [cloneNode(graph.getNodeAttributes(from))], edges: [] };
  const steps = new Map<string, Step>();
  const visited = new Set([from]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    // Each unvisited neighbour, reached through the smallest allowed edge id.
    const fresh = new Map<string, string>();
    graph.forEachEdge(node, (edgeId, edge, source, target) => {
      if (allowed && !allowed.has(edge.type)) return;
      const other = otherEnd(node, source, target);
      if (visited.has(other)) return;
      const known = fresh.get(other);
      if (known === undefined || compareCodeUnits(edgeId, known) < 0) fresh.set(other, edgeId);
    });
    for (const other of [...fresh.keys()].sort(compareCodeUnits)) {
      visited.add(other);
      steps.set(other, { from: node, edgeId: fresh.get(other) as string });
      if (other === to) return pathTo(graph, to, steps);
      queue.push(other);
    }
  }
  return null;
}

function pathTo(graph: InfraGraph, to: string, steps: ReadonlyMap<string, Step>): GraphPath {
  const nodeIds = [to];
  const edgeIds: string[] = [];
  for (let step = steps.get(to); step; step = steps.get(step.from)) {
    nodeIds.push(step.from);
    edgeIds.push(step.edgeId);
  }
  return {
    nodes: nodeIds.reverse().map((id) => cloneNode(graph.getNodeAttributes(id))),
    edges: edgeIds.reverse().map((id) => cloneEdge(graph.getEdgeAttributes(id))),
  };
}
