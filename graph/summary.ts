/** Counts that describe a graph at a glance: what the CLI prints at the end of a run. */
import { ENTITY_KINDS, RELATION_TYPES } from './types.js';
import type { EntityKind, GraphData, RelationType } from './types.js';

export interface GraphSummary {
  documents: number;
  sections: number;
  entities: number;
  relations: number;
  /** Every kind, in ENTITY_KINDS order, zero included. */
  entitiesByKind: Record<EntityKind, number>;
  /** Every type, in RELATION_TYPES order, zero included. */
  relationsByType: Record<RelationType, number>;
}

export function summarizeGraph(graph: GraphData): GraphSummary {
  const entitiesByKind = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, 0])) as Record<EntityKind, number>;
  for (const node of graph.nodes) entitiesByKind[node.kind]++;
  const relationsByType = Object.fromEntries(RELATION_TYPES.map((type) => [type, 0])) as Record<RelationType, number>;
  for (const edge of graph.edges) relationsByType[edge.type]++;
  return {
    documents: graph.documents.length,
    sections: graph.documents.reduce((sum, document) => sum + document.sections.length, 0),
    entities: graph.nodes.length,
    relations: graph.edges.length,
    entitiesByKind,
    relationsByType,
  };
}
