/* eslint-disable no-control-regex -- NUL marks backslash escapes (docutils escape2null); C0 separators end lines */
/**
 * Source normalisation, as docutils' `string2lines`: the parser works on lines with tabs expanded to 8-column stops,
 * trailing whitespace removed (so whitespace-only lines are blank), and every line end style split the same way.
 */

/** One source line after normalisation; `line` is its 1-based number in the original text. */
export interface SourceLine {
  text: string;
  line: number;
}

// Python's str.splitlines() breaks on these too; docutils inherits that, so we do as well.
const LINE_BREAK = /\r\n|[\n\r\x1c-\x1e\x85\u2028\u2029]/;

export function toLines(text: string): SourceLine[] {
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  const raw = source.replace(/[\v\f]/g, ' ').split(LINE_BREAK);
  // A final line end does not open an empty last line.
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((content, index) => ({ text: expandTabs(content).trimEnd(), line: index + 1 }));
}

export function expandTabs(text: string, width = 8): string {
  if (!text.includes('\t')) return text;
  let out = '';
  let column = 0; // in code points, as Python counts
  for (const char of text) {
    if (char === '\t') {
      const pad = width - (column % width);
      out += ' '.repeat(pad);
      column += pad;
    } else {
      out += char;
      column += 1;
    }
  }
  return out;
}

export function isBlank(line: SourceLine | undefined): boolean {
  return line !== undefined && line.text === '';
}

/** Number of leading spaces (only spaces indent in RST; other whitespace is text). */
export function indentOf(text: string): number {
  let count = 0;
  while (text.charCodeAt(count) === 32) count += 1;
  return count;
}

/** Removes `count` leading characters (known to be spaces) from a line. */
export function trimLeft(line: SourceLine, count: number): SourceLine {
  return count === 0 ? line : { text: line.text.slice(count), line: line.line };
}
