/**
 * How `infragraph ask` prints a result: how the question was read, then each answer with its evidence as
 * `file:line: text` lines (the form editors and terminals link to the source).
 */
import type { AskError, AskResult, Interpretation } from '../graph/ask/index.js';
import { RELATION_PHRASES } from '../graph/explain.js';
import type { Evidence } from '../graph/types.js';

const INDENT = '  ';

export function formatAskResult(result: AskResult): string {
  const lines = [`read as: ${readAs(result.interpretation)} [${result.interpretation.template}]`];
  if (result.description) {
    const { label, kind, description, categories } = result.description;
    lines.push(`${label} (${kind})${description ? `: ${description}` : ''}`);
    if (categories.length > 0) lines.push(`${INDENT}categories: ${categories.join(', ')}`);
  }
  if (result.explanation) {
    if (result.explanation.length === 0) lines.push('no path between them in the graph');
    result.explanation.forEach((sentence, index) => {
      lines.push(sentence);
      lines.push(...evidenceLines(result.answers[index]?.evidence ?? []));
    });
    return `${lines.join('\n')}\n`;
  }
  if (result.comparison) lines.push(...comparisonLines(result));
  lines.push(countLine(result));
  for (const answer of result.answers) {
    lines.push(`${INDENT}${answer.label} (${answer.kind})`);
    lines.push(...evidenceLines(answer.evidence).map((line) => `${INDENT}${line}`));
  }
  return `${lines.join('\n')}\n`;
}

export function formatAskError(error: AskError): string {
  const label = error.code === 'unparseable' ? 'try' : 'did you mean';
  const hint = error.suggestions.length > 0 ? `\n${INDENT}${label}: ${error.suggestions.join(' | ')}` : '';
  return `infragraph ask: ${error.message}${hint}\n`;
}

/** "? implements PNI", "Shipyard supports ? (box runtime)", "compare Shipyard, Harbour". */
function readAs(interpretation: Interpretation): string {
  const names = interpretation.entities.map(({ label, phrase }) =>
    phrase.toLowerCase() === label.toLowerCase() ? label : `${label} ("${phrase}")`,
  );
  const filter = interpretation.category ?? interpretation.kind;
  const only = filter === undefined ? '' : `, only ${filter}`;
  switch (interpretation.template) {
    case 'compare':
      return `compare ${names.join(' and ')}`;
    case 'path':
      return `a path from ${names[0]} to ${names[1]}`;
    default: {
      const { relation, direction } = interpretation;
      if (relation === null) return names.join(', ');
      const phrase = RELATION_PHRASES[relation];
      return direction === 'out' ? `${names[0]} ${phrase} ?${only}` : `? ${phrase} ${names[0]}${only}`;
    }
  }
}

function countLine(result: AskResult): string {
  const n = result.answers.length;
  if (result.comparison) return n === 0 ? 'no neighbours in common' : `${n} in common:`;
  return n === 0 ? 'no answers in the graph' : `${n} answer${n === 1 ? '' : 's'}:`;
}

/** Per relation type and direction, what both have and what each has alone. */
function comparisonLines({ comparison, labels }: AskResult): string[] {
  if (!comparison) return [];
  const labelOf = (id: string): string => labels?.[id] ?? id;
  const key = (k: string) => k.replace(':out', ' →').replace(':in', ' ←');
  const list = (ids: readonly string[]) => ids.map(labelOf).join(', ');
  return [
    ...Object.entries(comparison.shared).map(([k, ids]) => `${INDENT}both: ${key(k)} ${list(ids)}`),
    ...Object.entries(comparison.distinct).flatMap(([id, byKey]) =>
      Object.entries(byKey).map(([k, ids]) => `${INDENT}only ${labelOf(id)}: ${key(k)} ${list(ids)}`),
    ),
  ];
}

function evidenceLines(evidence: readonly Evidence[]): string[] {
  return evidence.map(({ file, line, text }) => `${INDENT}${file}:${line}: ${text}`);
}
