/** `infragraph ingest`: read → ingestDocuments → write, printing progress, warnings and a summary. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphFileError, writeGraphFile } from '../../graph/io.js';
import { summarizeGraph } from '../../graph/summary.js';
import { rstFilesIn } from '../../ingest/read.js';
import { INGEST_HELP } from '../help.js';
import { ingestGraph } from '../ingest-graph.js';
import type { IngestGraphOptions } from '../ingest-graph.js';
import { megabytes } from '../progress.js';
import { formatSummary, formatWarnings } from '../report.js';
import type { Terminal } from '../terminal.js';

export const DEFAULT_DATA_FOLDER = 'data';
export const DEFAULT_OUT = 'data/graph.json';

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

export type IngestToFileOptions = IngestGraphOptions;

/** The whole run; throws InputError / GraphFileError (one line each) before touching `out` when anything fails. */
export async function ingestToFile(
  inputs: readonly string[],
  out: string,
  terminal: Terminal,
  options: IngestToFileOptions,
): Promise<void> {
  const started = performance.now();
  const ingested = await ingestGraph(inputs, terminal, options);
  const { graph, curation } = ingested;
  await writeGraphFile(path.resolve(terminal.cwd, out), graph).catch((error: unknown) => {
    throw error instanceof GraphFileError ? new GraphFileError(out, error.reason, error.line) : error;
  });
  terminal.err(formatWarnings(ingested.warnings, ingested.displayFile));
  if (options.quiet) return;
  const documentsWord = ingested.documents === 1 ? 'document' : 'documents';
  const corrections = curation ? `, with ${plural(curation.actions.length, 'correction')} from ${curation.file}` : '';
  const headline = `ingested ${ingested.documents} ${documentsWord} (${megabytes(ingested.bytes)} MB) into ${out}${corrections}`;
  const seconds = (performance.now() - started) / 1000;
  terminal.out(formatSummary(summarizeGraph(graph), { headline, warnings: ingested.warnings.length, seconds }));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
