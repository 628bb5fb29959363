/**
 * Wires `serve --watch` together: which files to watch for the given inputs, how to rebuild the graph from them
 * (the ingest command's own ingestGraph, with the same layout, in a worker thread so the API keeps answering), and
 * the live reload that swaps it in.
 */
import path from 'node:path';
import type { LiveEvents } from '../../api/live-events.js';
import type { MemoryStore } from '../../graph/memory-store.js';
import { rstFilesIn } from '../../ingest/read.js';
import type { Terminal } from '../terminal.js';
import { liveReload } from './live-reload.js';
import { rebuildInWorker } from './rebuild.js';
import { fileTarget, inputTarget, rstFolderTarget, watchSources } from './source-watcher.js';
import type { WatchTarget } from './source-watcher.js';

export interface WatchSettings {
  /** Inputs as the user typed them (relative to the cwd), with whether each is a folder; none: `sources`/*.rst. */
  inputs: { input: string; folder: boolean }[];
  /** Absolute folder whose *.rst files are the notes when no input is given. */
  sources: string;
  curation?: string;
  /** Absolute path of the served graph file. */
  graph: string;
  debounceMs?: number;
}

/** Starts watching; the returned function stops watching and waits for a running re-ingest. */
export function startWatching(
  settings: WatchSettings,
  store: MemoryStore,
  events: LiveEvents,
  terminal: Terminal,
): () => Promise<void> {
  const absolute = (file: string): string => path.resolve(terminal.cwd, file);
  const targets: WatchTarget[] =
    settings.inputs.length > 0
      ? settings.inputs.map(({ input, folder }) => inputTarget(absolute(input), folder))
      : [rstFolderTarget(settings.sources)];
  if (settings.curation !== undefined) targets.push(fileTarget(absolute(settings.curation)));
  const reload = liveReload({
    store,
    events,
    graphFile: settings.graph,
    shownGraphFile: path.relative(terminal.cwd, settings.graph) || settings.graph,
    terminal,
    async rebuild() {
      const inputs =
        settings.inputs.length > 0
          ? settings.inputs.map(({ input }) => input)
          : await rstFilesIn(path.relative(terminal.cwd, settings.sources) || '.', terminal);
      const { graph, warnings } = await rebuildInWorker({
        cwd: terminal.cwd,
        inputs,
        ...(settings.curation === undefined ? {} : { curation: settings.curation }),
      });
      terminal.err(warnings);
      return graph;
    },
  });
  const stopWatching = watchSources(targets, () => reload.request(), settings.debounceMs);
  return async () => {
    stopWatching();
    await reload.close();
  };
}
