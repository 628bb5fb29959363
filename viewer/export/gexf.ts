/** GEXF 1.3 of a subgraph (graphology-gexf does the XML and its escaping), with positions, colours and sizes. */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { GraphData } from '../../graph/types.js';
import { KIND_COLORS } from '../canvas/colors.js';
import { nodeSize } from '../canvas/model.js';

export function toGexf(data: GraphData): string {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  const degree = new Map<string, number>();
  for (const edge of data.edges)
    for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  for (const node of data.nodes) {
    graph.addNode(node.id, {
      label: node.label,
      kind: node.kind,
      categories: node.categories.join('; '),
      aliases: node.aliases.join('; '),
      x: node.x ?? 0,
      y: node.y ?? 0,
      size: nodeSize(degree.get(node.id) ?? 0),
      color: KIND_COLORS[node.kind],
    });
  }
  for (const edge of data.edges) {
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      label: edge.type,
      relation: edge.type,
      confidence: edge.confidence,
    });
  }
  return write(graph, { pretty: true });
}
