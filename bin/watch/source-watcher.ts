/**
 * Watches the notes behind a served graph and calls back once things settle: every change to a file that a
 * target accepts restarts a short timer, so an editor's burst of writes (temp file, rename, touch) or a `git
 * checkout` of many files gives one callback. Folders are watched rather than files, so a save that replaces the
 * file (write a temp copy, rename it over) is seen too.
 */
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import path from 'node:path';
import { TEXT_EXTENSIONS } from '../../ingest/read.js';

export const DEFAULT_DEBOUNCE_MS = 300;

export interface WatchTarget {
  /** Absolute folder to watch. */
  folder: string;
  recursive: boolean;
  /** Whether a change to this path (relative to `folder`, "/" separators) matters. */
  accepts(relative: string): boolean;
}

/** What an input stands for: a folder walked for notes (hidden entries skipped), or one file. */
export function inputTarget(absolute: string, isFolder: boolean): WatchTarget {
  if (isFolder) {
    return {
      folder: absolute,
      recursive: true,
      accepts: (relative) =>
        !relative.split('/').some((part) => part.startsWith('.')) &&
        TEXT_EXTENSIONS.some((extension) => relative.toLowerCase().endsWith(extension)),
    };
  }
  return fileTarget(absolute);
}

export function fileTarget(absolute: string): WatchTarget {
  const name = path.basename(absolute);
  return { folder: path.dirname(absolute), recursive: false, accepts: (relative) => relative === name };
}

/** The `.rst` files directly in a folder, as `ingest` and `start` read by default. */
export function rstFolderTarget(folder: string): WatchTarget {
  return {
    folder,
    recursive: false,
    accepts: (relative) => !relative.includes('/') && !relative.startsWith('.') && /\.rst$/i.test(relative),
  };
}

/** Starts watching; the returned function stops every watcher and any pending callback. */
export function watchSources(
  targets: readonly WatchTarget[],
  onSettled: () => void,
  debounceMs = DEFAULT_DEBOUNCE_MS,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const changed = (): void => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, debounceMs);
  };
  const watchers: FSWatcher[] = targets.map((target) => {
    const watcher = watch(target.folder, { recursive: target.recursive }, (_event, name) => {
      // Without a name the platform could not say what changed: re-ingest rather than miss it.
      if (name === null || target.accepts(String(name).split(path.sep).join('/'))) changed();
    });
    // A watched folder that disappears ends its watcher; the next re-ingest reports the missing input.
    watcher.on('error', changed);
    return watcher;
  });
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
