/**
 * Graph → an idempotent Cypher script (cypher-shell -f, Neo4j Browser): constraints, then one MERGE per entity and
 * per relation keyed by id, with every property SET, so running it twice leaves the same graph. Values are inlined
 * as Cypher literals (a script has no parameters); relationship types pass the closed vocabulary's allow-list.
 * One statement per line, each ending with `;`.
 */
import { relationTypeIdentifier } from '../neo4j/vocabulary.js';
import { byId } from '../order.js';
import type { GraphData, GraphEdge, GraphNode } from '../types.js';

const HEADER = [
  '// infragraph export: idempotent, safe to run again (cypher-shell -f graph.cypher)',
  'CREATE CONSTRAINT infragraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
];

export function toCypher(graph: GraphData): string {
  const lines = [
    ...HEADER,
    ...[...graph.nodes].sort(byId).map(entityStatement),
    ...[...graph.edges].sort(byId).map(relationStatement),
  ];
  return `${lines.join('\n')}\n`;
}

function entityStatement(node: GraphNode): string {
  const properties: [string, string][] = [
    ['label', stringLiteral(node.label)],
    ['kind', stringLiteral(node.kind)],
    ['aliases', listLiteral(node.aliases)],
    ['categories', listLiteral(node.categories)],
    ['description', stringLiteral(node.description)],
    ['urls', listLiteral(node.urls)],
    ['sources', stringLiteral(JSON.stringify(node.sources.map(({ file, line }) => ({ file, line }))))],
    // null removes the property, so a position dropped since the last run does not linger.
    ['x', node.x === undefined ? 'null' : floatLiteral(node.x)],
    ['y', node.y === undefined ? 'null' : floatLiteral(node.y)],
  ];
  return `MERGE (n:Entity {id: ${stringLiteral(node.id)}}) SET ${assignments('n', properties)};`;
}

function relationStatement(edge: GraphEdge): string {
  const evidence = JSON.stringify(edge.evidence.map(({ file, line, text }) => ({ file, line, text })));
  const properties: [string, string][] = [
    ['confidence', floatLiteral(edge.confidence)],
    ['evidence', stringLiteral(evidence)],
  ];
  return (
    `MATCH (a:Entity {id: ${stringLiteral(edge.source)}}), (b:Entity {id: ${stringLiteral(edge.target)}}) ` +
    `MERGE (a)-[r:${relationTypeIdentifier(edge.type)} {id: ${stringLiteral(edge.id)}}]->(b) ` +
    `SET ${assignments('r', properties)};`
  );
}

function assignments(variable: string, properties: readonly [string, string][]): string {
  return properties.map(([name, value]) => `${variable}.${name} = ${value}`).join(', ');
}

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * A single-quoted Cypher string: backslash, quote and line breaks escaped, every other control character (and the
 * Unicode line separators some tools split on) as \uXXXX, so a value can neither end the literal nor the line.
 */
export function stringLiteral(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  const escaped = value.replace(/[\\'\u0000-\u001F\u007F\u2028\u2029]/g, (char) => {
    return ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
  });
  return `'${escaped}'`;
}

function listLiteral(values: readonly string[]): string {
  return `[${values.map(stringLiteral).join(', ')}]`;
}

// A whole number still written as a float (1.0), so the property's type does not depend on the value.
export function floatLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}
