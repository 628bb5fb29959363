// The MERGE script: literal escaping as a table, and the statements the small fixture gives.
import { describe, expect, it } from 'vitest';
import { floatLiteral, stringLiteral, toCypher } from '../../../graph/export/cypher.js';
import type { GraphData } from '../../../graph/types.js';
import { hostileGraph, smallFixture } from './fixtures.js';

describe('stringLiteral', () => {
  it.each([
    ['plain', `'plain'`],
    [`O'Brien`, `'O\\'Brien'`],
    ['back\\slash', `'back\\\\slash'`],
    ['"double"', `'"double"'`],
    ['two\nlines\r\n', `'two\\nlines\\r\\n'`],
    ['tab\there', `'tab\\there'`],
    ['nul\u0000 bell\u0007 del\u007F', `'nul\\u0000 bell\\u0007 del\\u007F'`],
    ['line\u2028separator', `'line\\u2028separator'`],
    [`'}) DETACH DELETE n //`, `'\\'}) DETACH DELETE n //'`],
    ['ünïcødé 🚀', `'ünïcødé 🚀'`],
  ])('%j → %s', (value, expected) => {
    expect(stringLiteral(value)).toBe(expected);
  });
});

describe('floatLiteral', () => {
  it.each([
    [1, '1.0'],
    [0.5, '0.5'],
    [-3.25, '-3.25'],
    [0, '0.0'],
  ])('%d → %s', (value, expected) => {
    expect(floatLiteral(value)).toBe(expected);
  });

  it('refuses what Cypher cannot write', () => {
    expect(() => floatLiteral(Number.NaN)).toThrow('not a finite number');
  });
});

describe('toCypher', () => {
  it('writes a constraint, then one MERGE per entity and per relation, one statement per line', () => {
    const graph: GraphData = smallFixture();
    const lines = toCypher(graph).trimEnd().split('\n');
    const statements = lines.filter((line) => !line.startsWith('//'));
    expect(statements.every((line) => line.endsWith(';'))).toBe(true);
    expect(statements.filter((line) => line.startsWith('CREATE CONSTRAINT'))).toHaveLength(1);
    expect(statements.filter((line) => line.startsWith('MERGE (n:Entity'))).toHaveLength(graph.nodes.length);
    expect(statements.filter((line) => line.startsWith('MATCH (a:Entity'))).toHaveLength(graph.edges.length);
  });

  it('keeps hostile text inside its literals', () => {
    const script = toCypher(hostileGraph());
    const evil = script.split('\n').find((line) => line.startsWith(`MERGE (n:Entity {id: 'evil'})`))!;
    expect(evil).toBe(
      `MERGE (n:Entity {id: 'evil'}) SET n.label = 'It\\'s "quoted", a back\\\\slash, <tag> & amp;\\nsecond line` +
        `\\r\\ttab, ünïcødé 🚀, }) DETACH DELETE n //', n.kind = 'technology', ` +
        `n.aliases = ['O\\'Brien', 'a,b', '"x"'], n.categories = ['back\\\\slash'], ` +
        `n.description = 'It\\'s "quoted", a back\\\\slash, <tag> & amp;\\nsecond line\\r\\ttab, ünïcødé 🚀, ` +
        `}) DETACH DELETE n //', n.urls = ['https://example.org/?a=1&b=2'], ` +
        `n.sources = '[{"file":"a.rst","line":1}]', n.x = 1.0, n.y = -2.5;`,
    );
    expect(script).toContain(
      `MATCH (a:Entity {id: 'evil'}), (b:Entity {id: 'plain'}) ` +
        `MERGE (a)-[r:ALTERNATIVE_TO {id: 'evil--alternative-to--plain'}]->(b) ` +
        `SET r.confidence = 0.25, r.evidence = '[]';`,
    );
  });

  it('writes relationship types only from the vocabulary', () => {
    const graph = hostileGraph();
    (graph.edges[0] as { type: string }).type = 'USES]->(b) DETACH DELETE b //';
    expect(() => toCypher(graph)).toThrow('not a relation type');
  });
});
