import { CLOSERS, CLOSING_DELIMITERS, DELIMITERS, OPENERS, QUOTE_PAIRS } from './punctuation.js';

/**
 * Character tests behind docutils' inline markup recognition rules. Offsets index a string that went through
 * `escapeToNull`, where "\x00" marks a backslash escape.
 */

export const ESC = '\x00';

// Python's \s (str.isspace), which docutils' patterns use: unlike JavaScript's \s it has \x1c-\x1f and \x85 but
// not the byte-order mark.
export const PY_WHITESPACE =
  '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WHITESPACE = new RegExp(`[${PY_WHITESPACE}]`);
// Python's Unicode \w without "_": reference names and roles are made of these, "_" only between them.
const NAME_CHAR = /[\p{L}\p{N}]/u;
const START_PREFIX = new RegExp(`[${OPENERS}${DELIMITERS}]`, 'u');
const END_SUFFIX = new RegExp(`[${ESC}${CLOSING_DELIMITERS}${DELIMITERS}${CLOSERS}]`, 'u');

// Most text is ASCII: decide it from tables, keep the Unicode classes for the rest.
function asciiTable(pattern: RegExp): boolean[] {
  return Array.from({ length: 128 }, (_, code) => pattern.test(String.fromCharCode(code)));
}
const ASCII_WHITESPACE = asciiTable(WHITESPACE);
const ASCII_NAME = asciiTable(NAME_CHAR);
const ASCII_START_PREFIX = asciiTable(START_PREFIX);
const ASCII_END_SUFFIX = asciiTable(END_SUFFIX);

export function isWhitespace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  return code < 128 ? ASCII_WHITESPACE[code] : WHITESPACE.test(ch);
}

// Offsets count UTF-16 units, but docutils' classes hold code points (some delimiters and letters are astral).
function codePointAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const high = text.charCodeAt(at - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return pair ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

/** Length in UTF-16 units of the name character (a letter or digit, as in Python's \w) at `at`, or 0. */
export function nameCharLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII_NAME[code] ? 1 : 0;
  const ch = codePointAt(text, at);
  return ch !== '' && NAME_CHAR.test(ch) ? ch.length : 0;
}

/** Rule 1 of the recognition rules: a start-string follows whitespace, an opener, a delimiter, or the text start. */
export function startsAfterBoundary(text: string, at: number, base: number): boolean {
  if (at <= base) return true;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return ASCII_WHITESPACE[code] || ASCII_START_PREFIX[code];
  const before = codePointBefore(text, at);
  return isWhitespace(before) || START_PREFIX.test(before);
}

/** Rule 2: an end-string is followed by whitespace, an escape, punctuation that closes or delimits, or the end. */
export function endsBeforeBoundary(text: string, at: number, limit: number = text.length): boolean {
  if (at >= limit) return true;
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII_WHITESPACE[code] || ASCII_END_SUFFIX[code];
  const after = codePointAt(text, at);
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
