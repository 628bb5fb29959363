/**
 * The benchmark's baseline: graphology + sigma and nothing else, drawing the same graph as the viewer (colours by
 * kind, size by degree, arrows) with hover dimming done as in sigma's reducer example.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';

interface BareGraph {
  nodes: { id: string; label: string; kind: string; x?: number; y?: number }[];
  edges: { id: string; source: string; target: string }[];
}

const COLORS: Record<string, string> = {
  technology: '#2f6fdf',
  standard: '#d9822b',
  organisation: '#7b4fc9',
  language: '#1f9d6b',
  category: '#8a8f98',
  concept: '#c94f7c',
};

const response = await fetch('api/graph');
const data = (await response.json()) as BareGraph;
performance.mark('graph-loaded');
const graph = new MultiDirectedGraph();
for (const node of data.nodes)
  graph.addNode(node.id, {
    label: node.label,
    x: node.x ?? Math.random(),
    y: node.y ?? Math.random(),
    size: 1,
    color: COLORS[node.kind] ?? '#666',
  });
for (const edge of data.edges)
  graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { color: '#b8bcc4', size: 1 });
graph.forEachNode((node) =>
  graph.setNodeAttribute(node, 'size', Math.min(18, 3 + 1.6 * Math.sqrt(graph.degree(node)))),
);

let hovered: string | null = null;
let neighbours = new Set<string>();
const sigma = new Sigma(graph, document.getElementById('sigma')!, {
  defaultEdgeType: 'arrow',
  nodeReducer: (node, attributes) =>
    hovered !== null && node !== hovered && !neighbours.has(node)
      ? { ...attributes, color: '#e3e5e8', label: '' }
      : attributes,
  edgeReducer: (edge, attributes) =>
    hovered !== null && !graph.extremities(edge).includes(hovered) ? { ...attributes, color: '#eff0f2' } : attributes,
});

performance.mark('canvas-created');

function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
}

void afterPaint().then((time) => {
  document.body.dataset.firstFrame = String(time);
});

Object.assign(window, {
  benchHover: async (node: string | null) => {
    const start = performance.now();
    hovered = node;
    neighbours = new Set(node === null ? [] : graph.neighbors(node));
    sigma.refresh({ skipIndexation: true });
    return (await afterPaint()) - start;
  },
});
