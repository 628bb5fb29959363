/**
 * Line blocks: consecutive lines starting with "| ", each keeping its line break and its indent (spaces after the
 * bar beyond the first). Indented lines continue the previous line; an empty "|" keeps the previous indent.
 */
import type { LineBlockLine } from './ast.js';
import type { BodyState } from './body.js';
import { inlineNodes, warn } from './context.js';
import { getIndented, joinText } from './blocks.js';
import { PATTERNS } from './patterns.js';

export function lineBlock(state: BodyState, index: number): number {
  const { lines } = state;
  const result: LineBlockLine[] = [];
  let at = index;
  let previousIndent = 0;
  for (;;) {
    const match = PATTERNS.line_block.exec(lines[at].text);
    if (!match) break;
    const block = getIndented(lines, at, { firstIndent: match[0].length, untilBlank: true });
    const text = joinText(block.lines);
    const indent = lines[at].text === '|' ? previousIndent : match[1].length - 1;
    result.push({ line: lines[at].line, indent, text, children: inlineNodes(state.ctx, text, lines[at].line) });
    previousIndent = indent;
    at = block.next;
    if (block.blankFinish) {
      state.sink.add({ type: 'line_block', line: lines[index].line, lines: result });
      return at;
    }
  }
  state.sink.add({ type: 'line_block', line: lines[index].line, lines: result });
  warn(state.ctx, 'warning', lines[index].line + 1, 'Line block ends without a blank line.');
  return at;
}
