/** `infragraph ingest`: read → ingestDocuments → write, printing progress, warnings and a summary. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphFileError, writeGraphFile } from '../../graph/io.js';
import { layoutGraph } from '../../graph/layout.js';
import { summarizeGraph } from '../../graph/summary.js';
import { applyCuration } from '../../ingest/apply-curation.js';
import type { Curation } from '../../ingest/curation.js';
import { InputError } from '../../ingest/errors.js';
import { ingestDocuments } from '../../ingest/pipeline.js';
import type { IngestResult } from '../../ingest/pipeline.js';
import { readInputs, rstFilesIn } from '../../ingest/read.js';
import { INGEST_HELP } from '../help.js';
import { megabytes, progressDisplay } from '../progress.js';
import { formatSummary, formatWarnings } from '../report.js';
import type { Terminal } from '../terminal.js';

export const DEFAULT_DATA_FOLDER = 'data';
export const DEFAULT_OUT = 'data/graph.json';

/** Progress is worth showing from this many files or bytes on. */
const PROGRESS_MIN_FILES = 6;
const PROGRESS_MIN_BYTES = 2_000_000;

export async function ingestCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      curation: { type: 'string' },
      'skip-layout': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    terminal.out(INGEST_HELP);
    return 0;
  }
  const inputs = positionals.length > 0 ? positionals : await rstFilesIn(DEFAULT_DATA_FOLDER, terminal);
  await ingestToFile(inputs, values.out ?? DEFAULT_OUT, terminal, {
    quiet: values.quiet ?? false,
    curation: values.curation,
    layout: !values['skip-layout'],
  });
  return 0;
}

export interface IngestToFileOptions {
  quiet: boolean;
  /** A curation file to apply after extraction (relative to the cwd). */
  curation?: string;
  /** Store a stable layout as x, y on the nodes (default), so viewers paint at once and pictures repeat. */
  layout?: boolean;
}

/** The whole run; throws InputError / GraphFileError (one line each) before touching `out` when anything fails. */
export async function ingestToFile(
  inputs: readonly string[],
  out: string,
  terminal: Terminal,
  options: IngestToFileOptions,
): Promise<void> {
  const started = performance.now();
  // Read first: a broken curation fails before minutes of ingest, and in any case before the graph is written.
  const curation = options.curation === undefined ? undefined : await readCuration(options.curation, terminal);
  const { root, documents } = await readInputs(inputs, terminal);
  // Errors and warnings name files as the user can open them: relative to the cwd, not to the ingest root.
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
  await writeGraphFile(path.resolve(terminal.cwd, out), graph).catch((error: unknown) => {
    throw error instanceof GraphFileError ? new GraphFileError(out, error.reason, error.line) : error;
  });
  terminal.err(formatWarnings(result.warnings, displayFile));
  if (options.quiet) return;
  const documentsWord = result.stats.documents === 1 ? 'document' : 'documents';
  const corrections = curation ? `, with ${plural(curation.actions.length, 'correction')} from ${curation.file}` : '';
  const headline = `ingested ${result.stats.documents} ${documentsWord} (${megabytes(bytes)} MB) into ${out}${corrections}`;
  const seconds = (performance.now() - started) / 1000;
  terminal.out(formatSummary(summarizeGraph(graph), { headline, warnings: result.warnings.length, seconds }));
}

/** The curation file, named in errors and in the graph as the user wrote it, relative to the cwd. */
async function readCuration(file: string, terminal: Terminal): Promise<Curation> {
  const shown = path.relative(terminal.cwd, path.resolve(terminal.cwd, file)).split(path.sep).join('/') || file;
  const text = await readFile(path.resolve(terminal.cwd, file), 'utf8').catch((error: unknown) => {
    const code = (error as { code?: unknown }).code;
    throw new InputError(shown, code === 'ENOENT' ? 'no such file' : `cannot read it (${String(code ?? error)})`);
  });
  // Loaded only when a curation file is given: its YAML parser costs ≈ 0.05 s of start-up that plain runs need not pay.
  const { parseCuration } = await import('../../ingest/curation.js');
  return parseCuration(text, shown);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
