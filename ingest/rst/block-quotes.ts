/**
 * Indented blocks are block quotes. After a blank line, a line starting with "--", "---" or an em dash ends the
 * quote as its attribution; quotes after an attribution start a new block quote (docutils' split_attribution).
 */
import type { BlockQuoteNode } from './ast.js';
import type { BodyState } from './body.js';
import { getIndented, joinText } from './blocks.js';
import { indentOf, trimLeft, type SourceLine } from './lines.js';
import { unindentWarning } from './literal-blocks.js';

const ATTRIBUTION = /^(---?(?!-)|\u2014) *(?=[^ \n])/;

export function blockQuote(state: BodyState, index: number): number {
  const block = getIndented(state.lines, index);
  let rest = block.lines;
  while (rest.length > 0) {
    const split = splitAttribution(rest);
    const node: BlockQuoteNode = { type: 'block_quote', line: rest[0].line, children: state.nested(split.quote) };
    if (split.attribution) node.attribution = split.attribution;
    state.sink.add(node);
    rest = split.rest;
    let top = 0;
    while (top < rest.length && rest[top].text === '') top += 1;
    rest = rest.slice(top);
  }
  if (!block.blankFinish) unindentWarning(state, block.next, 'Block quote');
  return block.next;
}

interface Split {
  quote: SourceLine[];
  attribution?: string;
  rest: SourceLine[];
}

function splitAttribution(lines: SourceLine[]): Split {
  let blank = -2;
  let nonblankSeen = false;
  for (let i = 0; i < lines.length; i += 1) {
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
        return { quote: lines.slice(0, i), attribution: joinText(parts).trimEnd(), rest: lines.slice(shape.end) };
      }
    }
    nonblankSeen = true;
  }
  return { quote: lines, rest: [] };
}

/** Continuation lines of an attribution must share one indent; returns null when they don't. */
function attributionEnd(lines: SourceLine[], start: number): { end: number; indent: number } | null {
  let indent: number | undefined;
  let i = start + 1;
  for (; i < lines.length; i += 1) {
    const text = lines[i].text;
    if (text === '') return { end: i, indent: indent ?? 0 };
    if (indent === undefined) indent = indentOf(text);
    else if (indentOf(text) !== indent) return null;
  }
  return { end: lines.length, indent: indent ?? 0 };
}
