/**
 * The files the graph was ingested from (documents[].file), the only ones /api/source may serve. The store can
 * only give them through a whole-graph export, which is costly on a large graph, so the list is kept for a few
 * seconds and shared by concurrent requests; a reloaded graph is seen once it expires.
 */
import type { GraphStore } from '../../graph/store.js';

export const INGESTED_FILES_TTL_MS = 5000;

export function ingestedFiles(store: GraphStore, ttlMs = INGESTED_FILES_TTL_MS): () => Promise<ReadonlySet<string>> {
  let cached: { files: Promise<ReadonlySet<string>>; until: number } | undefined;
  return () => {
    const now = performance.now();
    if (cached && now < cached.until) return cached.files;
    const files = store.export().then(({ documents }) => new Set(documents.map((document) => document.file)));
    const entry = { files, until: now + ttlMs };
    cached = entry;
    // A failed export must not be remembered: the next request asks again.
    files.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return files;
  };
}
