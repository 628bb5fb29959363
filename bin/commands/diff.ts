/**
 * `infragraph diff old.json new.json [--json]`: what two ingests disagree on. Always exits 0 when both files read;
 * an unreadable file is one line naming it (exit 1).
 */
import { parseArgs } from 'node:util';
import { diffGraphs } from '../../graph/diff.js';
import { formatDiff } from '../format-diff.js';
import { readGraphArgument } from '../read-graph.js';
import type { Terminal } from '../terminal.js';

export const DIFF_HELP = `Usage: infragraph diff <old.json> <new.json> [--json]

Compares two graph files: entities and relations added, removed and changed (entities: label, kind, aliases,
categories, description; relations: confidence and the number of evidence sentences), matched by id.

Options:
  --json      print the differences as JSON: {entities, relations}, each {added, removed, changed}
  -h, --help  show this help
`;

export async function diffCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    terminal.out(DIFF_HELP);
    return 0;
  }
  if (positionals.length !== 2) {
    terminal.err(`infragraph diff: expected two graph files, got ${positionals.length} (see infragraph diff --help)\n`);
    return 2;
  }
  const [beforeFile, afterFile] = positionals as [string, string];
  const before = await readGraphArgument(terminal, beforeFile);
  const after = await readGraphArgument(terminal, afterFile);
  const diff = diffGraphs(before, after);
  terminal.out(values.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(diff, beforeFile, afterFile));
  return 0;
}
