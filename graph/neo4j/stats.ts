/**
 * `GraphStore.stats` on Neo4j without reading the graph: relation counts come from Neo4j's count store (one
 * constant-time lookup per vocabulary type) and kind counts from the kind index. The API's health check calls this
 * on every request, so it must stay fast on large graphs.
 */
import type { GraphStats } from '../store.js';
import { ENTITY_KINDS, RELATION_TYPES } from '../types.js';
import type { EntityKind, RelationType } from '../types.js';
import type { Neo4jConnection } from './connection.js';
import { relationTypeIdentifier } from './vocabulary.js';

// `WITH count(r)` before the key is projected, or the planner scans relationships instead of the count store.
const EDGE_COUNTS = RELATION_TYPES.map(
  (type) =>
    `MATCH (:Entity)-[r:${relationTypeIdentifier(type)}]->() WITH count(r) AS count RETURN '${type}' AS key, count`,
).join(' UNION ALL ');

const NODE_COUNTS = `UNWIND $kinds AS kind
  RETURN kind AS key, COUNT { MATCH (n:Entity {kind: kind}) } AS count`;

export async function graphStats(connection: Neo4jConnection): Promise<GraphStats> {
  const kindRows = await connection.read(NODE_COUNTS, { kinds: [...ENTITY_KINDS] });
  const typeRows = await connection.read(EDGE_COUNTS);
  const nodesByKind: GraphStats['nodesByKind'] = {};
  const edgesByType: GraphStats['edgesByType'] = {};
  let nodes = 0;
  let edges = 0;
  for (const row of kindRows) {
    const count = Number(row.count);
    nodes += count;
    if (count > 0) nodesByKind[row.key as EntityKind] = count;
  }
  for (const row of typeRows) {
    const count = Number(row.count);
    edges += count;
    if (count > 0) edgesByType[row.key as RelationType] = count;
  }
  return { nodes, edges, nodesByKind, edgesByType };
}
