/**
 * Aligns two section outlines (docutils' and ours) by their (title, depth) sequence, so one missing or extra
 * section costs one mismatch instead of shifting every later comparison.
 */

export interface OutlineEntry {
  title: string;
  depth: number;
  line: number;
}

/** One step of the alignment: a pair seen by both, or a section only one side found. */
export type AlignmentStep =
  | { kind: 'match'; expected: OutlineEntry; actual: OutlineEntry }
  | { kind: 'missing'; expected: OutlineEntry }
  | { kind: 'extra'; actual: OutlineEntry };

export interface OutlineAlignment {
  steps: AlignmentStep[];
  matched: number;
  /** Sections in the reference (docutils) outline: the denominator of the score. */
  expectedCount: number;
  /** matched / expectedCount; 1 for two empty outlines. */
  score: number;
}

const sameKey = (a: OutlineEntry, b: OutlineEntry): boolean => a.title === b.title && a.depth === b.depth;

/** Longest common subsequence over (title, depth); O(n·m), fine for documents of a few hundred sections. */
export function alignOutlines(expected: OutlineEntry[], actual: OutlineEntry[]): OutlineAlignment {
  const n = expected.length;
  const m = actual.length;
  // suffix[i][j] = LCS length of expected[i..] and actual[j..], so the walk below can go forwards.
  const suffix: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      suffix[i][j] = sameKey(expected[i], actual[j])
        ? suffix[i + 1][j + 1] + 1
        : Math.max(suffix[i + 1][j], suffix[i][j + 1]);
    }
  }
  const steps: AlignmentStep[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    // Taking an equal pair greedily never shortens the LCS.
    if (i < n && j < m && sameKey(expected[i], actual[j])) {
      steps.push({ kind: 'match', expected: expected[i++], actual: actual[j++] });
    } else if (i < n && (j === m || suffix[i + 1][j] >= suffix[i][j + 1])) {
      steps.push({ kind: 'missing', expected: expected[i++] });
    } else {
      steps.push({ kind: 'extra', actual: actual[j++] });
    }
  }
  const matched = suffix[0][0];
  return { steps, matched, expectedCount: n, score: n === 0 ? 1 : matched / n };
}

const show = (entry: OutlineEntry): string =>
  `${'#'.repeat(entry.depth)} ${JSON.stringify(entry.title)} (line ${entry.line})`;

/**
 * The first `limit` differences as a unified-diff-like listing: "-" only docutils, "+" only ours, with the
 * matched section before each difference as context.
 */
export function describeDifferences(alignment: OutlineAlignment, limit = 10): string {
  const lines: string[] = [];
  let shown = 0;
  let previous: AlignmentStep | undefined;
  for (const step of alignment.steps) {
    if (step.kind !== 'match') {
      if (shown === limit) {
        lines.push('  …');
        break;
      }
      if (previous?.kind === 'match') lines.push(`  ${show(previous.expected)}`);
      lines.push(
        step.kind === 'missing' ? `- ${show(step.expected)}   [docutils only]` : `+ ${show(step.actual)}   [ours only]`,
      );
      shown++;
    }
    previous = step;
  }
  return lines.join('\n');
}

/** Matched sections whose title line differs, as "docutils line N, ours M: title". */
export function lineMismatches(alignment: OutlineAlignment): string[] {
  const mismatches: string[] = [];
  for (const step of alignment.steps) {
    if (step.kind === 'match' && step.expected.line !== step.actual.line) {
      mismatches.push(`docutils line ${step.expected.line}, ours ${step.actual.line}: ${show(step.expected)}`);
    }
  }
  return mismatches;
}
