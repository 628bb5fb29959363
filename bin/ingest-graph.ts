/**
 * The whole ingest up to the graph, without writing it: read → ingestDocuments → curation → layout. `infragraph
 * ingest` writes what this returns; `serve --watch` swaps it into the running store. Errors are one-line
 * InputErrors naming files relative to the cwd.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { layoutGraph } from '../graph/layout.js';
import type { GraphData } from '../graph/types.js';
import { applyCuration } from '../ingest/apply-curation.js';
import type { Curation } from '../ingest/curation.js';
import { InputError } from '../ingest/errors.js';
import { ingestDocuments } from '../ingest/pipeline.js';
import type { IngestResult } from '../ingest/pipeline.js';
import { readInputs } from '../ingest/read.js';
import type { IngestWarning } from '../ingest/types.js';
import { progressDisplay } from './progress.js';
import type { Terminal } from './terminal.js';

/** Progress is worth showing from this many files or bytes on. */
const PROGRESS_MIN_FILES = 6;
const PROGRESS_MIN_BYTES = 2_000_000;

export interface IngestGraphOptions {
  quiet: boolean;
  /** A curation file to apply after extraction (relative to the cwd). */
  curation?: string;
  /** Store a stable layout as x, y on the nodes (default), so viewers paint at once and pictures repeat. */
  layout?: boolean;
}

export interface IngestedGraph {
  graph: GraphData;
  warnings: IngestWarning[];
  documents: number;
  bytes: number;
  curation?: Curation;
  /** A graph file name as the user can open it: relative to the cwd, not to the ingest root. */
  displayFile(file: string): string;
}

export async function ingestGraph(
  inputs: readonly string[],
  terminal: Terminal,
  options: IngestGraphOptions,
): Promise<IngestedGraph> {
  // Read first: a broken curation fails before minutes of ingest.
  const curation = options.curation === undefined ? undefined : await readCuration(options.curation, terminal);
  const { root, documents } = await readInputs(inputs, terminal);
  const displayFile = (file: string): string =>
    path.relative(terminal.cwd, path.join(root, file)).split(path.sep).join('/') || file;
  const bytes = documents.reduce((sum, document) => sum + document.bytes.length, 0);
  const showProgress = !options.quiet && (documents.length >= PROGRESS_MIN_FILES || bytes >= PROGRESS_MIN_BYTES);
  const progress = showProgress ? progressDisplay(terminal.progressStream) : undefined;
  let result: IngestResult;
  try {
    result = ingestDocuments(documents, { onProgress: progress?.update });
  } catch (error) {
    if (error instanceof InputError) throw new InputError(displayFile(error.file), error.reason, error.line);
    throw error;
  } finally {
    progress?.finish();
  }
  const curated = curation ? applyCuration(result.graph, curation) : result.graph;
  const graph = options.layout === false ? curated : layoutGraph(curated);
  return {
    graph,
    warnings: result.warnings,
    documents: result.stats.documents,
    bytes,
    ...(curation ? { curation } : {}),
    displayFile,
  };
}

/** The curation file, named in errors and in the graph as the user wrote it, relative to the cwd. */
async function readCuration(file: string, terminal: Terminal): Promise<Curation> {
  const shown = path.relative(terminal.cwd, path.resolve(terminal.cwd, file)).split(path.sep).join('/') || file;
  const text = await readFile(path.resolve(terminal.cwd, file), 'utf8').catch((error: unknown) => {
    const code = (error as { code?: unknown }).code;
    throw new InputError(shown, code === 'ENOENT' ? 'no such file' : `cannot read it (${String(code ?? error)})`);
  });
  // Loaded only when a curation file is given: its YAML parser costs ≈ 0.05 s of start-up that plain runs need not pay.
  const { parseCuration } = await import('../ingest/curation.js');
  return parseCuration(text, shown);
}
