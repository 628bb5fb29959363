/**
 * The "re-layout" button's work: ForceAtlas2 in a web worker, positions written back batch by batch. Returns a
 * stop function; starting again stops the previous run.
 */
import type { ViewerGraph } from './model.js';
import type { LayoutProgress, LayoutRequest } from './relayout-messages.js';

export function relayout(
  graph: ViewerGraph,
  onDone: () => void,
  iterations = defaultIterations(graph.order),
): () => void {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, position) => [node, position]));
  const edges = new Uint32Array(graph.size * 2);
  let cursor = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    edges[cursor++] = index.get(source)!;
    edges[cursor++] = index.get(target)!;
  });
  const request: LayoutRequest = {
    nodes,
    x: Float64Array.from(nodes, (node) => graph.getNodeAttribute(node, 'x')),
    y: Float64Array.from(nodes, (node) => graph.getNodeAttribute(node, 'y')),
    edges,
    iterations,
  };
  const worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutProgress>) => {
    const { x, y, done } = event.data;
    graph.updateEachNodeAttributes((node, attributes) => {
      const position = index.get(node)!;
      return { ...attributes, x: x[position]!, y: y[position]! };
    });
    if (done) stop();
  };
  let stopped = false;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    worker.terminate();
    onDone();
  }
  worker.postMessage(request, [request.x.buffer, request.y.buffer, request.edges.buffer]);
  return stop;
}

function defaultIterations(order: number): number {
  return order <= 2000 ? 200 : order <= 20_000 ? 60 : 20;
}
