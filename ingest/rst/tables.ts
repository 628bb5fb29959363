/**
 * What grid and simple tables share: cell extraction from a character grid, wide-character padding so columns line
 * up, assembling the TableNode, and docutils' degradation of a malformed table (an error plus the source kept as a
 * literal block, so no text is lost).
 */
import type { TableCell, TableNode, TableRow } from './ast.js';
import type { BodyState } from './body.js';
import { warn } from './context.js';
import { WIDE } from './column-width.js';
import type { SourceLine } from './lines.js';

/** Stands after each double-width character so that character columns match display columns. */
export const PAD = '\u0000';

export function padDoubleWidth(text: string): string {
  let out = '';
  for (const char of text) out += WIDE.test(char) ? char + PAD : char;
  return out;
}

/** Raised by the table parsers with docutils' message; `offset` is the table line it concerns. */
export class TableMarkupError extends Error {
  constructor(
    message: string,
    readonly offset = 0,
  ) {
    super(message);
  }
}

/** docutils' get_2D_block: the text between two columns over some rows, common indent removed. */
export function block2D(rows: readonly string[], left: number, right: number): string[] {
  const cut = rows.map((row) => row.slice(left, right).trimEnd());
  let indent = right;
  for (const text of cut) if (text) indent = Math.min(indent, text.length - text.trimStart().length);
  const stripped = indent > 0 && indent < right ? cut.map((text) => text.slice(indent)) : cut;
  return stripped.map((text) => text.split(PAD).join(''));
}

/** A cell as docutils builds an entry: its lines parsed as a nested body. */
export interface CellData {
  /** Index in the table block of the cell's first text line. */
  offset: number;
  lines: string[];
}

export function buildTable(
  state: BodyState,
  format: TableNode['format'],
  source: readonly SourceLine[],
  head: CellData[][],
  body: CellData[][],
): TableNode {
  const toRow = (cells: CellData[]): TableRow => ({
    line: source[cells[0]?.offset ?? 0].line,
    cells: cells.map((cell) => toCell(state, source, cell)),
  });
  return {
    type: 'table',
    line: source[0].line,
    format,
    headerRows: head.length,
    rows: [...head.map(toRow), ...body.map(toRow)],
  };
}

function toCell(state: BodyState, source: readonly SourceLine[], cell: CellData): TableCell {
  const lines = cell.lines.map((text, k) => ({
    text,
    line: source[Math.min(cell.offset + k, source.length - 1)].line,
  }));
  const text = cell.lines.join('\n').trim();
  const node: TableCell = { line: lines[0]?.line ?? source[cell.offset].line, text };
  if (text) node.children = state.nested(lines);
  return node;
}

/** docutils reports the table and keeps its text (in the message); we keep it as a literal block. */
export function malformedTable(state: BodyState, block: readonly SourceLine[], detail = '', offset = 0): void {
  if (block.length === 0) return;
  const message = detail ? `Malformed table.\n${detail}` : 'Malformed table.';
  warn(state.ctx, 'error', block[Math.min(offset, block.length - 1)].line, message);
  state.sink.add({
    type: 'literal_block',
    line: block[0].line,
    value: block.map((line) => line.text.split(PAD).join('')).join('\n'),
  });
}

/**
 * Finds the one head/body separator line of a table (matching `separator`) and turns its `=` into `-` in place, so
 * the rest of the parse sees an ordinary row border; null when there is none. Two separators are a markup error.
 */
export function markHeadBodySeparator(block: string[], separator: RegExp): number | null {
  let headBodySep: number | null = null;
  block.forEach((line, i) => {
    if (!separator.test(line)) return;
    if (headBodySep !== null) {
      throw new TableMarkupError(
        `Multiple head/body row separators (table lines ${headBodySep + 1} and ${i + 1}); only one allowed.`,
        i,
      );
    }
    headBodySep = i;
    block[i] = line.replace(/=/g, '-');
  });
  return headBodySep;
}
