/**
 * Replacing the graph in Neo4j: schema first, then the old graph deleted and the new one written in batches of
 * UNWIND rows, so no transaction holds more than BATCH_SIZE changes however large the graph is. Not atomic: a
 * load that fails half-way leaves a partial graph, which the next load replaces.
 */
import neo4j from 'neo4j-driver';
import type { GraphData, GraphEdge, RelationType } from '../types.js';
import type { Neo4jConnection } from './connection.js';
import { documentRow, entityRow, relationRow } from './properties.js';
import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from './schema.js';
import { relationTypeIdentifier } from './vocabulary.js';

export const BATCH_SIZE = 1_000;

export async function replaceGraph(connection: Neo4jConnection, graph: GraphData): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await connection.write(statement);
  await deleteGraph(connection);
  for (const rows of batches(graph.documents.map(documentRow))) {
    await connection.write('UNWIND $rows AS row CREATE (d:Document) SET d = row', { rows });
  }
  for (const rows of batches(graph.nodes.map(entityRow))) {
    await connection.write('UNWIND $rows AS row CREATE (n:Entity) SET n = row', { rows });
  }
  for (const [type, edges] of edgesByType(graph.edges)) {
    const query = `UNWIND $rows AS row
      MATCH (a:Entity {id: row.source})
      MATCH (b:Entity {id: row.target})
      CREATE (a)-[r:${relationTypeIdentifier(type)}]->(b)
      SET r.id = row.id, r.confidence = row.confidence, r.evidence = row.evidence`;
    for (const rows of batches(edges.map(relationRow))) await connection.write(query, { rows });
  }
  for (const statement of AWAIT_INDEXES) await connection.write(statement);
}

/** Deletes what a load wrote (edges, entities, documents) and nothing else the database may hold. */
async function deleteGraph(connection: Neo4jConnection): Promise<void> {
  const limit = neo4j.int(BATCH_SIZE); // LIMIT wants an integer, and plain numbers travel as floats
  const statements = [
    'MATCH (:Entity)-[r]-() WITH DISTINCT r LIMIT $limit DELETE r RETURN count(*) AS deleted',
    'MATCH (n:Entity) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted',
    'MATCH (d:Document) WITH d LIMIT $limit DETACH DELETE d RETURN count(*) AS deleted',
  ];
  for (const statement of statements) {
    for (;;) {
      const [row] = await connection.write(statement, { limit });
      if (Number(row?.deleted ?? 0) < BATCH_SIZE) break;
    }
  }
}

function edgesByType(edges: readonly GraphEdge[]): Map<RelationType, GraphEdge[]> {
  const grouped = new Map<RelationType, GraphEdge[]>();
  for (const edge of edges) {
    const group = grouped.get(edge.type);
    if (group) group.push(edge);
    else grouped.set(edge.type, [edge]);
  }
  return grouped;
}

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) yield items.slice(start, start + BATCH_SIZE);
}
