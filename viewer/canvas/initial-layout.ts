/**
 * Positions for nodes that arrived without any (graphs not laid out by graph/layout.ts): seeded from the node id so
 * every load gives the same picture, then a bounded ForceAtlas2 run when the graph is small enough to do it at once.
 * Large graphs keep the seeded spread; the re-layout button improves them in a worker.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type Graph from 'graphology';

const SYNC_LAYOUT_LIMIT = 2000;

export function placeMissingNodes(graph: Graph): void {
  const missing = graph.filterNodes(
    (_node, attributes) => !Number.isFinite(attributes.x) || !Number.isFinite(attributes.y),
  );
  if (missing.length === 0) return;
  const spread = Math.sqrt(graph.order) * 10;
  for (const node of missing) {
    const [u, v] = seededPair(node);
    graph.mergeNodeAttributes(node, { x: (u - 0.5) * spread, y: (v - 0.5) * spread });
  }
  if (missing.length === graph.order && graph.order > 1 && graph.order <= SYNC_LAYOUT_LIMIT) {
    forceAtlas2.assign(graph, { iterations: 60, settings: forceAtlas2.inferSettings(graph) });
  }
}

function seededPair(id: string): [number, number] {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  let state = hash >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return [next(), next()];
}
