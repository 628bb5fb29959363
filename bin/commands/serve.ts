/**
 * `infragraph serve`: serve the HTTP API over the graph file (in memory) or a Neo4j database until SIGINT or SIGTERM.
 * Settings come from flags, then the PORT and HOST environment variables, then defaults. A bad port, a missing or
 * damaged graph, or a port that cannot be bound ends as one line on stderr.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LOG_LEVEL, defaultLogger, LOG_LEVELS } from '../../api/app.js';
import { LiveEvents } from '../../api/live-events.js';
import { startServer, stopServer } from '../../api/server.js';
import { defaultViewerDir } from '../../api/static.js';
import type { RunningServer } from '../../api/server.js';
import { MemoryStore } from '../../graph/memory-store.js';
import { StoreUnavailableError } from '../../graph/store.js';
import type { GraphStore } from '../../graph/store.js';
import { commonFolder } from '../../ingest/read.js';
import { storeFromOptions } from '../store-options.js';
import type { Terminal } from '../terminal.js';
import { startWatching } from '../watch/serve-watch.js';
import type { WatchSettings } from '../watch/serve-watch.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_GRAPH = 'data/graph.json';

export const SERVE_HELP = `Usage: infragraph serve [--port 8080] [--host 127.0.0.1] [--graph data/graph.json] [--neo4j <uri>]
                       [--watch [--input <folder or file>]... [--curation FILE]]

Serves the graph over a read-only JSON API under /api (described at /api/openapi.json), and the viewer at / when
it has been built (npm run build), until interrupted.

Options:
  --port <n>          TCP port, 0 for any free one (default: $PORT, else 8080)
  --host <address>    address to listen on (default: $HOST, else 127.0.0.1)
  --graph <file>      the graph JSON written by \`infragraph ingest\` (default: data/graph.json)
  --neo4j <uri>       serve a Neo4j database loaded with \`infragraph load\` instead (default: $NEO4J_URI; credentials
                      from NEO4J_USER and NEO4J_PASSWORD)
  --viewer <folder>   the viewer build to serve at / (default: infragraph's viewer/dist, when built)
  --sources <folder>  the folder the graph's notes were ingested from, for /api/source (default: the graph's folder,
                      or the folder holding every --input)
  --watch             re-ingest when the notes change (300 ms after the last change) and serve the new graph: it is
                      built and validated first, written to --graph atomically, then swapped in; open viewers
                      update live (GET /api/events). A failed re-ingest keeps the last good graph and prints one
                      line. Not with Neo4j.
  --input <path>      with --watch: the notes to ingest, a folder or a file, repeatable (default: the *.rst files
                      in the --sources folder)
  --curation <file>   with --watch: corrections to apply, as infragraph ingest --curation (watched too)
  -h, --help          show this help

Set LOG_LEVEL=info for one JSON log line per request on stdout (default: warn, errors only). Browsers on other
origins may read the API only when CORS_ORIGINS lists them (comma-separated, e.g. https://viewer.example).
`;

export interface ServeSettings {
  port: number;
  host: string;
  graph: string;
  sources: string;
  logLevel: string;
  /** Origins allowed to read the API from a browser (CORS_ORIGINS); none by default. */
  corsOrigins: string[];
  /** The viewer build served at /, if any. */
  viewer?: string;
  /** The --neo4j flag, if given (NEO4J_URI is read by storeFromOptions). */
  neo4j?: string;
  /** `--watch`: what to re-ingest when it changes. */
  watch?: Omit<WatchSettings, 'graph' | 'sources'>;
}

/** A command line or environment value that cannot be used; printed as one usage line. */
export class ServeUsageError extends Error {
  override readonly name = 'ServeUsageError';
}

export interface ServeHooks {
  env?: Record<string, string | undefined>;
  /** Resolves when the server should stop; defaults to the first SIGINT or SIGTERM. */
  stop?: Promise<unknown>;
}

/** Flags > env > defaults; paths resolved against `cwd`. */
export function serveSettings(args: string[], env: Record<string, string | undefined>, cwd: string): ServeSettings {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      graph: { type: 'string' },
      sources: { type: 'string' },
      neo4j: { type: 'string' },
      viewer: { type: 'string' },
      watch: { type: 'boolean' },
      input: { type: 'string', multiple: true },
      curation: { type: 'string' },
    },
  });
  const port = parsePort(values.port ?? env.PORT, values.port !== undefined ? '--port' : 'PORT');
  const host = (values.host ?? env.HOST ?? '').trim() || DEFAULT_HOST;
  const graph = path.resolve(cwd, values.graph ?? DEFAULT_GRAPH);
  const watch = watchSettings(values, env, cwd);
  const inputFolders = (watch?.inputs ?? []).map(({ input, folder }) => {
    const absolute = path.resolve(cwd, input);
    return folder ? absolute : path.dirname(absolute);
  });
  const sources =
    values.sources !== undefined
      ? path.resolve(cwd, values.sources)
      : inputFolders.length > 0
        ? commonFolder(inputFolders)
        : path.dirname(graph);
  const logLevel = env.LOG_LEVEL?.trim() || DEFAULT_LOG_LEVEL;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ServeUsageError(`LOG_LEVEL: '${logLevel}' is not one of ${LOG_LEVELS.join(', ')}`);
  }
  const viewer = values.viewer === undefined ? defaultViewerDir() : path.resolve(cwd, values.viewer);
  if (viewer !== undefined && !existsSync(path.join(viewer, 'index.html'))) {
    throw new ServeUsageError(`--viewer: ${values.viewer} has no index.html (build it with npm run build)`);
  }
  const corsOrigins = parseOrigins(env.CORS_ORIGINS ?? '');
  return {
    port,
    host,
    graph,
    sources,
    logLevel,
    corsOrigins,
    ...(viewer === undefined ? {} : { viewer }),
    ...(values.neo4j === undefined ? {} : { neo4j: values.neo4j }),
    ...(watch === undefined ? {} : { watch }),
  };
}

interface WatchFlags {
  watch?: boolean;
  input?: string[];
  curation?: string;
  neo4j?: string;
}

function watchSettings(values: WatchFlags, env: Record<string, string | undefined>, cwd: string) {
  if (!values.watch) {
    if (values.input !== undefined) throw new ServeUsageError('--input is only read with --watch');
    if (values.curation !== undefined) throw new ServeUsageError('--curation is only read with --watch');
    return undefined;
  }
  if ((values.neo4j ?? env.NEO4J_URI ?? '').trim() !== '') {
    // Reloading a database while it answers queries is not atomic; ingest, then `infragraph load`, instead.
    throw new ServeUsageError('--watch serves the graph from memory and cannot be used with Neo4j (NEO4J_URI)');
  }
  const inputs = (values.input ?? []).map((input) => {
    const info = statSync(path.resolve(cwd, input), { throwIfNoEntry: false });
    if (!info || !(info.isDirectory() || info.isFile())) {
      throw new ServeUsageError(`--input: ${input} is not a file or folder`);
    }
    return { input, folder: info.isDirectory() };
  });
  return { inputs, ...(values.curation === undefined ? {} : { curation: values.curation }) };
}

function parsePort(text: string | undefined, source: string): number {
  if (text === undefined || text.trim() === '') return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new ServeUsageError(`${source}: '${text}' is not a port (0 to 65535)`);
  return port;
}

// An origin is a scheme, a host and maybe a port: exactly what a browser sends in its Origin header.
function parseOrigins(text: string): string[] {
  const origins = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ServeUsageError(`CORS_ORIGINS: '${origin}' is not an origin like https://viewer.example`);
    }
  }
  return origins;
}

export async function serveCommand(args: string[], terminal: Terminal, hooks: ServeHooks = {}): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    terminal.out(SERVE_HELP);
    return 0;
  }
  let settings: ServeSettings;
  try {
    settings = serveSettings(args, hooks.env ?? process.env, terminal.cwd);
  } catch (error) {
    if (!(error instanceof ServeUsageError)) throw error;
    terminal.err(`infragraph serve: ${error.message} (see infragraph serve --help)\n`);
    return 2;
  }
  const env = hooks.env ?? process.env;
  let store: GraphStore;
  try {
    // Read relative to the process's folder, so errors name the file as the user typed it.
    const graph = path.relative(process.cwd(), settings.graph) || settings.graph;
    store = await storeFromOptions({ graph, ...(settings.neo4j === undefined ? {} : { neo4j: settings.neo4j }) }, env);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    terminal.err(`infragraph serve: ${error.message}\n`);
    return 1;
  }
  const stats = await store.stats();
  const events = new LiveEvents({ watching: settings.watch !== undefined, version: store.revision ?? 0 });
  let running: RunningServer;
  try {
    running = await startServer({
      store,
      port: settings.port,
      host: settings.host,
      sourceRoot: settings.sources,
      ...(settings.viewer === undefined ? {} : { viewerDir: settings.viewer }),
      corsOrigins: settings.corsOrigins,
      events,
      logger: defaultLogger(settings.logLevel),
    });
  } catch (error) {
    await store.close();
    const code = (error as { code?: unknown }).code;
    terminal.err(`infragraph serve: cannot listen on ${settings.host}:${settings.port}: ${listenProblem(code)}\n`);
    return 1;
  }
  const where =
    settings.viewer === undefined ? `API at ${running.url}/api` : `${running.url}/ (API at ${running.url}/api)`;
  terminal.out(`Serving ${stats.nodes} entities and ${stats.edges} relations: ${where}; Ctrl-C stops\n`);
  // --watch refuses Neo4j, so the store is the memory store here.
  const stopWatching =
    settings.watch && store instanceof MemoryStore
      ? startWatching({ ...settings.watch, graph: settings.graph, sources: settings.sources }, store, events, terminal)
      : undefined;
  if (stopWatching) terminal.out(`Watching the notes for changes (${watchedWhat(settings)})\n`);
  await (hooks.stop ?? firstSignal());
  await stopWatching?.();
  events.close(); // open event streams would keep the server from closing
  await stopServer(running.server);
  await store.close();
  return 0;
}

function watchedWhat(settings: ServeSettings): string {
  const inputs = settings.watch?.inputs ?? [];
  if (inputs.length > 0) return inputs.map(({ input }) => input).join(', ');
  return `${path.relative(process.cwd(), settings.sources) || '.'}/*.rst`;
}

function listenProblem(code: unknown): string {
  switch (code) {
    case 'EADDRINUSE':
      return 'the port is in use';
    case 'EACCES':
      return 'permission denied (ports below 1024 need privileges)';
    case 'EADDRNOTAVAIL':
      return 'this machine has no such address';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host';
    default:
      return typeof code === 'string' ? code : 'unknown error';
  }
}

function firstSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
