/**
 * Grid tables ("+---+---+" borders), after docutils' isolate_grid_table and GridTableParser: cells are traced from
 * each top-left corner clockwise, so spanning cells come out right; anything that does not close is a malformed
 * table.
 */
import type { BodyState } from './body.js';
import { warn } from './context.js';
import { getTextBlock } from './blocks.js';
import { PATTERNS } from './patterns.js';
import type { SourceLine } from './lines.js';
import {
  block2D,
  buildTable,
  malformedTable,
  markHeadBodySeparator,
  padDoubleWidth,
  TableMarkupError,
  type CellData,
} from './tables.js';

const HEAD_BODY_SEPARATOR = /^\+=[=+]+=\+ *$/;

export function gridTable(state: BodyState, index: number): number {
  const { lines, ctx } = state;
  const text = getTextBlock(lines, index, true);
  let blankFinish = !text.unexpectedIndent;
  if (text.unexpectedIndent) warn(ctx, 'error', lines[text.next].line, 'Unexpected indentation.');
  let block: SourceLine[] = text.lines.map((line) => ({ text: padDoubleWidth(line.text.trim()), line: line.line }));
  let next = text.next;
  const width = block[0].text.length;
  const leftEdge = block.findIndex((line) => !'+|'.includes(line.text[0] ?? ' '));
  if (leftEdge >= 0) {
    blankFinish = false;
    next = index + leftEdge;
    block = block.slice(0, leftEdge);
  }
  if (!PATTERNS.grid_table_top.test(block[block.length - 1].text)) {
    blankFinish = false;
    let bottom = -1;
    for (let i = block.length - 2; i > 1; i -= 1) {
      if (PATTERNS.grid_table_top.test(block[i].text)) {
        bottom = i;
        break;
      }
    }
    if (bottom < 0) return finish(state, malformed(state, block, next), blankFinish);
    next = index + bottom + 1;
    block = block.slice(0, bottom + 1);
  }
  if (block.some((line) => line.text.length !== width || !'+|'.includes(line.text[line.text.length - 1]))) {
    return finish(state, malformed(state, block, next), blankFinish);
  }
  try {
    const { head, body } = parseGrid(block.map((line) => line.text));
    state.sink.add(buildTable(state, 'grid', block, head, body));
  } catch (error) {
    if (!(error instanceof TableMarkupError)) throw error;
    malformedTable(state, block, error.message, error.offset);
  }
  return finish(state, next, blankFinish);
}

function malformed(state: BodyState, block: SourceLine[], next: number): number {
  malformedTable(state, block);
  return next;
}

function finish(state: BodyState, next: number, blankFinish: boolean): number {
  if (!blankFinish) {
    const line = state.lines[next]?.line ?? (state.lines[state.lines.length - 1]?.line ?? 0) + 1;
    warn(state.ctx, 'warning', line, 'Blank line required after table.');
  }
  return next;
}

interface Cell {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Head and body rows of cells, spanned positions left out. */
export function parseGrid(source: string[]): { head: CellData[][]; body: CellData[][] } {
  const block = [...source];
  const headBodySep = markHeadBodySeparator(block, HEAD_BODY_SEPARATOR);
  const bottom = block.length - 1;
  const right = block[0].length - 1;
  if (headBodySep === 0 || headBodySep === bottom) {
    throw new TableMarkupError('The head/body row separator may not be the first or last line of the table.', bottom);
  }
  const done = new Array<number>(block[0].length).fill(-1);
  const rowSeps = new Set([0]);
  const colSeps = new Set([0]);
  const cells: Cell[] = [];
  const corners: [number, number][] = [[0, 0]];
  while (corners.length > 0) {
    const [top, left] = corners.shift()!;
    if (top === bottom || left === right || top <= done[left]) continue;
    const cell = scanCell(block, top, left, bottom, right, rowSeps, colSeps);
    if (!cell) continue;
    for (let col = cell.left; col < cell.right; col += 1) done[col] = cell.bottom - 1;
    cells.push(cell);
    corners.push([cell.top, cell.right], [cell.bottom, cell.left]);
    corners.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
  for (let col = 0; col < right; col += 1) {
    if (done[col] !== bottom - 1) throw new TableMarkupError('Malformed table; parse incomplete.');
  }
  const rowIndex = new Map([...rowSeps].sort((a, b) => a - b).map((sep, i) => [sep, i]));
  const colIndex = new Map([...colSeps].sort((a, b) => a - b).map((sep, i) => [sep, i]));
  const rows: (CellData | null)[][] = Array.from({ length: rowSeps.size - 1 }, () =>
    new Array<CellData | null>(colSeps.size - 1).fill(null),
  );
  for (const cell of cells) {
    const lines = block2D(block.slice(cell.top + 1, cell.bottom), cell.left + 1, cell.right);
    const row = rowIndex.get(cell.top);
    const col = colIndex.get(cell.left);
    if (row === undefined || col === undefined) throw new TableMarkupError('Malformed table; parse incomplete.');
    rows[row][col] = { offset: cell.top + 1, lines };
  }
  const present = rows.map((row) => row.filter((cell): cell is CellData => cell !== null));
  const headRows = headBodySep === null ? 0 : (rowIndex.get(headBodySep) ?? 0);
  return { head: present.slice(0, headRows), body: present.slice(headRows) };
}

/** Traces one cell clockwise from its top-left corner, noting the row and column boundaries met on the way. */
function scanCell(
  block: string[],
  top: number,
  left: number,
  bottom: number,
  right: number,
  rowSeps: Set<number>,
  colSeps: Set<number>,
): Cell | null {
  const found = { rows: [] as number[], cols: [] as number[] };
  const line = block[top];
  for (let r = left + 1; r <= right; r += 1) {
    if (line[r] === '+') {
      found.cols.push(r);
      const down = scanDown(block, top, left, r, bottom);
      if (down) {
        down.rows.forEach((sep) => rowSeps.add(sep));
        [...found.cols, ...down.cols].forEach((sep) => colSeps.add(sep));
        return { top, left, bottom: down.bottom, right: r };
      }
    } else if (line[r] !== '-') return null;
  }
  return null;
}

function scanDown(
  block: string[],
  top: number,
  left: number,
  right: number,
  last: number,
): { bottom: number; rows: number[]; cols: number[] } | null {
  const rows: number[] = [];
  for (let i = top + 1; i <= last; i += 1) {
    if (block[i][right] === '+') {
      rows.push(i);
      const cols: number[] = [];
      let closes = true;
      for (let c = right - 1; c > left; c -= 1) {
        if (block[i][c] === '+') cols.push(c);
        else if (block[i][c] !== '-') {
          closes = false;
          break;
        }
      }
      if (closes && block[i][left] === '+') {
        const up = scanUp(block, top, left, i);
        if (up) return { bottom: i, rows: [...rows, ...up], cols };
      }
    } else if (block[i][right] !== '|') return null;
  }
  return null;
}

function scanUp(block: string[], top: number, left: number, bottom: number): number[] | null {
  const rows: number[] = [];
  for (let i = bottom - 1; i > top; i -= 1) {
    if (block[i][left] === '+') rows.push(i);
    else if (block[i][left] !== '|') return null;
  }
  return rows;
}
