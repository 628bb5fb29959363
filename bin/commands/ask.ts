/** `infragraph ask "what implements CNI"`: one question answered from a graph file, with its evidence. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ask, AskError } from '../../graph/ask/index.js';
import { StoreUnavailableError } from '../../graph/store.js';
import type { GraphStore } from '../../graph/store.js';
import { formatAskError, formatAskResult } from '../format-answers.js';
import { storeFromOptions } from '../store-options.js';
import type { Environment } from '../store-options.js';
import type { Terminal } from '../terminal.js';

export const DEFAULT_ASK_GRAPH = 'data/graph.json';
export const EXIT_REFUSED = 1;

export const ASK_HELP = `Usage: infragraph ask "<question>" [--graph data/graph.json | --neo4j <uri>] [--json]

Answers a question from the graph with fixed, documented question forms (no remote model), printing how the
question was read and each answer with the sentences that support it as file:line: text lines.

Questions (X, Y are entity names, aliases or acronyms; "which <category>" filters the answers):
  what implements X          what does X implement       what uses X           what does X use
  what is built on X         what is X based on          what did X develop    who develops X
  what is an alternative to X                            what is written in X  what is X written in
  what manages X             what does X manage          what supports X       which <category> does X support
  what is part of X          what is X part of           what integrates with X
  what are the distributions of X                        what is X a distribution of
  compare X and Y            how is X related to Y       what is X

Options:
  --graph <file>  the graph JSON written by \`infragraph ingest\` (default: data/graph.json)
  --neo4j <uri>   ask a Neo4j database instead (default: $NEO4J_URI; credentials from NEO4J_USER/NEO4J_PASSWORD)
  --json          print the result as JSON ({question, interpretation, answers, ...}; errors as {error})
  -h, --help      show this help

Exit status: 0 when the question was answered (even with no answers), 1 when it could not be read or names
something the graph does not hold (with suggestions) or the store cannot be reached, 2 for a wrong command line.
`;

export async function askCommand(args: string[], terminal: Terminal, env: Environment = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      graph: { type: 'string' },
      neo4j: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    terminal.out(ASK_HELP);
    return 0;
  }
  // Unquoted words are one question: `infragraph ask what implements CNI`.
  const question = positionals.join(' ').trim();
  if (question === '') {
    terminal.err('infragraph ask: no question given (see infragraph ask --help)\n');
    return 2;
  }
  // Named relative to the user's folder, so a bad file reads `data/graph.json: …` as they typed it.
  const graph = path.resolve(terminal.cwd, values.graph ?? DEFAULT_ASK_GRAPH);
  let store: GraphStore;
  try {
    store = await storeFromOptions({ graph: path.relative(terminal.cwd, graph) || graph, neo4j: values.neo4j }, env);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    terminal.err(`infragraph ask: ${error.message}\n`);
    return EXIT_REFUSED;
  }
  try {
    const result = await ask(store, question);
    terminal.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatAskResult(result));
    return 0;
  } catch (error) {
    if (!(error instanceof AskError)) throw error;
    if (values.json) {
      const { code, message, suggestions } = error;
      terminal.out(`${JSON.stringify({ error: { code, message, suggestions } }, null, 2)}\n`);
    } else {
      terminal.err(formatAskError(error));
    }
    return EXIT_REFUSED;
  } finally {
    await store.close();
  }
}
