/**
 * Simple tables ("=====  =====" borders), after docutils' isolate_simple_table and SimpleTableParser: columns come
 * from the top border, a row starts where the first column has text, "-----" lines under a row set its column
 * spans, and an inner "=====" line separates header rows from body rows.
 */
import type { BodyState } from './body.js';
import { warn } from './context.js';
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

const BORDER = /^=+[ =]*$/;
const HEAD_BODY_SEPARATOR = /^=[ =]*$/;
const SPAN = /^-[ -]*$/;

export function simpleTable(state: BodyState, index: number): number {
  const { lines } = state;
  const limit = lines.length - 1;
  const topLength = lines[index].text.trim().length;
  const blankAfter = (i: number): boolean => i === limit || lines[i + 1].text.trim() === '';
  let found = 0;
  let foundAt = -1;
  for (let i = index + 1; i <= limit; i += 1) {
    if (!BORDER.test(lines[i].text)) continue;
    if (lines[i].text.trim().length !== topLength) {
      malformedTable(state, lines.slice(index, i + 1), 'Bottom/header table border does not match top border.');
      return finish(state, i + 1, blankAfter(i));
    }
    found += 1;
    foundAt = i;
    if (found === 2 || blankAfter(i)) return table(state, lines.slice(index, i + 1), i + 1, blankAfter(i));
  }
  if (found > 0) {
    const block = lines.slice(index, foundAt + 1);
    malformedTable(state, block, 'No bottom table border found or no blank line after table bottom.');
    return finish(state, foundAt + 1, false);
  }
  malformedTable(state, lines.slice(index), 'No bottom table border found.');
  return finish(state, lines.length, true);
}

function table(state: BodyState, source: SourceLine[], next: number, blankFinish: boolean): number {
  try {
    const { head, body } = parseSimple(source.map((line) => padDoubleWidth(line.text)));
    state.sink.add(buildTable(state, 'simple', source, head, body));
  } catch (error) {
    if (!(error instanceof TableMarkupError)) throw error;
    malformedTable(state, source, error.message, error.offset);
  }
  return finish(state, next, blankFinish);
}

function finish(state: BodyState, next: number, blankFinish: boolean): number {
  if (!blankFinish) {
    const line = state.lines[next]?.line ?? (state.lines[state.lines.length - 1]?.line ?? 0) + 1;
    warn(state.ctx, 'warning', line, 'Blank line required after table.');
  }
  return next;
}

type Columns = [number, number][];

export function parseSimple(source: string[]): { head: CellData[][]; body: CellData[][] } {
  const block = [...source];
  block[0] = block[0].replace(/=/g, '-');
  block[block.length - 1] = block[block.length - 1].replace(/=/g, '-');
  const headBodySep = markHeadBodySeparator(block, HEAD_BODY_SEPARATOR);
  const columns = spanColumns(block[0], 0, null, 0);
  const borderEnd = columns[columns.length - 1][1];
  const rows: { offset: number; cells: CellData[] }[] = [];
  const parseRow = (start: number, end: number, span?: [string, number]): void => {
    if (start >= end && !span) return;
    const rowColumns = span
      ? spanColumns(span[0], span[1], columns, borderEnd)
      : columns.map((c): [number, number] => [...c]);
    const rowLines = block.slice(start, end);
    checkColumns(rowLines, start, rowColumns, columns);
    alignSpans(rowColumns, columns, start);
    rows.push({
      offset: start,
      cells: rowColumns.map(([left, right]) => ({ offset: start, lines: block2D(rowLines, left, right) })),
    });
  };
  const [firstStart, firstEnd] = columns[0];
  let start = 1;
  let textFound = false;
  for (let offset = 1; offset < block.length; offset += 1) {
    const line = block[offset];
    if (SPAN.test(line)) {
      parseRow(start, offset, [line.trimEnd(), offset]);
      start = offset + 1;
      textFound = false;
    } else if (line.slice(firstStart, firstEnd).trim()) {
      if (textFound && offset !== start) parseRow(start, offset);
      start = offset;
      textFound = true;
    } else if (!textFound) start = offset + 1;
  }
  let firstBody = 0;
  if (headBodySep !== null) {
    const index = rows.findIndex((row) => row.offset > headBodySep!);
    firstBody = index < 0 ? 0 : index;
  }
  const cells = rows.map((row) => row.cells);
  return { head: cells.slice(0, firstBody), body: cells.slice(firstBody) };
}

/** Column (start, end) pairs from the runs of "-" in a border or span line. */
function spanColumns(line: string, offset: number, main: Columns | null, borderEnd: number): Columns {
  const cols: Columns = [];
  let end = 0;
  for (;;) {
    const begin = line.indexOf('-', end);
    if (begin < 0) break;
    end = line.indexOf(' ', begin);
    if (end < 0) end = line.length;
    cols.push([begin, end]);
  }
  if (main) {
    // Checked against the border as written: overflowing text may since have widened the last column.
    if (cols[cols.length - 1][1] !== borderEnd) {
      throw new TableMarkupError(`Column span incomplete in table line ${offset + 1}.`, offset);
    }
    cols[cols.length - 1] = [cols[cols.length - 1][0], main[main.length - 1][1]];
  }
  return cols;
}

/** A span line's columns must start and end on the table's column boundaries. */
function alignSpans(row: Columns, main: Columns, offset: number): void {
  let i = 0;
  for (const [start, end] of row) {
    if (main[i]?.[0] !== start) throw alignment(offset);
    while (end !== main[i][1]) {
      i += 1;
      if (i >= main.length) throw alignment(offset);
    }
    i += 1;
  }
}

function alignment(offset: number): TableMarkupError {
  return new TableMarkupError(`Column span alignment problem in table line ${offset + 2}.`, offset + 1);
}

/** Text may overflow the last column (which then widens) but never sit in the margin between columns. */
function checkColumns(lines: string[], firstLine: number, columns: Columns, main: Columns): void {
  const last = columns.length - 1;
  columns.forEach(([start, end], i) => {
    const nextStart = i === last ? Infinity : columns[i + 1][0];
    lines.forEach((line, k) => {
      if (i === last && line.slice(end).trim()) {
        const newEnd = start + line.slice(start).trimEnd().length;
        const [mainStart, mainEnd] = main[main.length - 1];
        columns[i] = [start, Math.max(mainEnd, newEnd)];
        if (newEnd > mainEnd) main[main.length - 1] = [mainStart, newEnd];
      } else if (line.slice(end, nextStart).trim()) {
        throw new TableMarkupError(`Text in column margin in table line ${firstLine + k + 1}.`, firstLine + k);
      }
    });
  });
}
