/**
 * npm run bench:ingest — the whole `infragraph ingest` process against a Python docutils parse of the same text
 * (`publish_doctree` only, no writer), side by side in one run: on the bundled seed and on the seed repeated 5, 10
 * and 20 times as one file, plus a one-line document for the fixed cost of each. Runs alternate which tool goes
 * first, and medians are compared, because the machines we run on are shared and noisy. Targets (issue 4): seed ratio ≤ 1.0, 20× ratio ≤ 0.5, and growth close to linear
 * (ingest time per byte at 20× within 1.5× of 5×).
 *
 *   npx tsx bench/ingest.ts [--no-build] [--copies 0,1,20] [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadAverage, machineDescription } from './machine.js';
import { median } from './median.js';
import { recordSummary } from './summary.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = path.join(ROOT, 'data/cloud-infrastructure-technologies.rst');
const CLI = path.join(ROOT, 'bin/infragraph.js');
const ONE_LINE = 'Zorp runs on Quux.\n';
const GNU_TIME = '/usr/bin/time';

/** Fewer runs for the big inputs: each docutils run of the 20× seed takes 8 s or more. */
/** copies 0 is a one-paragraph document: what both tools cost before any real work (start-up, imports, model). */
const CASES = [
  { copies: 0, runs: 9 },
  { copies: 1, runs: 9 },
  { copies: 5, runs: 5 },
  { copies: 10, runs: 3 },
  { copies: 20, runs: 3 },
];
const RATIO_LIMITS: Record<number, number> = { 1: 1.0, 20: 0.5 };
const LINEARITY_LIMIT = 1.5;

const DOCUTILS_PARSE = [
  'import sys, docutils.core',
  "text = open(sys.argv[1], encoding='utf-8').read()",
  "docutils.core.publish_doctree(text, settings_overrides={'report_level': 5})",
].join('\n');

interface Measured {
  copies: number;
  bytes: number;
  /** Wall-clock seconds per run, the figures the targets are about. */
  ingest: number[];
  docutils: number[];
  /** CPU seconds (user + system) per run: less disturbed than wall time when other work shares the cores. */
  ingestCpu: number[];
  docutilsCpu: number[];
  load: number[];
}

function main(): void {
  const { values } = parseArgs({
    options: { 'no-build': { type: 'boolean' }, copies: { type: 'string' }, runs: { type: 'string' } },
  });
  const wanted = values.copies?.split(',').map(Number);
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (!existsSync(GNU_TIME)) fail(`${GNU_TIME} (GNU time) is missing: apt-get install -y time`);
  if (!values['no-build']) build();
  console.log(`${machineDescription()}\n`);
  const work = mkdtempSync(path.join(tmpdir(), 'bench-ingest-'));
  try {
    const seed = readFileSync(SEED, 'utf8');
    const results: Measured[] = [];
    for (const entry of CASES.filter((item) => !wanted || wanted.includes(item.copies))) {
      const input = entry.copies === 1 ? SEED : repeated(entry.copies === 0 ? ONE_LINE : seed, entry.copies, work);
      results.push(measure(input, entry.copies, runs ?? entry.runs, work));
    }
    report(results);
    console.log(`\nload average at end: ${loadAverage()}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The CLI runs from dist/: compile the part of `npm run build` it needs (not the viewer). */
function build(): void {
  const result = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) fail(`build failed (npx tsc -p tsconfig.build.json):\n${result.stdout}${result.stderr}`);
}

/** The seed n times as one document; a blank line keeps the last paragraph of one copy off the next title. */
function repeated(seed: string, copies: number, work: string): string {
  const file = path.join(work, `seed-x${copies}.rst`);
  writeFileSync(file, Array.from({ length: Math.max(1, copies) }, () => seed).join('\n\n'));
  return file;
}

function measure(input: string, copies: number, runs: number, work: string): Measured {
  const measured: Measured = {
    copies,
    bytes: statSync(input).size,
    ingest: [],
    docutils: [],
    ingestCpu: [],
    docutilsCpu: [],
    load: [],
  };
  const out = path.join(work, 'graph.json');
  const times = path.join(work, 'times.txt');
  process.stderr.write(`${label(copies)}: `);
  for (let run = 0; run < runs; run++) {
    measured.load.push(loadavg()[0]);
    // Alternate which goes first, so warm caches and bursts of load from other work favour neither.
    const order = run % 2 === 0 ? (['ingest', 'docutils'] as const) : (['docutils', 'ingest'] as const);
    for (const tool of order) {
      const args =
        tool === 'ingest' ? ['node', CLI, 'ingest', input, '--out', out] : ['python3', '-c', DOCUTILS_PARSE, input];
      const { wall, cpu } = timed(args, times);
      measured[tool].push(wall);
      measured[tool === 'ingest' ? 'ingestCpu' : 'docutilsCpu'].push(cpu);
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return measured;
}

/**
 * Wall-clock and CPU seconds of one whole process (GNU time reports the CPU time of the child, which Node cannot).
 * A failed run ends the benchmark: a time for a crash means nothing.
 */
function timed(command: string[], times: string): { wall: number; cpu: number } {
  const started = performance.now();
  const result = spawnSync(GNU_TIME, ['-f', '%U %S', '-o', times, ...command], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  if (result.error) fail(`${GNU_TIME}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command.slice(0, 3).join(' ')} exited ${result.status}:\n${result.stderr}`);
  const [user, system] = readFileSync(times, 'utf8').trim().split(/\s+/).map(Number);
  return { wall, cpu: user + system };
}

function report(results: Measured[]): void {
  const rows = [['input', 'size', 'runs', 'ingest s', 'docutils s', 'ratio', 'limit', 'verdict', 'cpu ratio', 'load']];
  for (const entry of results) {
    const ingest = median(entry.ingest);
    const docutils = median(entry.docutils);
    const ratio = ingest / docutils;
    const limit = RATIO_LIMITS[entry.copies];
    const load = median(entry.load);
    const pass = limit === undefined ? undefined : ratio <= limit;
    rows.push([
      label(entry.copies),
      `${(entry.bytes / 1024).toFixed(0)} KB`,
      String(entry.ingest.length),
      `${ingest.toFixed(2)} (${spread(entry.ingest)})`,
      `${docutils.toFixed(2)} (${spread(entry.docutils)})`,
      ratio.toFixed(2),
      limit === undefined ? '' : `≤ ${limit.toFixed(2)}`,
      pass === undefined ? '' : pass ? 'PASS' : 'FAIL',
      (median(entry.ingestCpu) / median(entry.docutilsCpu)).toFixed(2),
      load.toFixed(1),
    ]);
    if (limit !== undefined)
      recordSummary({
        bench: 'ingest',
        name: `${label(entry.copies)}: ingest / docutils`,
        ratio,
        limit,
        pass: !!pass,
        load,
      });
  }
  console.log(table(rows));
  console.log(
    '(wall-clock medians, min–max in brackets; cpu ratio = the same with user+system CPU seconds, steadier under load;',
  );
  console.log(' load = median 1-minute load average before each run, on this many cores: ' + cpus().length + ')');
  linearity(results);
}

/** Time per byte at 20× against 5×: close to 1 when the work grows linearly with the input. */
function linearity(results: Measured[]): void {
  const small = results.find((entry) => entry.copies === 5);
  const big = results.find((entry) => entry.copies === 20);
  if (!small || !big) return;
  type Series = 'ingest' | 'docutils' | 'ingestCpu' | 'docutilsCpu';
  const perMegabyte = (entry: Measured, series: Series) => median(entry[series]) / (entry.bytes / 1e6);
  const growth = (series: Series) => perMegabyte(big, series) / perMegabyte(small, series);
  for (const tool of ['ingest', 'docutils'] as const) {
    const ratio = growth(tool);
    const figures =
      `${perMegabyte(small, tool).toFixed(2)} s/MB at ×5, ${perMegabyte(big, tool).toFixed(2)} s/MB at ×20` +
      ` → ${ratio.toFixed(2)} (cpu ${growth(tool === 'ingest' ? 'ingestCpu' : 'docutilsCpu').toFixed(2)})`;
    if (tool === 'docutils') {
      console.log(`linearity, docutils (for comparison): ${figures}`);
      continue;
    }
    const pass = ratio <= LINEARITY_LIMIT;
    console.log(`linearity, ingest: ${figures}, limit ≤ ${LINEARITY_LIMIT}: ${pass ? 'PASS' : 'FAIL'}`);
    const load = median([...small.load, ...big.load]);
    recordSummary({ bench: 'ingest', name: 'ingest s/MB ×20 / ×5', ratio, limit: LINEARITY_LIMIT, pass, load });
  }
}

function label(copies: number): string {
  return copies === 0 ? 'one line' : `seed ×${copies}`;
}

function spread(times: number[]): string {
  return `${Math.min(...times).toFixed(2)}–${Math.max(...times).toFixed(2)}`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function fail(message: string): never {
  console.error(`bench:ingest: ${message}`);
  process.exit(1);
}

main();
