import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../graph/layout.js';
import type { GraphData } from '../../graph/types.js';
import { syntheticGraph } from '../viewer/support/graphs.js';
import { smallGraph } from './fixtures.js';

function positions(data: GraphData): Record<string, [number, number]> {
  return Object.fromEntries(data.nodes.map((node) => [node.id, [node.x!, node.y!]]));
}

function shuffled(data: GraphData): GraphData {
  return { ...data, nodes: [...data.nodes].reverse(), edges: [...data.edges].reverse() };
}

describe('layoutGraph', () => {
  const graph = syntheticGraph(150, 300, false);

  it('gives every node finite, rounded coordinates and keeps everything else', () => {
    const laidOut = layoutGraph(graph);
    expect(laidOut.nodes).toHaveLength(150);
    expect(laidOut.edges).toBe(graph.edges);
    for (const node of laidOut.nodes) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
      expect(Math.round(node.x! * 100) / 100).toBe(node.x);
    }
    expect(laidOut.nodes.map((node) => node.id)).toEqual(graph.nodes.map((node) => node.id));
  });

  it.each([
    ['the same input', (data: GraphData) => data],
    ['nodes and edges in another order', shuffled],
    ['a deep copy', (data: GraphData) => structuredClone(data)],
  ])('repeats exactly for %s', (_name, variant) => {
    expect(positions(layoutGraph(variant(graph)))).toEqual(positions(layoutGraph(graph)));
  });

  it('ignores positions already present and changes with the seed', () => {
    const once = layoutGraph(graph);
    expect(positions(layoutGraph(once))).toEqual(positions(once));
    expect(positions(layoutGraph(graph, { seed: 2 }))).not.toEqual(positions(once));
  });

  it('spreads nodes apart (no two nodes on the same spot)', () => {
    const spots = new Set(layoutGraph(graph).nodes.map((node) => `${node.x},${node.y}`));
    expect(spots.size).toBe(150);
  });

  it('rings nodes without edges around the nodes the force layout placed, each on its own spot', () => {
    const sparse = syntheticGraph(120, 40, false);
    const linked = new Set(sparse.edges.flatMap((edge) => [edge.source, edge.target]));
    const laidOut = layoutGraph(sparse).nodes;
    const inner = laidOut.filter((node) => linked.has(node.id));
    const outer = laidOut.filter((node) => !linked.has(node.id));
    expect(inner.length).toBeGreaterThan(20);
    expect(outer.length).toBeGreaterThan(20);
    const centre = {
      x: inner.reduce((sum, node) => sum + node.x!, 0) / inner.length,
      y: inner.reduce((sum, node) => sum + node.y!, 0) / inner.length,
    };
    const distance = (node: { x?: number; y?: number }) => Math.hypot(node.x! - centre.x, node.y! - centre.y);
    expect(Math.min(...outer.map(distance))).toBeGreaterThan(Math.max(...inner.map(distance)));
    expect(new Set(laidOut.map((node) => `${node.x},${node.y}`)).size).toBe(120);
  });

  it('spreads a graph without edges over distinct spots', () => {
    const loose = { ...syntheticGraph(40, 0, false), edges: [] };
    const spots = new Set(layoutGraph(loose).nodes.map((node) => `${node.x},${node.y}`));
    expect(spots.size).toBe(40);
  });

  it.each([
    ['an empty graph', { ...smallGraph(), nodes: [], edges: [] }, 0],
    ['a small graph with a stored position', smallGraph(), 2],
  ])('handles %s', (_name, data, count) => {
    const laidOut = layoutGraph(data);
    expect(laidOut.nodes).toHaveLength(count);
    for (const node of laidOut.nodes) expect(Number.isFinite(node.x)).toBe(true);
  });

  it('leaves Math.random as it was', () => {
    const before = Math.random;
    layoutGraph(graph);
    expect(Math.random).toBe(before);
  });
});
