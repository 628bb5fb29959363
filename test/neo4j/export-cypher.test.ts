// The exported MERGE script in a real Neo4j: run twice it gives the same counts, and hostile text arrives intact.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCypher } from '../../graph/export/cypher.js';
import { HOSTILE_TEXT, hostileGraph, smallFixture } from '../graph/export/fixtures.js';
import { startNeo4j } from './server.js';
import type { Neo4jServer } from './server.js';

let server: Neo4jServer | undefined;
let driver: Driver | undefined;

beforeAll(async () => {
  server = await startNeo4j();
  driver = neo4j.driver(server.uri);
}, 900_000);

afterAll(async () => {
  await driver?.close();
  await server?.stop();
});

/** Runs a script as cypher-shell would: one statement per line, comments skipped; schema first, data in one go. */
async function runScript(script: string): Promise<void> {
  const statements = script
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('//'))
    .map((line) => line.replace(/;$/, ''));
  const session = driver!.session();
  try {
    for (const statement of statements.filter((line) => line.startsWith('CREATE CONSTRAINT'))) {
      await session.run(statement);
    }
    await session.executeWrite(async (tx) => {
      for (const statement of statements.filter((line) => !line.startsWith('CREATE CONSTRAINT'))) {
        await tx.run(statement);
      }
    });
  } finally {
    await session.close();
  }
}

async function counts(): Promise<{ nodes: number; relationships: number; types: string[] }> {
  const { records } = await driver!.executeQuery(
    `MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->()
     RETURN count(DISTINCT n) AS nodes, count(r) AS relationships, collect(DISTINCT type(r)) AS types`,
  );
  const record = records[0]!;
  return {
    nodes: Number(record.get('nodes')),
    relationships: Number(record.get('relationships')),
    types: (record.get('types') as string[]).sort(),
  };
}

describe('the exported Cypher script', () => {
  it('gives the same graph when run twice', async () => {
    const graph = smallFixture();
    const script = toCypher(graph);
    await runScript(script);
    const first = await counts();
    expect(first).toEqual({
      nodes: graph.nodes.length,
      relationships: graph.edges.length,
      types: [...new Set(graph.edges.map((edge) => edge.type))].sort(),
    });
    await runScript(script);
    expect(await counts()).toEqual(first);
  });

  it('stores hostile text exactly as the graph holds it', async () => {
    await runScript(toCypher(hostileGraph()));
    const { records } = await driver!.executeQuery(
      `MATCH (n:Entity {id: 'evil'})-[r:USES]->(:Entity {id: 'plain'})
       RETURN n.label AS label, n.aliases AS aliases, n.categories AS categories, n.x AS x, r.evidence AS evidence`,
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.toObject()).toEqual({
      label: HOSTILE_TEXT,
      aliases: [`O'Brien`, 'a,b', '"x"'],
      categories: ['back\\slash'],
      x: 1,
      evidence: JSON.stringify([{ file: 'a.rst', line: 1, text: HOSTILE_TEXT }]),
    });
  });
});
