/** An entity's relations as `GraphStore.entity` lists them, in the documented order. */
import type { EntityRelation } from './store.js';
import type { InfraGraph } from './graph-model.js';
import { compareCodeUnits } from './order.js';

export function relationsOf(graph: InfraGraph, id: string): EntityRelation[] {
  const relations: EntityRelation[] = [];
  const seen = new Set<string>();
  graph.forEachEdge(id, (edgeId, edge, source, target) => {
    if (seen.has(edgeId)) return; // a self-loop is listed once
    seen.add(edgeId);
    const direction = source === id ? 'out' : 'in';
    const other = graph.getNodeAttributes(direction === 'out' ? target : source);
    relations.push({
      type: edge.type,
      direction,
      edgeId,
      other: { id: other.id, label: other.label, kind: other.kind },
      confidence: edge.confidence,
      evidence: edge.evidence.map(({ file, line, text }) => ({ file, line, text })),
    });
  });
  return relations.sort(compareRelations);
}

export function compareRelations(a: EntityRelation, b: EntityRelation): number {
  return (
    compareCodeUnits(a.type, b.type) ||
    compareCodeUnits(a.direction, b.direction) ||
    compareCodeUnits(a.other.label, b.other.label) ||
    compareCodeUnits(a.edgeId, b.edgeId)
  );
}
