/**
 * A stable layout for a graph: seeded initial positions, ForceAtlas2 over the nodes that have edges, the others on a
 * ring around them, then noverlap, stored as `x, y` on the nodes so the viewer paints at once and screenshots repeat. Pure: the same graph and options always give the same positions,
 * whatever the order of nodes and edges in the input.
 *
 * Call it where a graph is built or loaded for serving (after ingest resolves the graph, before it is written), so
 * every consumer gets the same picture; the viewer only lays out graphs that arrive without positions.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { extent, ringPositions } from './layout-ring.js';
import type { GraphData, GraphNode } from './types.js';

export interface LayoutOptions {
  /** Changes the initial positions, hence the picture; default 1. */
  seed?: number;
  /** ForceAtlas2 iterations; default chosen by size (more for small graphs, fewer for large ones). */
  iterations?: number;
}

/** Returns a copy of the graph whose nodes all carry `x, y` (rounded to 1/100 so the JSON stays byte-stable). */
export function layoutGraph(data: GraphData, options: LayoutOptions = {}): GraphData {
  const seed = options.seed ?? 1;
  const nodes = [...data.nodes].sort((a, b) => compareIds(a.id, b.id));
  const ids = new Set(nodes.map((node) => node.id));
  const pairs = data.edges
    .filter((edge) => edge.source !== edge.target && ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => (compareIds(edge.source, edge.target) < 0 ? [edge.source, edge.target] : [edge.target, edge.source]))
    .sort((a, b) => compareIds(a[0]!, b[0]!) || compareIds(a[1]!, b[1]!));
  const linked = new Set(pairs.flat());
  // Only linked nodes go through the force layout; the rest are ringed around it afterwards (see layout-ring.ts).
  const core = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const spread = Math.sqrt(linked.size) * 10;
  for (const node of nodes) {
    if (!linked.has(node.id)) continue;
    const [u, v] = seededPair(node.id, seed);
    core.addNode(node.id, { x: (u - 0.5) * spread, y: (v - 0.5) * spread, size: 1 });
  }
  for (const [source, target] of pairs) core.mergeEdge(source!, target!);
  for (const node of core.nodes()) core.setNodeAttribute(node, 'size', 1 + Math.sqrt(core.degree(node)));
  if (core.order > 1) {
    const iterations = options.iterations ?? defaultIterations(core.order);
    const settings = { ...forceAtlas2.inferSettings(core), barnesHutOptimize: core.order > 2000 };
    forceAtlas2.assign(core, { iterations, settings });
  }

  const graph = core.copy();
  const loners = nodes.filter((node) => !graph.hasNode(node.id));
  const placed = core.mapNodes((_node, attributes) => ({ x: attributes.x as number, y: attributes.y as number }));
  const { centre, radius } = extent(placed);
  const ring = ringPositions(loners.length, centre, radius, mulberry32(seed)());
  loners.forEach((node, rank) => graph.addNode(node.id, { ...ring[rank], size: 1 }));
  if (graph.order > 1) {
    withSeededRandom(seed, () => noverlap.assign(graph, { maxIterations: 50, settings: { margin: 1, ratio: 1.2 } }));
  }

  const positioned = data.nodes.map((node): GraphNode => ({
    ...node,
    x: round(graph.getNodeAttribute(node.id, 'x') as number),
    y: round(graph.getNodeAttribute(node.id, 'y') as number),
  }));
  return { ...data, nodes: positioned };
}

/**
 * ForceAtlas2 settles small graphs in a few hundred iterations; each iteration costs the square of the node count,
 * and past a few hundred nodes 150 iterations draw the same picture as 300, so the count falls as graphs grow.
 */
function defaultIterations(order: number): number {
  if (order <= 150) return 300;
  if (order <= 10_000) return Math.max(100, Math.round(45_000 / order));
  return 40;
}

function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two numbers in [0, 1) from a node id and the seed, so a node's start does not depend on its neighbours. */
function seededPair(id: string, seed: number): [number, number] {
  const random = mulberry32(fnv1a(id) ^ Math.imul(seed, 0x9e3779b1));
  return [random(), random()];
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** noverlap jitters nodes that sit exactly on each other with Math.random; seed it so the result repeats. */
function withSeededRandom(seed: number, run: () => void): void {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    run();
  } finally {
    Math.random = original;
  }
}
