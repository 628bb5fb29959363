// `infragraph load` without a server: the command line, the environment, and the one-line failures. Loading into a
// real Neo4j is tested in test/graph/neo4j-store.test.ts, next to the server it needs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommand } from '../../bin/commands/load.js';
import { neo4jOptions } from '../../bin/store-options.js';
import { GraphFileError } from '../../graph/io.js';
import { smallGraph } from '../graph/contract/fixture.js';
import { capturedTerminal } from './captured-terminal.js';

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('neo4jOptions', () => {
  it.each<[string | undefined, Record<string, string>, object | null]>([
    [undefined, {}, null],
    ['  ', {}, null],
    [undefined, { NEO4J_URI: 'bolt://db:7687' }, { uri: 'bolt://db:7687' }],
    ['bolt://flag:7687', { NEO4J_URI: 'bolt://env:7687' }, { uri: 'bolt://flag:7687' }],
    [
      'neo4j+s://x.databases.neo4j.io',
      { NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'graphs' },
      { uri: 'neo4j+s://x.databases.neo4j.io', user: 'neo4j', password: 's3cret', database: 'graphs' },
    ],
    // A password without a user is no credential: connect without authentication.
    ['bolt://db:7687', { NEO4J_PASSWORD: 'orphan' }, { uri: 'bolt://db:7687' }],
    ['bolt://db:7687', { NEO4J_USER: 'neo4j' }, { uri: 'bolt://db:7687', user: 'neo4j', password: '' }],
  ])('reads --neo4j %j with %j', (flag, env, expected) => {
    expect(neo4jOptions(flag, env)).toEqual(expected);
  });
});

describe('infragraph load', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'infragraph-load-'));
    writeFileSync(path.join(dir, 'graph.json'), JSON.stringify(smallGraph()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints its help', async () => {
    const io = capturedTerminal(dir);
    expect(await loadCommand(['--help'], io.terminal, {})).toBe(0);
    expect(io.out()).toContain('Usage: infragraph load');
    expect(io.out()).toContain('NEO4J_PASSWORD');
  });

  it('needs a Neo4j to load into', async () => {
    const io = capturedTerminal(dir);
    expect(await loadCommand(['--graph', 'graph.json'], io.terminal, {})).toBe(2);
    expect(io.err()).toBe(
      'infragraph load: no Neo4j given: pass --neo4j <uri> or set NEO4J_URI (see infragraph load --help)\n',
    );
  });

  it('reports a missing graph file before connecting', async () => {
    const io = capturedTerminal(dir);
    const error = await loadCommand(
      ['--neo4j', 'bolt://127.0.0.1:1', '--graph', 'missing.json'],
      io.terminal,
      {},
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphFileError);
    expect((error as Error).message).toMatch(/missing\.json: no such file$/);
  });

  it('reports an unreachable Neo4j in one line, without credentials', async () => {
    const io = capturedTerminal(dir);
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const env = { NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'hunter2' };
    expect(await loadCommand(['--graph', 'graph.json'], io.terminal, env)).toBe(1);
    expect(io.err()).toMatch(new RegExp(`^infragraph load: cannot reach Neo4j at ${uri}: .+\\n$`));
    expect(io.err()).not.toContain('hunter2');
    expect(io.out()).toBe('');
  });
});
