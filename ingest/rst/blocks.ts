/**
 * Extraction of indented and contiguous blocks of lines, after docutils' StringList.get_indented / get_text_block.
 * Every function takes the lines and a start index and returns the block plus the index just past it.
 */
import { indentOf, trimLeft, type SourceLine } from './lines.js';

export interface IndentedBlock {
  /** The block with the common indent removed and leading blank lines dropped. */
  lines: SourceLine[];
  /** The indent that was removed. */
  indent: number;
  /** Index of the first line after the block. */
  next: number;
  /** Whether the block ended with a blank line or at the end of input (a clean end, not an unindent). */
  blankFinish: boolean;
}

export interface IndentOptions {
  untilBlank?: boolean;
  stripIndent?: boolean;
  /** The indent of every line, when known (list items). */
  blockIndent?: number;
  /** The indent of the first line only, when known (field bodies, directives): its text starts there. */
  firstIndent?: number;
  /** Drop blank lines at the top (default true). */
  stripTop?: boolean;
}

export function getIndented(lines: readonly SourceLine[], start: number, options: IndentOptions = {}): IndentedBlock {
  const { untilBlank = false, stripIndent = true, blockIndent, stripTop = true } = options;
  const firstIndent = options.firstIndent ?? blockIndent;
  let indent = blockIndent;
  let end = firstIndent === undefined ? start : start + 1;
  let blankFinish = true;
  while (end < lines.length) {
    const text = lines[end].text;
    const insufficient = blockIndent !== undefined && text.slice(0, blockIndent).trim() !== '';
    if (text !== '' && (text[0] !== ' ' || insufficient)) {
      // The block finished properly only if the last line in it was blank.
      blankFinish = end > start && lines[end - 1].text === '';
      break;
    }
    if (text === '') {
      if (untilBlank) break;
    } else if (blockIndent === undefined) {
      const lineIndent = indentOf(text);
      indent = indent === undefined ? lineIndent : Math.min(indent, lineIndent);
    }
    end += 1;
  }
  const block = lines.slice(start, Math.min(end, lines.length)).map((line, index) => {
    if (index === 0 && firstIndent !== undefined) return trimLeft(line, firstIndent);
    return indent && stripIndent ? trimLeft(line, Math.min(indent, indentOf(line.text))) : line;
  });
  let top = 0;
  if (stripTop) while (top < block.length && block[top].text.trim() === '') top += 1;
  return { lines: block.slice(top), indent: indent ?? 0, next: start + block.length, blankFinish };
}

/** Lines up to the next blank line. With flushLeft, stops before an indented line and reports it. */
export function getTextBlock(
  lines: readonly SourceLine[],
  start: number,
  flushLeft: boolean,
): { lines: SourceLine[]; next: number; unexpectedIndent: boolean } {
  let end = start;
  while (end < lines.length && lines[end].text !== '') {
    if (flushLeft && lines[end].text[0] === ' ')
      return { lines: lines.slice(start, end), next: end, unexpectedIndent: true };
    end += 1;
  }
  return { lines: lines.slice(start, end), next: end, unexpectedIndent: false };
}

/** Drops trailing blank lines. */
export function trimEndBlank(lines: SourceLine[]): SourceLine[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1].text.trim() === '') end -= 1;
  return end === lines.length ? lines : lines.slice(0, end);
}

export function joinText(lines: readonly SourceLine[]): string {
  return lines.map((line) => line.text).join('\n');
}
