/**
 * Relations as readable sentences. One phrase per relation type, written once here so the API, `infragraph ask`
 * and the viewer explain edges the same way. A sentence always reads in the edge's own direction (its source is
 * the subject), so following a path backwards never turns "A is developed by B" into a false "B is developed by A".
 */
import type { GraphEdge, GraphNode, RelationType } from './types.js';
import { SYMMETRIC_RELATIONS } from './types.js';

/** "source <phrase> target". */
export const RELATION_PHRASES: Readonly<Record<RelationType, string>> = {
  IS_A: 'is a',
  PART_OF: 'is part of',
  USES: 'uses',
  BUILT_ON: 'is built on',
  IMPLEMENTS: 'implements',
  DISTRIBUTION_OF: 'is a distribution of',
  DEVELOPED_BY: 'is developed by',
  MANAGES: 'manages',
  SUPPORTS: 'supports',
  ALTERNATIVE_TO: 'is an alternative to',
  WRITTEN_IN: 'is written in',
  INTEGRATES_WITH: 'integrates with',
};

/** "Orchestrix uses zorpd". */
export function explainRelation(type: RelationType, subject: string, object: string): string {
  return `${subject} ${RELATION_PHRASES[type]} ${object}`;
}

/**
 * One sentence per edge of a path (`edges[i]` joins `nodes[i]` and `nodes[i + 1]`). Directed edges read from their
 * source; symmetric ones read in path order, which is just as true and easier to follow.
 */
export function explainPath(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string[] {
  const labels = new Map(nodes.map((node) => [node.id, node.label]));
  const labelOf = (id: string): string => labels.get(id) ?? id;
  return edges.map((edge, index) => {
    const walkedBackwards = edge.source !== nodes[index]?.id;
    if (walkedBackwards && SYMMETRIC_RELATIONS.has(edge.type)) {
      return explainRelation(edge.type, labelOf(edge.target), labelOf(edge.source));
    }
    return explainRelation(edge.type, labelOf(edge.source), labelOf(edge.target));
  });
}
