/** Read-only facts about the loaded graph that panels need without another request. */
import type { GraphData, GraphNode, RelationType } from '../graph/types.js';
import { RELATION_TYPES } from '../graph/types.js';

export interface GraphLookup {
  has(id: string): boolean;
  node(id: string): GraphNode | undefined;
  labelOf(id: string): string;
  aliasesOf(id: string): readonly string[];
  /** Relation types present in the graph, in vocabulary order. */
  relationTypes(): RelationType[];
}

export function createLookup(data: GraphData): GraphLookup {
  const nodes = new Map(data.nodes.map((node) => [node.id, node]));
  const present = new Set(data.edges.map((edge) => edge.type));
  return {
    has: (id) => nodes.has(id),
    node: (id) => nodes.get(id),
    labelOf: (id) => nodes.get(id)?.label ?? id,
    aliasesOf: (id) => nodes.get(id)?.aliases ?? [],
    relationTypes: () => RELATION_TYPES.filter((type) => present.has(type)),
  };
}

/** A lookup that keeps answering through the same object when a live update brings a new graph. */
export function createLiveLookup(data: GraphData): { lookup: GraphLookup; replace(data: GraphData): void } {
  let current = createLookup(data);
  return {
    lookup: {
      has: (id) => current.has(id),
      node: (id) => current.node(id),
      labelOf: (id) => current.labelOf(id),
      aliasesOf: (id) => current.aliasesOf(id),
      relationTypes: () => current.relationTypes(),
    },
    replace: (next) => void (current = createLookup(next)),
  };
}
