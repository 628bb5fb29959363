/**
 * Literal blocks announced by a paragraph's "::": indented (common indent removed) or quoted (every line starting
 * with the same punctuation character, kept as is). Also doctest blocks (">>>"), which docutils keeps verbatim.
 */
import type { BodyState } from './body.js';
import { unindentWarning, warn } from './context.js';
import { getIndented, getTextBlock, joinText, trimEndBlank } from './blocks.js';

const QUOTE_CHAR = /^[!-/:-@[-`{-~]/;

/** `start` is the first line after the paragraph. */
export function literalAfter(state: BodyState, start: number): number {
  const block = getIndented(state.lines, start);
  const body = trimEndBlank(block.lines);
  if (body.length === 0) return quotedLiteral(state, start);
  state.sink.add({ type: 'literal_block', line: body[0].line, value: joinText(body) });
  if (!block.blankFinish) unindentWarning(state.ctx, state.lines, block.next, 'Literal block');
  return block.next;
}

function quotedLiteral(state: BodyState, start: number): number {
  const { lines, ctx } = state;
  let index = start;
  while (index < lines.length && lines[index].text === '') index += 1;
  const first = lines[index];
  if (first === undefined || !QUOTE_CHAR.test(first.text)) {
    warn(
      ctx,
      'warning',
      first?.line ?? (lines[lines.length - 1]?.line ?? 0) + 1,
      'Literal block expected; none found.',
    );
    return index;
  }
  const quote = first.text[0];
  let end = index + 1;
  while (end < lines.length && lines[end].text.startsWith(quote)) end += 1;
  const stop = lines[end];
  if (stop !== undefined && stop.text !== '') {
    const message = stop.text[0] === ' ' ? 'Unexpected indentation.' : 'Inconsistent literal block quoting.';
    warn(ctx, 'error', stop.line, message);
  }
  state.sink.add({ type: 'literal_block', line: first.line, value: joinText(lines.slice(index, end)) });
  return end;
}

export function doctestBlock(state: BodyState, index: number): number {
  const block = getTextBlock(state.lines, index, false);
  state.sink.add({
    type: 'literal_block',
    line: state.lines[index].line,
    value: joinText(block.lines),
    language: 'pycon',
  });
  return block.next;
}
