/**
 * `GraphStore.path` on Neo4j. `shortestPath` finds the length (or that there is none); the path the contract asks
 * for, the smallest node id sequence among the shortest ones, is then walked from the start: at each step, the
 * smallest-id neighbour that still lies on a shortest path (its own shortest path to the end is one step shorter).
 * Choosing the smallest valid node at every step gives the smallest sequence, element by element.
 */
import neo4j from 'neo4j-driver';
import type { GraphPath } from '../store.js';
import type { Neo4jConnection, Row } from './connection.js';
import { edgeFromStored, nodeFromProperties } from './properties.js';
import type { StoredEdge } from './properties.js';
import { EDGE_FIELDS } from './queries.js';

export async function shortestEntityPath(
  connection: Neo4jConnection,
  from: string,
  to: string,
  types: string,
): Promise<GraphPath | null> {
  const [ends] = await connection.read(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) RETURN a {.*} AS a, b {.*} AS b`,
    { from, to },
  );
  if (!ends) return null;
  if (from === to) return { nodes: [nodeFromProperties(ends.a as Row)], edges: [] };
  const [found] = await connection.read(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = shortestPath((a)-[${types}*]-(b))
     RETURN length(p) AS length`,
    { from, to },
  );
  if (!found) return null;
  const length = Number(found.length);
  const nodes = [nodeFromProperties(ends.a as Row)];
  const edges = [];
  let current = from;
  for (let remaining = length - 1; remaining >= 0; remaining--) {
    const step = await nextStep(connection, current, to, types, remaining);
    // A step can only go missing if the graph changed since the length was measured.
    if (!step) return null;
    nodes.push(nodeFromProperties(step.node as Row));
    edges.push(edgeFromStored(step.edge as StoredEdge));
    current = String((step.node as Row).id);
  }
  return { nodes, edges };
}

/** The smallest-id neighbour of `current` whose shortest path to `to` has `remaining` steps, and the edge to it. */
async function nextStep(
  connection: Neo4jConnection,
  current: string,
  to: string,
  types: string,
  remaining: number,
): Promise<Row | undefined> {
  const query =
    remaining === 0
      ? `MATCH (c:Entity {id: $current})-[r${types}]-(n:Entity {id: $to})
         WITH n, r ORDER BY r.id LIMIT 1
         RETURN n {.*} AS node, ${EDGE_FIELDS} AS edge`
      : // The length test sits after WITH: as a predicate on shortestPath it would force an exhaustive search.
        // Sorting the candidates first lets the planner drop the later sort and stop at the first valid one, so
        // a hub's neighbours are not all searched from.
        `MATCH (c:Entity {id: $current})-[${types}]-(n:Entity), (b:Entity {id: $to})
         WHERE n <> b AND n <> c
         WITH DISTINCT n, b ORDER BY n.id
         MATCH p = shortestPath((n)-[${types}*]-(b))
         WITH n, length(p) AS length WHERE length = $remaining
         WITH n ORDER BY n.id LIMIT 1
         MATCH (:Entity {id: $current})-[r${types}]-(n)
         WITH n, r ORDER BY r.id LIMIT 1
         RETURN n {.*} AS node, ${EDGE_FIELDS} AS edge`;
  const [row] = await connection.read(query, { current, to, remaining: neo4j.int(remaining) });
  return row;
}
