/** What the CLI prints after a run: warnings (capped) and the summary. */
import type { GraphSummary } from '../graph/summary.js';
import { ENTITY_KINDS, RELATION_TYPES } from '../graph/types.js';
import type { IngestWarning } from '../ingest/types.js';
import { printablePath } from '../graph/printable-path.js';

/** Enough to see what kind of problems there are, without flooding the terminal. */
export const MAX_WARNINGS_SHOWN = 20;

/** `file:line: message` lines, at most MAX_WARNINGS_SHOWN, then a count of the rest. */
export function formatWarnings(warnings: readonly IngestWarning[], displayFile: (file: string) => string): string {
  const lines = warnings
    .slice(0, MAX_WARNINGS_SHOWN)
    .map((warning) => `${printablePath(displayFile(warning.file))}:${warning.line}: ${warning.message}`);
  const rest = warnings.length - MAX_WARNINGS_SHOWN;
  if (rest > 0) lines.push(`... and ${rest} more warning${rest === 1 ? '' : 's'}`);
  return lines.map((line) => `${line}\n`).join('');
}

export interface SummaryContext {
  /** What happened, e.g. "ingested 3 documents (0.1 MB) into data/graph.json". */
  headline: string;
  warnings?: number;
  seconds?: number;
}

export function formatSummary(summary: GraphSummary, context: SummaryContext): string {
  const kinds = ENTITY_KINDS.filter((kind) => summary.entitiesByKind[kind] > 0).map(
    (kind) => `${kind} ${summary.entitiesByKind[kind]}`,
  );
  const types = RELATION_TYPES.filter((type) => summary.relationsByType[type] > 0).map(
    (type) => `${type} ${summary.relationsByType[type]}`,
  );
  const lines = [
    context.headline,
    `  documents  ${summary.documents}`,
    `  sections   ${summary.sections}`,
    `  entities   ${summary.entities}${kinds.length ? ` (${kinds.join(', ')})` : ''}`,
    `  relations  ${summary.relations}${types.length ? ` (${types.join(', ')})` : ''}`,
  ];
  if (context.warnings !== undefined) lines.push(`  warnings   ${context.warnings}`);
  if (context.seconds !== undefined) lines.push(`  seconds    ${context.seconds.toFixed(2)}`);
  return lines.map((line) => `${line}\n`).join('');
}
