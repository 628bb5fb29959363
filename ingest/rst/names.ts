/* eslint-disable no-control-regex -- NUL marks backslash escapes (docutils escape2null); C0 separators end lines */
/** Reference names and escapes, shared by targets, footnotes and directives (docutils' simplename, normalize_name). */

/** Alphanumerics with isolated internal "-._+:" characters. */
export const SIMPLENAME = '(?:[\\p{L}\\p{N}])+(?:[-._+:](?:[\\p{L}\\p{N}])+)*';

/** docutils' escape2null: a backslash escape becomes NUL + the character, so patterns can see what was escaped. */
export function escapeToNull(text: string): string {
  return text.replace(/\\([\s\S])/g, '\x00$1');
}

/** Drops escape markers; escaped whitespace disappears entirely, as docutils' unescape does. */
export function unescape(text: string): string {
  return text.replace(/\x00\s/g, '').replace(/\x00/g, '');
}

/** docutils' normalize_name: case-folded, whitespace collapsed. */
export function normalizeName(name: string): string {
  return name.trim().split(/\s+/).join(' ').toLowerCase();
}
