// The neo4j-admin import CSVs, read back with a small RFC 4180 reader.
import { describe, expect, it } from 'vitest';
import { NODE_HEADER, RELATIONSHIP_HEADER, toNeo4jCsv } from '../../../graph/export/neo4j-csv.js';
import type { GraphData } from '../../../graph/types.js';
import { HOSTILE_TEXT, hostileGraph, smallFixture } from './fixtures.js';

/** Records of a CSV text: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\n')) {
      field += char;
    } else {
      record.push(field);
      field = '';
      if (char === '\n') {
        records.push(record);
        record = [];
      }
    }
  }
  expect(field).toBe(''); // every record ends with a newline
  return records;
}

function rows(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(text);
  return records.map((record) => Object.fromEntries(header!.map((name, index) => [name, record[index]!])));
}

describe('toNeo4jCsv', () => {
  it.each<[string, () => GraphData]>([
    ['small fixture', smallFixture],
    ['hostile texts', hostileGraph],
  ])('writes one row per entity and relation of the %s, every field back as it was', (_name, make) => {
    const graph = make();
    const files = toNeo4jCsv(graph);
    expect(files['nodes.csv'].split('\n')[0]).toBe(NODE_HEADER);
    expect(files['relationships.csv'].split('\n')[0]).toBe(RELATIONSHIP_HEADER);
    const nodes = rows(files['nodes.csv']);
    const relationships = rows(files['relationships.csv']);
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(relationships).toHaveLength(graph.edges.length);
    for (const node of graph.nodes) {
      const row = nodes.find((candidate) => candidate['id:ID'] === node.id);
      expect(row).toEqual({
        'id:ID': node.id,
        ':LABEL': 'Entity',
        label: node.label,
        kind: node.kind,
        'aliases:string[]': node.aliases.join(';'),
        'categories:string[]': node.categories.join(';'),
        description: node.description,
        'urls:string[]': node.urls.join(';'),
      });
    }
    for (const edge of graph.edges) {
      const row = relationships.find((candidate) => candidate.id === edge.id)!;
      expect(row).toMatchObject({ ':START_ID': edge.source, ':END_ID': edge.target, ':TYPE': edge.type });
      expect(Number(row['confidence:float'])).toBe(edge.confidence);
      expect(JSON.parse(row.evidence!)).toEqual(edge.evidence);
    }
  });

  it('quotes commas, quotes and line breaks', () => {
    const line = toNeo4jCsv(hostileGraph())['nodes.csv'].split('\n')[1]!;
    expect(line.startsWith('"evil","Entity","It\'s ""quoted"", a back\\slash, <tag> & amp;')).toBe(true);
    expect(rows(toNeo4jCsv(hostileGraph())['nodes.csv'])[0]!.label).toBe(HOSTILE_TEXT);
  });

  it('refuses an array item containing the array delimiter, naming the entity', () => {
    const graph = hostileGraph();
    graph.nodes[0]!.aliases.push('a;b');
    expect(() => toNeo4jCsv(graph)).toThrow(`entity evil: aliases value "a;b" contains ';'`);
  });
});
