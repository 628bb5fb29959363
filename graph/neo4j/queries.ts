/** Cypher fragments shared by the Neo4j store's queries. */

/** A relationship `r` as a map with the fields of properties.ts's StoredEdge. */
export const EDGE_FIELDS = `{id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r),
  confidence: r.confidence, evidence: r.evidence}`;
