/** The in-memory graph the MemoryStore queries: graphology, node attributes = GraphNode, edge attributes = GraphEdge. */
import { MultiDirectedGraph } from 'graphology';
import type { GraphEdge, GraphNode } from './types.js';

// graphology wants index-signature attribute types; the contract's interfaces have none.
export type NodeAttributes = GraphNode & Record<string, unknown>;
export type EdgeAttributes = GraphEdge & Record<string, unknown>;
export type InfraGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createInfraGraph(): InfraGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}

/** The node at the other end of an edge; the node itself for a self-loop. */
export function otherEnd(node: string, source: string, target: string): string {
  return source === node ? target : source;
}
