/**
 * The text an evidence quotes: its sentence with whitespace collapsed. A "sentence" can be a whole paragraph of
 * thousands of names with no full stop; quoting all of it in each of its thousands of relations made output and
 * memory grow with the square of its length. Past a cap, each relation quotes a window around its own position.
 */

/** Longer sentences are quoted as a window of about this many characters around the relation. */
export const EVIDENCE_MAX_CHARS = 1000;

/** Quotes `text[start, end)` for a relation found at `offset`, whole when short, else a window marked with "…". */
export function evidenceText(text: string, start: number, end: number, offset: number): string {
  if (end - start <= EVIDENCE_MAX_CHARS) return collapse(text.slice(start, end));
  const half = EVIDENCE_MAX_CHARS / 2;
  const from = Math.max(start, Math.min(offset - half, end - EVIDENCE_MAX_CHARS));
  const to = Math.min(end, from + EVIDENCE_MAX_CHARS);
  // Cut at spaces where there are any nearby, so no word is quoted in half.
  const left = from === start ? from : wordStart(text, from, start);
  const right = to === end ? to : wordEnd(text, to, end);
  return `${left > start ? '… ' : ''}${collapse(text.slice(left, right))}${right < end ? ' …' : ''}`;
}

function collapse(quoted: string): string {
  return quoted.replace(/\s+/g, ' ').trim();
}

const SPACE_SEARCH = 40;

function wordStart(text: string, from: number, limit: number): number {
  for (let i = from; i > Math.max(limit, from - SPACE_SEARCH); i--) if (/\s/.test(text[i - 1]!)) return i;
  return from;
}

function wordEnd(text: string, to: number, limit: number): number {
  for (let i = to; i < Math.min(limit, to + SPACE_SEARCH); i++) if (/\s/.test(text[i]!)) return i;
  return to;
}
