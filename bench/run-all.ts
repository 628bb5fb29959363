/**
 * npm run bench — every `bench:*` script in package.json, one after the other (they compete for the same cores, so
 * never in parallel), then one table of the ratios they reported through bench/summary.ts. A benchmark that reports
 * no ratio is still listed, with its exit status. Each runs with its defaults: options mean different things to
 * different benchmarks, so run one on its own (`npm run bench:ingest -- --copies 1`) to pass any.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUMMARY_ENV, type SummaryRow } from './summary.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function main(): number {
  const scripts = benchScripts();
  if (scripts.length === 0) {
    console.error('bench: package.json has no bench:* scripts');
    return 1;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'bench-all-'));
  const summary = path.join(work, 'summary.jsonl');
  const statuses = new Map<string, number>();
  try {
    for (const script of scripts) {
      console.log(`\n=== npm run ${script}`);
      const result = spawnSync('npm', ['run', script], {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, [SUMMARY_ENV]: summary },
      });
      statuses.set(script, result.status ?? 1);
    }
    const rows = existsSync(summary) ? parseRows(readFileSync(summary, 'utf8')) : [];
    console.log(`\n${summaryTable(scripts, statuses, rows)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return [...statuses.values()].some((status) => status !== 0) ? 1 : 0;
}

function benchScripts(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return Object.keys(manifest.scripts ?? {})
    .filter((name) => name.startsWith('bench:'))
    .sort();
}

function parseRows(text: string): SummaryRow[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SummaryRow);
}

function summaryTable(scripts: string[], statuses: Map<string, number>, rows: SummaryRow[]): string {
  const lines = [['benchmark', 'figure', 'ratio', 'limit', 'verdict', 'load']];
  for (const script of scripts) {
    const bench = script.slice('bench:'.length);
    const own = rows.filter((row) => row.bench === bench);
    const status = statuses.get(script) ?? 1;
    if (status !== 0) lines.push([bench, `did not finish (exit ${status})`, '', '', 'ERROR', '']);
    else if (own.length === 0) lines.push([bench, 'ran; reports no ratio', '', '', '', '']);
    for (const row of own) {
      const load = row.load === undefined ? '' : row.load.toFixed(1);
      const verdict = row.pass ? 'PASS' : 'FAIL';
      lines.push([bench, row.name, row.ratio.toFixed(2), `≤ ${row.limit.toFixed(2)}`, verdict, load]);
    }
  }
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  return lines
    .map((line) =>
      line
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

process.exitCode = main();
