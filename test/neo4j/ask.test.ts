// `ask` on a real Neo4j 5.26 gives what it gives on the memory store: it goes through the GraphStore interface only.
// Refusals are compared by code and message; their suggestions come from text search, whose ranking below the
// exact matches is each store's own.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askCommand } from '../../bin/commands/ask.js';
import { capturedTerminal } from '../bin/captured-terminal.js';
import { ask, AskError } from '../../graph/ask/index.js';
import { MemoryStore } from '../../graph/memory-store.js';
import { Neo4jStore } from '../../graph/neo4j-store.js';
import type { GraphStore } from '../../graph/store.js';
import { ASK_GRAPH, askStore } from '../graph/ask/fixture-store.js';
import { startNeo4j } from './server.js';
import type { Neo4jServer } from './server.js';

let server: Neo4jServer | undefined;
let neo4j: Neo4jStore | undefined;
let memory: MemoryStore;

beforeAll(async () => {
  server = await startNeo4j();
  memory = await askStore();
  neo4j = await Neo4jStore.connect({ uri: server.uri });
  await neo4j.load(await memory.export());
}, 900_000);

afterAll(async () => {
  await neo4j?.close();
  await server?.stop();
});

async function outcome(store: GraphStore, question: string): Promise<unknown> {
  try {
    return await ask(store, question);
  } catch (error) {
    if (!(error instanceof AskError)) throw error;
    return { refused: error.code, message: error.message };
  }
}

describe('ask on Neo4jStore', () => {
  it.each([
    'Which projects implement the Pipe Networking Interface?',
    'what does Crate implement',
    'what uses Keystore',
    'what does Gopher use',
    'what is written in Gopher',
    'what is Fleetyard based on',
    'what did Acme develop',
    'who develops Shipyard',
    'what is an alternative to Harbour',
    'which box runtimes does Shipyard support',
    'which languages is Shipyard written in',
    'what manages Shipyard',
    'what is part of Shipyard',
    'what integrates with Shipyard',
    'what is ShipOS a distribution of',
    'compare Lattice and Shipyard',
    'how is Fleetyard related to Keystore',
    'how is Hermit related to Shipyard',
    'what is Shipyrd',
    'what does Shpiyard manage',
    'what are box runtimes',
    'what implements Kubernetes',
    'which flying cars does Shipyard support',
    'why is the sky blue',
  ])('%s', async (question) => {
    expect(await outcome(neo4j!, question)).toEqual(await outcome(memory, question));
  });
});

describe('infragraph ask --neo4j', () => {
  async function run(args: string[]): Promise<[number, string, string]> {
    const io = capturedTerminal(fileURLToPath(new URL('../..', import.meta.url)));
    return [await askCommand(args, io.terminal, {}), io.out(), io.err()];
  }

  it('prints what it prints from the graph file', async () => {
    const question = 'which box runtimes does Shipyard support';
    const fromNeo4j = await run(['--neo4j', server!.uri, question]);
    expect(fromNeo4j[0]).toBe(0);
    expect(fromNeo4j).toEqual(await run(['--graph', ASK_GRAPH, question]));
  });
});
