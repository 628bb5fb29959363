/**
 * `infragraph start`: make sure the bundled data's graph exists and is fresh (ingesting the notes when it is missing,
 * damaged or older than them), then serve it with the viewer (`infragraph serve`), on http://localhost:8080 unless
 * --port/PORT say otherwise. `--prepare-only` stops after the graph is ready; `--watch` keeps re-ingesting the notes
 * as they change (serve --watch).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { filesUnder, isGraphOutdated } from '../../graph/freshness.js';
import { GraphFileError, readGraphFile } from '../../graph/io.js';
import { summarizeGraph } from '../../graph/summary.js';
import { listInputs, rstFilesIn } from '../../ingest/read.js';
import { START_HELP } from '../help.js';
import { packageRoot } from '../package-info.js';
import { formatSummary } from '../report.js';
import type { Terminal } from '../terminal.js';
import { ingestToFile } from './ingest.js';
import { serveCommand, type ServeHooks } from './serve.js';

export async function startCommand(args: string[], terminal: Terminal, hooks: ServeHooks = {}): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      'prepare-only': { type: 'boolean' },
      port: { type: 'string' },
      host: { type: 'string' },
      watch: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    terminal.out(START_HELP);
    return 0;
  }
  const dataFolder = values.data ?? (path.relative(terminal.cwd, path.join(packageRoot(), 'data')) || '.');
  const out = path.join(dataFolder, 'graph.json');
  const sources = await rstFilesIn(dataFolder, terminal);
  const { files } = await listInputs(sources, terminal);
  const outAbsolute = path.resolve(terminal.cwd, out);
  // The ingest code counts as a source: after an upgrade that extracts better, the graph is rebuilt.
  const ingestCode = await filesUnder(fileURLToPath(new URL('../../ingest/', import.meta.url)));
  // Hand corrections kept next to the notes are applied, and count as a source like them.
  const curationFile = path.join(dataFolder, 'curation.yaml');
  const curation = existsSync(path.resolve(terminal.cwd, curationFile)) ? curationFile : undefined;
  const sourceFiles = [...files.map((file) => file.absolute), ...ingestCode];
  if (curation) sourceFiles.push(path.resolve(terminal.cwd, curation));
  await prepareGraph(sources, out, outAbsolute, sourceFiles, terminal, curation);
  if (values['prepare-only']) return 0;
  const serveArgs = ['--graph', out, '--sources', dataFolder];
  if (values.port !== undefined) serveArgs.push('--port', values.port);
  if (values.host !== undefined) serveArgs.push('--host', values.host);
  if (values.watch) serveArgs.push('--watch', ...(curation ? ['--curation', curation] : []));
  return serveCommand(serveArgs, terminal, hooks);
}

async function prepareGraph(
  sources: string[],
  out: string,
  outAbsolute: string,
  sourceFiles: string[],
  terminal: Terminal,
  curation: string | undefined,
): Promise<void> {
  if (await isGraphOutdated(outAbsolute, sourceFiles)) {
    await ingestToFile(sources, out, terminal, { quiet: false, curation });
    return;
  }
  try {
    const graph = await readGraphFile(outAbsolute);
    // A curation file added or removed since the graph was built changes the graph even when no date says so.
    if (Boolean(graph.curation) !== (curation !== undefined)) {
      await ingestToFile(sources, out, terminal, { quiet: false, curation });
      return;
    }
    terminal.out(formatSummary(summarizeGraph(graph), { headline: `${out} is up to date` }));
  } catch (error) {
    if (!(error instanceof GraphFileError)) throw error;
    // A damaged graph is rebuilt from the notes rather than left in the way.
    terminal.err(`${out}: ${error.reason}; rebuilding it\n`);
    await ingestToFile(sources, out, terminal, { quiet: false, curation });
  }
}
