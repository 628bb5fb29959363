import { endsBeforeBoundary, ESC, isWhitespace } from './chars.js';
import { NameScanner } from './names.js';

/** Where an end-string was found: [start, end) covers it, suffix role and reference marker included. */
export interface EndMatch {
  start: number;
  end: number;
  /** `text`:role: */
  role: string | null;
  /** "_" or "__" after interpreted text (a phrase reference), else "". */
  refend: string;
}

/**
 * Tests whether an end-string starts at `at`. `lookbehind` is false at the first offset searched, because docutils
 * searches a slice that starts there and so cannot see the character before it.
 */
export type EndTest = (text: string, at: number, lookbehind: boolean) => EndMatch | null;

function plain(at: number, length: number): EndMatch {
  return { start: at, end: at + length, role: null, refend: '' };
}

// Emphasis, strong, inline targets and substitutions may not end after whitespace or an escape.
function notAfterSpaceOrEscape(text: string, at: number, lookbehind: boolean): boolean {
  return !lookbehind || !(isWhitespace(text[at - 1]) || text[at - 1] === ESC);
}

function fixedEnd(marker: string, afterEscapeOk: boolean): EndTest {
  return (text, at, lookbehind) => {
    if (!text.startsWith(marker, at)) return null;
    const preceded = afterEscapeOk
      ? !lookbehind || !isWhitespace(text[at - 1])
      : notAfterSpaceOrEscape(text, at, lookbehind);
    return preceded && endsBeforeBoundary(text, at + marker.length) ? plain(at, marker.length) : null;
  };
}

export const emphasisEnd: EndTest = fixedEnd('*', false);
export const strongEnd: EndTest = fixedEnd('**', false);
// A literal may end right after a backslash: backslashes are literal inside it.
export const literalEnd: EndTest = fixedEnd('``', true);
export const targetEnd: EndTest = fixedEnd('`', false);

/** "|", "|_" or "|__", the longest that is followed by a boundary. */
export const substitutionEnd: EndTest = (text, at, lookbehind) => {
  if (text[at] !== '|' || !notAfterSpaceOrEscape(text, at, lookbehind)) return null;
  for (const marker of ['|__', '|_', '|']) {
    if (text.startsWith(marker, at) && endsBeforeBoundary(text, at + marker.length)) return plain(at, marker.length);
  }
  return null;
};

/** "`" with an optional ":role:" and "_"/"__" after it; whitespace before it must be escaped. */
export function interpretedEnd(names: NameScanner): EndTest {
  return (text, at, lookbehind) => {
    if (text[at] !== '`') return null;
    if (lookbehind) {
      const before = text[at - 1];
      if ((isWhitespace(before) || before === ESC) && text[at - 2] !== ESC) return null;
    }
    const roles: (string | null)[] = [];
    if (text[at + 1] === ':') {
      const nameEnd = names.endFrom(at + 2);
      if (nameEnd > 0 && text[nameEnd] === ':') roles.push(text.slice(at + 2, nameEnd));
    }
    roles.push(null);
    for (const role of roles) {
      const after = role === null ? at + 1 : at + role.length + 3;
      for (const refend of ['__', '_', '']) {
        if (text.startsWith(refend, after) && endsBeforeBoundary(text, after + refend.length)) {
          return { start: at, end: after + refend.length, role, refend };
        }
      }
    }
    return null;
  };
}

/**
 * Searches end-strings of one kind. Start-strings are met left to right, so searches start at increasing offsets;
 * remembering the last answer makes 10k unterminated start-strings cost one pass instead of 10k.
 */
export class EndFinder {
  private searchedFrom = -1;
  private found: EndMatch | null = null;

  constructor(
    private readonly text: string,
    private readonly test: EndTest,
    private readonly firstChar: string,
  ) {}

  /** The first end-string in text[from:] as docutils finds it; one at `from` itself means empty content. */
  find(from: number): EndMatch | null {
    return this.test(this.text, from, false) ?? this.firstAfter(from + 1);
  }

  private firstAfter(from: number): EndMatch | null {
    const cached = this.searchedFrom >= 0 && from >= this.searchedFrom;
    if (cached && (this.found === null || from <= this.found.start)) return this.found;
    this.searchedFrom = from;
    this.found = null;
    for (let at = this.text.indexOf(this.firstChar, from); at >= 0; at = this.text.indexOf(this.firstChar, at + 1)) {
      const match = this.test(this.text, at, true);
      if (match) {
        this.found = match;
        break;
      }
    }
    return this.found;
  }
}
