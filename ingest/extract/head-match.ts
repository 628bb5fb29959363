/**
 * Where a category head ("hypervisor", "container runtime") stands in a text, as a whole word in singular or plural
 * and in any case. `headPattern` says it as a regex; `matchHeadAt` does the same work by hand at one position.
 *
 * Why both: a Unicode regex with letter classes (`\p{L}`) costs about a millisecond to compile, and the lexicon has
 * over a hundred heads, so compiling them took more time than all the matching on a typical document. The hand
 * matcher compiles nothing; the regex stays as its definition (tests hold the two equal) and serves text whose
 * lower-cased form does not line up with it character for character.
 */

/** A letter, a digit or a hyphen: what may not touch a head on either side. */
const WORD_CHAR = /^[\p{L}\p{N}-]$/u;
const SPACE = /^\s$/u;

/**
 * The head's pattern: whole word, any case, each space standing for any run of white space, and the plural a head
 * takes ("proxy" → "proxies", "mesh" → "meshes", "runtime" → "runtimes").
 */
export function headPattern(head: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${pluralisable(head)}(?![\\p{L}\\p{N}-])`, 'giu');
}

function pluralisable(head: string): string {
  const escaped = head.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
  if (/y$/.test(head)) return `${escaped.slice(0, -1)}(?:y|ies)`;
  if (/(sh|ch|x|s)$/.test(head)) return `${escaped}(?:es)?`;
  return `${escaped}s?`;
}

/** The endings to try after the head's stem, in the order the pattern tries them (greedy first). */
function endings(head: string): { stem: string; endings: string[] } {
  if (/y$/.test(head)) return { stem: head.slice(0, -1), endings: ['y', 'ies'] };
  if (/(sh|ch|x|s)$/.test(head)) return { stem: head, endings: ['es', ''] };
  return { stem: head, endings: ['s', ''] };
}

export interface HeadMatcher {
  head: string;
  /** The end of the match of `headPattern(head)` starting exactly at `start`, or -1 when there is none. */
  matchAt(text: string, start: number): number;
}

export function headMatcher(head: string): HeadMatcher {
  const { stem, endings: tails } = endings(head);
  return {
    head,
    matchAt(text: string, start: number): number {
      if (start > 0 && isWordChar(codePointBefore(text, start))) return -1;
      const afterStem = matchLiteral(text, start, stem);
      if (afterStem === -1) return -1;
      for (const tail of tails) {
        const end = matchLiteral(text, afterStem, tail);
        if (end !== -1 && !(end < text.length && isWordChar(codePointAt(text, end)))) return end;
      }
      return -1;
    },
  };
}

/**
 * Matches `literal` (lower-case ASCII) at `start` the way the pattern does under the `iu` flags: a space as one or
 * more white-space characters, a letter as itself in either case (or "ſ" for s and the Kelvin sign for k, which
 * Unicode case folding maps to them), anything else as itself. Returns the end, or -1.
 */
function matchLiteral(text: string, start: number, literal: string): number {
  let at = start;
  for (const char of literal) {
    if (char === ' ') {
      if (at >= text.length || !SPACE.test(text[at]!)) return -1;
      while (at < text.length && SPACE.test(text[at]!)) at++;
      continue;
    }
    const found = text[at];
    if (found === undefined) return -1;
    if (found !== char && !foldsTo(found, char)) return -1;
    at++;
  }
  return at;
}

function foldsTo(found: string, char: string): boolean {
  if (found === char.toUpperCase() && char !== found) return /[a-z]/.test(char);
  return (char === 's' && found === '\u017f') || (char === 'k' && found === '\u212a');
}

/** The code point before `index` as a string (a surrogate pair read as one character, as a `u` regex does). */
function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}

function codePointAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index)!);
}

function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char);
}
