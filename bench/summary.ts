/**
 * How a benchmark reports its verdicts to `npm run bench` (bench/run-all.ts): one JSON line per compared figure,
 * appended to the file named by BENCH_SUMMARY. Outside run-all the variable is unset and nothing is written, so a
 * benchmark run on its own only prints its own table.
 */
import { appendFileSync } from 'node:fs';

export const SUMMARY_ENV = 'BENCH_SUMMARY';

export interface SummaryRow {
  bench: string;
  /** What was compared, e.g. "seed ×20: ingest / docutils". */
  name: string;
  ratio: number;
  /** The ratio must stay at or under this. */
  limit: number;
  pass: boolean;
  /** Load average (1 min) while measuring: figures taken under load are less trustworthy. */
  load?: number;
}

export function recordSummary(row: SummaryRow): void {
  const file = process.env[SUMMARY_ENV];
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}
