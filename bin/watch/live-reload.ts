/**
 * `serve --watch`: each settled change re-ingests the notes, then swaps the new graph in. The new graph is built
 * and validated completely first; the graph file is rewritten atomically, then the running store loads it (the
 * same instance, so the API sees it at once) and the event streams are told. A re-ingest that fails changes
 * nothing: the last good graph stays served and the failure is one line on stderr and an `ingest-error` event.
 * Re-ingests never overlap: changes during one are gathered into the next.
 */
import type { LiveEvents } from '../../api/live-events.js';
import { GraphFileError, writeGraphFile } from '../../graph/io.js';
import type { MemoryStore } from '../../graph/memory-store.js';
import type { GraphData } from '../../graph/types.js';
import { InputError } from '../../ingest/errors.js';
import type { Terminal } from '../terminal.js';
import { ReportedError } from './rebuild.js';

export interface LiveReloadOptions {
  store: MemoryStore;
  events: LiveEvents;
  /** Builds the new graph from the notes; throws a one-line InputError for bad input. */
  rebuild(): Promise<GraphData>;
  /** The graph file to rewrite (absolute), and how to name it in messages. */
  graphFile: string;
  shownGraphFile: string;
  terminal: Terminal;
}

export interface LiveReload {
  /** Asks for a re-ingest (as a settled change does). */
  request(): void;
  /** Resolves when no re-ingest is running or asked for. */
  idle(): Promise<void>;
  /** Waits for a running re-ingest, then ignores further requests. */
  close(): Promise<void>;
}

export function liveReload(options: LiveReloadOptions): LiveReload {
  const { store, events, terminal } = options;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  async function reingest(): Promise<void> {
    const started = performance.now();
    try {
      const graph = await options.rebuild();
      await writeGraphFile(options.graphFile, graph).catch((error: unknown) => {
        throw error instanceof GraphFileError ? new GraphFileError(options.shownGraphFile, error.reason) : error;
      });
      await store.load(graph);
      const update = { version: store.revision, nodes: graph.nodes.length, edges: graph.edges.length };
      events.publishGraph(update);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      terminal.out(
        `Re-ingested: ${update.nodes} entities and ${update.edges} relations (version ${update.version}, ` +
          `${seconds} s)\n`,
      );
    } catch (error) {
      const message = problemOf(error);
      events.publishError(message);
      terminal.err(`infragraph serve: re-ingest failed, still serving version ${store.revision}: ${message}\n`);
    }
  }

  function request(): void {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await reingest();
      } while (again && !closed);
      running = null;
    })();
  }

  return {
    request,
    idle: async () => {
      while (running) await running;
    },
    close: async () => {
      closed = true;
      if (running) await running;
    },
  };
}

/** One line for the user: input and file errors are already `file[:line]: what`; anything else is a bug. */
function problemOf(error: unknown): string {
  if (error instanceof InputError || error instanceof GraphFileError || error instanceof ReportedError) {
    return error.message;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message.split('\n')[0]}`;
}
