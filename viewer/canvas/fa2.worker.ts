/**
 * ForceAtlas2 off the main thread: receives positions and edges, runs iterations in batches and posts positions
 * after each batch so the canvas can follow. A plain module worker (not graphology's Blob worker) so it loads under a
 * strict CSP (worker-src 'self').
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutRequest, LayoutProgress } from './relayout-messages.js';

const BATCH = 10;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, x, y, edges, iterations } = event.data;
  const graph = new Graph({ type: 'undirected' });
  nodes.forEach((node, index) => graph.addNode(node, { x: x[index], y: y[index] }));
  for (let index = 0; index < edges.length; index += 2) {
    const source = nodes[edges[index]!]!;
    const target = nodes[edges[index + 1]!]!;
    if (source !== target) graph.mergeEdge(source, target);
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 };
  for (let done = 0; done < iterations; done += BATCH) {
    forceAtlas2.assign(graph, { iterations: Math.min(BATCH, iterations - done), settings });
    const progress: LayoutProgress = {
      x: Float64Array.from(nodes, (node) => graph.getNodeAttribute(node, 'x') as number),
      y: Float64Array.from(nodes, (node) => graph.getNodeAttribute(node, 'y') as number),
      done: done + BATCH >= iterations,
    };
    self.postMessage(progress);
  }
};
