/**
 * `infragraph load --neo4j <uri> [--graph data/graph.json]`: replace the graph in a Neo4j database with a graph
 * file, then print what the database holds. Loading the same file twice gives the same counts.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readGraphFile } from '../../graph/io.js';
import { Neo4jStore } from '../../graph/neo4j-store.js';
import { InvalidQueryError, StoreUnavailableError } from '../../graph/store.js';
import { neo4jOptions } from '../store-options.js';
import type { Environment } from '../store-options.js';
import type { Terminal } from '../terminal.js';

export const DEFAULT_GRAPH = 'data/graph.json';

export const LOAD_HELP = `Usage: infragraph load [--neo4j <uri>] [--graph data/graph.json]

Replaces the graph in a Neo4j database (5.x, a cluster, or Aura) with a graph JSON written by \`infragraph ingest\`,
then prints the entities and relations the database holds. Running it again with the same file gives the same counts.

Options:
  --neo4j <uri>   bolt://host:7687, neo4j://host, or neo4j+s://xxxx.databases.neo4j.io for Aura (default: $NEO4J_URI)
  --graph <file>  the graph to load (default: data/graph.json)
  -h, --help      show this help

Credentials come from the environment only: NEO4J_USER and NEO4J_PASSWORD (none: no authentication);
NEO4J_DATABASE picks a database other than the server's default.
`;

export async function loadCommand(args: string[], terminal: Terminal, env: Environment = process.env): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      neo4j: { type: 'string' },
      graph: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    terminal.out(LOAD_HELP);
    return 0;
  }
  const options = neo4jOptions(values.neo4j, env);
  if (!options) {
    terminal.err('infragraph load: no Neo4j given: pass --neo4j <uri> or set NEO4J_URI (see infragraph load --help)\n');
    return 2;
  }
  const graphFile = values.graph ?? DEFAULT_GRAPH;
  // Relative to the process's folder: readable from there, and named in errors as the user typed it.
  const absolute = path.resolve(terminal.cwd, graphFile);
  const graph = await readGraphFile(path.relative(process.cwd(), absolute) || absolute);
  const started = performance.now();
  let store: Neo4jStore | undefined;
  try {
    store = await Neo4jStore.connect(options);
    await store.load(graph);
    const stats = await store.stats();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    terminal.out(
      `Loaded ${graphFile} into ${store.address}: ${stats.nodes} entities, ${stats.edges} relations, ` +
        `${graph.documents.length} documents (${seconds} s)\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof StoreUnavailableError || error instanceof InvalidQueryError)) throw error;
    terminal.err(`infragraph load: ${error.message}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}
