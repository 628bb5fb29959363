/** Entities with their relations, as `GraphStore.entity` and `compare` give them, in one query for several ids. */
import { compareRelations } from '../entity-relations.js';
import type { EntityRelation, EntityWithRelations } from '../store.js';
import type { EntityKind } from '../types.js';
import type { Neo4jConnection, Row } from './connection.js';
import { edgeFromStored, nodeFromProperties } from './properties.js';
import type { StoredEdge } from './properties.js';
import { EDGE_FIELDS } from './queries.js';

interface StoredRelation {
  edge: StoredEdge;
  other: { id: string; label: string; kind: string };
}

/** The entities found among `ids`, keyed by id; ids the graph does not hold are absent. */
export async function entitiesWithRelations(
  connection: Neo4jConnection,
  ids: readonly string[],
): Promise<Map<string, EntityWithRelations>> {
  // An undirected pattern meets a self-loop once, which is how the contract lists it.
  const rows = await connection.read(
    `UNWIND $ids AS wanted
     MATCH (e:Entity {id: wanted})
     OPTIONAL MATCH (e)-[r]-(o:Entity)
     WITH e, collect(CASE WHEN r IS NULL THEN null
       ELSE {edge: ${EDGE_FIELDS}, other: {id: o.id, label: o.label, kind: o.kind}} END) AS relations
     RETURN e {.*} AS entity, relations`,
    { ids: [...ids] },
  );
  const found = new Map<string, EntityWithRelations>();
  for (const row of rows) {
    const node = nodeFromProperties(row.entity as Row);
    const relations = (row.relations as StoredRelation[]).map((stored) => relationOf(node.id, stored));
    found.set(node.id, { ...node, relations: relations.sort(compareRelations) });
  }
  return found;
}

function relationOf(id: string, { edge: stored, other }: StoredRelation): EntityRelation {
  const edge = edgeFromStored(stored);
  return {
    type: edge.type,
    direction: edge.source === id ? 'out' : 'in',
    edgeId: edge.id,
    other: { id: other.id, label: other.label, kind: other.kind as EntityKind },
    confidence: edge.confidence,
    evidence: edge.evidence,
  };
}
