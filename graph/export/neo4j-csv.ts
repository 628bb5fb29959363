/**
 * Graph → the two CSV files `neo4j-admin database import full` reads: `--nodes=nodes.csv
 * --relationships=relationships.csv` (add `--multiline-fields=true` when descriptions span lines). Fields are quoted
 * RFC 4180 style (quotes doubled), arrays use neo4j-admin's default `;` delimiter, evidence is a JSON string.
 */
import { byId } from '../order.js';
import type { GraphData, GraphEdge, GraphNode } from '../types.js';

export interface Neo4jCsvFiles {
  'nodes.csv': string;
  'relationships.csv': string;
}

export const NODE_HEADER = 'id:ID,:LABEL,label,kind,aliases:string[],categories:string[],description,urls:string[]';
export const RELATIONSHIP_HEADER = ':START_ID,:END_ID,:TYPE,id,confidence:float,evidence';

/** The label every entity gets, as `infragraph load` gives it, so the API can serve an imported database. */
const ENTITY_LABEL = 'Entity';
const ARRAY_DELIMITER = ';';

/** A value neo4j-admin would read differently from what the graph holds; the message names the entity. */
export class CsvExportError extends Error {
  override readonly name = 'CsvExportError';
}

export function toNeo4jCsv(graph: GraphData): Neo4jCsvFiles {
  return {
    'nodes.csv': csvText(NODE_HEADER, [...graph.nodes].sort(byId).map(nodeRecord)),
    'relationships.csv': csvText(RELATIONSHIP_HEADER, [...graph.edges].sort(byId).map(relationshipRecord)),
  };
}

function nodeRecord(node: GraphNode): string[] {
  return [
    node.id,
    ENTITY_LABEL,
    node.label,
    node.kind,
    arrayField(node, 'aliases'),
    arrayField(node, 'categories'),
    node.description,
    arrayField(node, 'urls'),
  ];
}

function relationshipRecord(edge: GraphEdge): string[] {
  const evidence = edge.evidence.map(({ file, line, text }) => ({ file, line, text }));
  return [edge.source, edge.target, edge.type, edge.id, String(edge.confidence), JSON.stringify(evidence)];
}

// neo4j-admin has no escape for the array delimiter inside an element: refuse rather than split a name in two.
function arrayField(node: GraphNode, field: 'aliases' | 'categories' | 'urls'): string {
  const values = node[field];
  const bad = values.find((value) => value.includes(ARRAY_DELIMITER));
  if (bad !== undefined) {
    throw new CsvExportError(
      `entity ${node.id}: ${field} value ${JSON.stringify(bad)} contains '${ARRAY_DELIMITER}', ` +
        `neo4j-admin's array delimiter`,
    );
  }
  return values.join(ARRAY_DELIMITER);
}

function csvText(header: string, records: string[][]): string {
  return [header, ...records.map((record) => record.map(quoteField).join(','))].join('\n') + '\n';
}

/** Every field quoted: neo4j-admin then reads an empty string as empty rather than as a missing value. */
export function quoteField(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}
