/**
 * The contract every input must meet, whatever its bytes: ingest returns a schema-valid graph with `file:line`
 * warnings of one line each, or throws an InputError of one line `file[:line]: message`; within a generous time; and
 * nothing it writes holds a script tag or another file's contents.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { serializeGraph } from '../../../graph/serialize.js';
import { graphProblems } from '../../../graph/validate.js';
import { InputError } from '../../../ingest/errors.js';
import { ingestDocuments } from '../../../ingest/pipeline.js';

/** Far above any input here (the slowest take a few seconds on a loaded 2-core machine): only a hang exceeds it. */
export const INPUT_BUDGET_MS = 30_000;

/** Lines of a file no note may pull into the graph (`.. include:: /etc/passwd`). */
export const SECRET_LINES: readonly string[] = existsSync('/etc/passwd')
  ? readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .filter((line) => line.length > 8)
  : [];

const SCRIPT_TAG = /<\s*\/?\s*script/i;

/** What an output text must never hold; returns it for further checks. */
export function expectCleanOutput(text: string): string {
  expect(text).not.toMatch(SCRIPT_TAG);
  expect(text).not.toMatch(/javascript:/i);
  for (const line of SECRET_LINES) expect(text.includes(line), `output holds "${line}"`).toBe(false);
  return text;
}

export type Outcome = { ok: true; serialized: string } | { ok: false; message: string };

/** Ingests one document of raw bytes and checks the contract; any other exception propagates as a failure. */
export function checkIngest(file: string, bytes: Uint8Array): Outcome {
  const started = performance.now();
  let outcome: Outcome;
  try {
    const { graph, warnings } = ingestDocuments([{ file, bytes }]);
    expect(graphProblems(graph)).toEqual([]);
    for (const warning of warnings) {
      expect(warning.file).toBe(file);
      expect(warning.line).toBeGreaterThanOrEqual(1);
      expect(warning.message).not.toMatch(/[\r\n]/);
    }
    outcome = { ok: true, serialized: expectCleanOutput(serializeGraph(graph)) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}(:\\d+)?: [^\\r\\n]+$`));
    outcome = { ok: false, message: error.message };
  }
  expect(performance.now() - started).toBeLessThan(INPUT_BUDGET_MS);
  return outcome;
}
