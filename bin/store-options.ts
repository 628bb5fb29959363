/**
 * Which GraphStore a command uses: Neo4j when `--neo4j <uri>` or NEO4J_URI is given (credentials only from
 * NEO4J_USER / NEO4J_PASSWORD, never from the command line, where `ps` would show them), else the graph file in a
 * MemoryStore. Shared by `load` and `serve`.
 */
import { MemoryStore } from '../graph/memory-store.js';
import { Neo4jStore } from '../graph/neo4j-store.js';
import type { Neo4jConnectOptions } from '../graph/neo4j-store.js';
import type { GraphStore } from '../graph/store.js';

export type Environment = Record<string, string | undefined>;

/** The Neo4j connection asked for, or null when neither the flag nor NEO4J_URI names one. */
export function neo4jOptions(flag: string | undefined, env: Environment): Neo4jConnectOptions | null {
  const uri = (flag ?? env.NEO4J_URI ?? '').trim();
  if (uri === '') return null;
  const options: Neo4jConnectOptions = { uri };
  const user = env.NEO4J_USER?.trim();
  if (user) {
    options.user = user;
    options.password = env.NEO4J_PASSWORD ?? '';
  }
  const database = env.NEO4J_DATABASE?.trim();
  if (database) options.database = database;
  return options;
}

export interface StoreChoice {
  /** The graph file, used when no Neo4j is named. */
  graph: string;
  /** The value of `--neo4j`, if given. */
  neo4j?: string;
}

/** A connected Neo4jStore (StoreUnavailableError when unreachable) or a MemoryStore on the graph file. */
export async function storeFromOptions(choice: StoreChoice, env: Environment): Promise<GraphStore> {
  const neo4j = neo4jOptions(choice.neo4j, env);
  return neo4j ? Neo4jStore.connect(neo4j) : MemoryStore.fromFile(choice.graph);
}
