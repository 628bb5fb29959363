/** The subgraph a person sees: what filters and focus leave visible, with the positions currently drawn. */
import type { GraphData } from '../../graph/types.js';
import type { ViewerGraph } from '../canvas/model.js';
import type { CanvasView } from '../canvas/view.js';

export function visibleSubgraph(
  data: GraphData,
  graph: ViewerGraph,
  view: Pick<CanvasView, 'hiddenNodes' | 'hiddenTypes'>,
): GraphData {
  const nodes = data.nodes
    .filter((node) => graph.hasNode(node.id) && !view.hiddenNodes.has(node.id))
    .map((node) => ({ ...node, x: graph.getNodeAttribute(node.id, 'x'), y: graph.getNodeAttribute(node.id, 'y') }));
  const kept = new Set(nodes.map((node) => node.id));
  const edges = data.edges.filter(
    (edge) => kept.has(edge.source) && kept.has(edge.target) && !view.hiddenTypes.has(edge.type),
  );
  const files = new Set(
    [...nodes.flatMap((node) => node.sources), ...edges.flatMap((edge) => edge.evidence)].map((ref) => ref.file),
  );
  return { ...data, documents: data.documents.filter((document) => files.has(document.file)), nodes, edges };
}
