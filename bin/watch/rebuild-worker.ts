/**
 * Runs one re-ingest off the server's thread, so the API keeps answering while the notes are parsed and laid out
 * (seconds on large notes). Receives the inputs and options as workerData, posts back the graph and the warning
 * lines, or the one-line problem.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { GraphFileError } from '../../graph/io.js';
import { InputError } from '../../ingest/errors.js';
import { ingestGraph } from '../ingest-graph.js';
import { formatWarnings } from '../report.js';
import type { RebuildRequest, RebuildResult } from './rebuild.js';

const request = workerData as RebuildRequest;

async function run(): Promise<RebuildResult> {
  try {
    const terminal = { cwd: request.cwd, out: () => undefined, err: () => undefined, progressStream: process.stderr };
    const ingested = await ingestGraph(request.inputs, terminal, {
      quiet: true,
      ...(request.curation === undefined ? {} : { curation: request.curation }),
    });
    return { ok: true, graph: ingested.graph, warnings: formatWarnings(ingested.warnings, ingested.displayFile) };
  } catch (error) {
    if (error instanceof InputError || error instanceof GraphFileError) return { ok: false, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `internal error: ${message.split('\n')[0]}` };
  }
}

parentPort?.postMessage(await run());
