/**
 * Indented blocks are block quotes. After a blank line, a line starting with "--", "---" or an em dash ends the
 * quote as its attribution; quotes after an attribution start a new block quote (docutils' split_attribution).
 */
import type { BlockQuoteNode } from './ast.js';
import type { BodyState } from './body.js';
import { unindentWarning } from './context.js';
import { getIndented, joinText } from './blocks.js';
import { indentOf, trimLeft, type SourceLine } from './lines.js';

const ATTRIBUTION = /^(---?(?!-)|\u2014) *(?=[^ \n])/;

export function blockQuote(state: BodyState, index: number): number {
  const block = getIndented(state.lines, index);
  const lines = block.lines;
  // Indices, not slices: a long run of attributed quotes must stay linear.
  let from = 0;
  while (from < lines.length) {
    const split = splitAttribution(lines, from);
    const quote = lines.slice(from, split.quoteEnd);
    const node: BlockQuoteNode = { type: 'block_quote', line: quote[0].line, children: state.nested(quote) };
    if (split.attribution !== undefined) node.attribution = split.attribution;
    state.sink.add(node);
    from = split.restStart;
    while (from < lines.length && lines[from].text === '') from += 1;
  }
  if (!block.blankFinish) unindentWarning(state.ctx, state.lines, block.next, 'Block quote');
  return block.next;
}

interface Split {
  quoteEnd: number;
  attribution?: string;
  restStart: number;
}

function splitAttribution(lines: SourceLine[], from: number): Split {
  let blank = -2;
  let nonblankSeen = false;
  for (let i = from; i < lines.length; i += 1) {
    const text = lines[i].text;
    if (text === '') {
      blank = i;
      continue;
    }
    const match = nonblankSeen && blank === i - 1 ? ATTRIBUTION.exec(text) : null;
    if (match) {
      const shape = attributionEnd(lines, i);
      if (shape) {
        const parts = lines
          .slice(i, shape.end)
          .map((line, k) => (k === 0 ? trimLeft(line, match[0].length) : trimLeft(line, shape.indent)));
        return { quoteEnd: i, attribution: joinText(parts).trimEnd(), restStart: shape.end };
      }
    }
    nonblankSeen = true;
  }
  return { quoteEnd: lines.length, restStart: lines.length };
}

/** Continuation lines of an attribution must share one indent; returns null when they don't. */
function attributionEnd(lines: SourceLine[], start: number): { end: number; indent: number } | null {
  let indent: number | undefined;
  for (let i = start + 1; i < lines.length; i += 1) {
    const text = lines[i].text;
    if (text === '') return { end: i, indent: indent ?? 0 };
    if (indent === undefined) indent = indentOf(text);
    else if (indentOf(text) !== indent) return null;
  }
  return { end: lines.length, indent: indent ?? 0 };
}
