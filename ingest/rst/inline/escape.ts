/* eslint-disable no-control-regex -- "\x00" marks backslash escapes, as in docutils. */
import { ESC, PY_WHITESPACE } from './chars.js';

const WHITESPACE_RUN = new RegExp(`[${PY_WHITESPACE}]+`, 'g');

/**
 * Backslash escapes, handled as docutils does: every backslash becomes "\x00" in front of the character it escapes,
 * which keeps offsets (and so line numbers) unchanged while markup recognition treats escaped characters as plain.
 */
export function escapeToNull(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', from)) {
    out += text.slice(from, at) + ESC + text.slice(at + 1, at + 2);
    from = at + 2;
  }
  return out + text.slice(from);
}

/** Removes escape markers; an escaped space or newline disappears entirely. */
export function unescape(text: string): string {
  return text.replace(/\x00[ \n]?/g, '');
}

/** Puts the backslashes back, for literal text and problematic source. */
export function restoreBackslashes(text: string): string {
  return text.replace(/\x00/g, '\\');
}

/** Removes all whitespace (Python's notion of it, as docutils' `''.join(text.split())`). */
export function removeWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, '');
}

/** Splits on escaped whitespace ("\x00 " or "\x00\n"). */
export function splitEscapedWhitespace(text: string): string[] {
  return text.split(/\x00[ \n]/);
}

/** Lower-cased, whitespace-collapsed form of a reference name (docutils' normalize_name). */
export function normalizeName(name: string): string {
  return whitespaceNormalizeName(name).toLowerCase();
}

export function whitespaceNormalizeName(name: string): string {
  return name.split(WHITESPACE_RUN).filter(Boolean).join(' ');
}
