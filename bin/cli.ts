/**
 * The `infragraph` command line. Kept thin: arguments, printing and exit codes; the work is in ingest/ and graph/.
 * Every failure a user can cause ends as ONE line on stderr (`file[:line]: what is wrong`), never a stack trace.
 */
import { GraphFileError } from '../graph/io.js';
import { InputError } from '../ingest/errors.js';
import { GLOBAL_HELP } from './help.js';
import { packageVersion } from './package-info.js';
import { processTerminal } from './terminal.js';
import type { Terminal } from './terminal.js';

/** Exit statuses. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1; // unusable input or output
export const EXIT_USAGE = 2; // wrong command line
export const EXIT_INTERNAL = 70; // a bug (EX_SOFTWARE)

type Command = (args: string[], terminal: Terminal) => Promise<number>;

/**
 * Each command is imported when it runs: `ingest` then loads neither the HTTP API (express, helmet, pino) nor the
 * Neo4j driver, which is a quarter of a second of start-up on a small input.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  ingest: async () => (await import('./commands/ingest.js')).ingestCommand,
  start: async () => (await import('./commands/start.js')).startCommand,
  load: async () => (await import('./commands/load.js')).loadCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  ask: async () => (await import('./commands/ask.js')).askCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
};

export async function main(argv: string[], terminal: Terminal = processTerminal()): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) return usageError('no command given', 'infragraph', terminal);
    if (first === '--help' || first === '-h') return print(GLOBAL_HELP, terminal);
    if (first === '--version' || first === '-v') return print(`${packageVersion()}\n`, terminal);
    if (first === 'help') {
      const topic = rest[0];
      return topic === undefined ? print(GLOBAL_HELP, terminal) : runCommand(topic, ['--help'], terminal);
    }
    if (first.startsWith('-')) return usageError(`unknown option '${first}'`, 'infragraph', terminal);
    return await runCommand(first, rest, terminal);
  } catch (error) {
    return reportError(error, first, terminal);
  }
}

async function runCommand(name: string, args: string[], terminal: Terminal): Promise<number> {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) return usageError(`unknown command '${name}'`, 'infragraph', terminal);
  const command = await load();
  return command(args, terminal);
}

function print(text: string, terminal: Terminal): number {
  terminal.out(text);
  return EXIT_OK;
}

function usageError(problem: string, context: string, terminal: Terminal): number {
  terminal.err(`${context}: ${problem} (see ${context} --help)\n`);
  return EXIT_USAGE;
}

function reportError(error: unknown, command: string | undefined, terminal: Terminal): number {
  if (error instanceof InputError || error instanceof GraphFileError) {
    terminal.err(`${error.message}\n`);
    return EXIT_INPUT;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
    // node:util parseArgs explains at length; its first sentence is the problem.
    const problem = error.message.split(/\.\s/)[0]!.replace(/^\w/, (letter) => letter.toLowerCase());
    return usageError(problem, `infragraph ${command}`, terminal);
  }
  const message = error instanceof Error ? error.message : String(error);
  terminal.err(`infragraph: internal error: ${message.split('\n')[0]} (set INFRAGRAPH_DEBUG=1 for details)\n`);
  if (process.env.INFRAGRAPH_DEBUG && error instanceof Error) terminal.err(`${error.stack}\n`);
  return EXIT_INTERNAL;
}
