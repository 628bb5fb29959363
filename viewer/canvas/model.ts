/**
 * GraphData (the API's JSON) → the graphology graph sigma draws. Display attributes are derived here once: colour
 * by kind, size by degree, arrow or line by whether the relation has a direction. The relation type is stored as
 * `relation` because sigma reads `type` as the name of the edge program.
 */
import { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import { SYMMETRIC_RELATIONS } from '../../graph/types.js';
import type { EntityKind, GraphData, RelationType } from '../../graph/types.js';
import { KIND_COLORS, RELATION_COLORS } from './colors.js';
import { placeMissingNodes } from './initial-layout.js';

/** Above this many edges, arrowheads cost more frames than they are worth: every edge is drawn as a line. */
export const ARROW_LIMIT = 50_000;

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  x: number;
  y: number;
  size: number;
  color: string;
  community?: number;
}

export interface EdgeAttributes {
  relation: RelationType;
  type: 'arrow' | 'line';
  color: string;
  size: number;
}

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;
export type ViewerSigma = Sigma<NodeAttributes, EdgeAttributes>;

export function buildGraph(data: GraphData): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const node of data.nodes) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, {
      label: node.label,
      kind: node.kind,
      x: node.x ?? Number.NaN,
      y: node.y ?? Number.NaN,
      size: 1,
      color: KIND_COLORS[node.kind] ?? '#666',
    });
  }
  for (const edge of data.edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      relation: edge.type,
      type: SYMMETRIC_RELATIONS.has(edge.type) || data.edges.length > ARROW_LIMIT ? 'line' : 'arrow',
      color: RELATION_COLORS[edge.type] ?? '#999',
      size: 1,
    });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', nodeSize(graph.degree(node))));
  placeMissingNodes(graph);
  return graph;
}

/** Grows with the square root of the degree so hubs stand out without covering their neighbours. */
export function nodeSize(degree: number): number {
  return Math.min(18, 3 + 1.6 * Math.sqrt(degree));
}
