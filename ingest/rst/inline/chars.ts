import { CLOSERS, CLOSING_DELIMITERS, DELIMITERS, OPENERS, QUOTE_PAIRS } from './punctuation.js';

/**
 * Character tests behind docutils' inline markup recognition rules. Offsets index a string that went through
 * `escapeToNull`, where "\x00" marks a backslash escape.
 */

export const ESC = '\x00';

const WHITESPACE = /\s/u;
// Python's Unicode \w without "_": reference names and roles are made of these, "_" only between them.
const NAME_CHAR = /[\p{L}\p{N}]/u;
const START_PREFIX = new RegExp(`[${OPENERS}${DELIMITERS}]`, 'u');
const END_SUFFIX = new RegExp(`[${ESC}${CLOSING_DELIMITERS}${DELIMITERS}${CLOSERS}]`, 'u');

export function isWhitespace(ch: string | undefined): boolean {
  return ch !== undefined && WHITESPACE.test(ch);
}

export function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && NAME_CHAR.test(ch);
}

/** Rule 1 of the recognition rules: a start-string follows whitespace, an opener, a delimiter, or the text start. */
export function startsAfterBoundary(text: string, at: number, base: number): boolean {
  if (at <= base) return true;
  const before = text[at - 1];
  return isWhitespace(before) || START_PREFIX.test(before);
}

/** Rule 2: an end-string is followed by whitespace, an escape, punctuation that closes or delimits, or the end. */
export function endsBeforeBoundary(text: string, at: number, limit: number = text.length): boolean {
  if (at >= limit) return true;
  const after = text[at];
  return isWhitespace(after) || END_SUFFIX.test(after);
}

/** Whether two characters form an opener/closer pair, like "(" and ")" or the quotes of some languages. */
export function matchingPair(opener: string, closer: string): boolean {
  const i = OPENERS_LITERAL.indexOf(opener);
  if (i < 0) return false;
  return CLOSERS_LITERAL[i] === closer || (QUOTE_PAIRS[opener] ?? '').includes(closer);
}

// The class bodies escape "[", "]" and "\" with a backslash on both sides, so positions still pair up.
const OPENERS_LITERAL = [...OPENERS];
const CLOSERS_LITERAL = [...CLOSERS];
