/**
 * One re-ingest in a worker thread (rebuild-worker.ts): a fresh worker each time, so nothing of one run's memory
 * outlives it. A failure comes back as a ReportedError whose message is the line to show.
 */
import { Worker } from 'node:worker_threads';
import type { GraphData } from '../../graph/types.js';

export interface RebuildRequest {
  cwd: string;
  /** As `ingest` takes them, relative to cwd. */
  inputs: string[];
  curation?: string;
}

export type RebuildResult = { ok: true; graph: GraphData; warnings: string } | { ok: false; message: string };

/** An error already phrased for the user (`file[:line]: what`). */
export class ReportedError extends Error {
  override readonly name = 'ReportedError';
}

export function rebuildInWorker(request: RebuildRequest): Promise<{ graph: GraphData; warnings: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./rebuild-worker.js', import.meta.url), { workerData: request });
    let settled = false;
    worker.once('message', (result: RebuildResult) => {
      settled = true;
      void worker.terminate();
      if (result.ok) resolve({ graph: result.graph, warnings: result.warnings });
      else reject(new ReportedError(result.message));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(new ReportedError(`internal error: ${error.message.split('\n')[0]}`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new ReportedError(`internal error: the re-ingest stopped (exit code ${code})`));
    });
  });
}
