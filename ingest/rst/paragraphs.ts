/**
 * The Text state: a text line followed by a blank line or more text is a paragraph, by an indented line a definition
 * list, by an adornment line possibly a section title.
 */
import type { ParagraphNode } from './ast.js';
import type { BodyState } from './body.js';
import { inlineNodes, warn, type ParseContext } from './context.js';
import { getTextBlock, joinText } from './blocks.js';
import type { SourceLine } from './lines.js';
import { PATTERNS } from './patterns.js';
import { definitionList } from './definition-lists.js';
import { literalAfter } from './literal-blocks.js';
import { underlinedTitle } from './sections.js';

export function textBlock(state: BodyState, index: number): number {
  const { lines } = state;
  const second = lines[index + 1];
  if (second === undefined || second.text === '') return paragraph(state, [lines[index]], index + 1);
  if (second.text[0] === ' ') return definitionList(state, index);
  if (PATTERNS.line.test(second.text)) {
    const next = underlinedTitle(state, index);
    if (next !== null) return next;
  }
  const block = getTextBlock(lines, index + 1, true);
  if (block.unexpectedIndent) {
    // docutils adds the error after the paragraph; the indented lines then start a block quote.
    const next = paragraph(state, [lines[index], ...block.lines], block.next);
    warn(state.ctx, 'error', lines[block.next].line, 'Unexpected indentation.');
    return next;
  }
  return paragraph(state, [lines[index], ...block.lines], block.next);
}

/** Emits the paragraph made of `source` (if any text is left) and the literal block its "::" announces. */
function paragraph(state: BodyState, source: SourceLine[], next: number): number {
  const { node, literalNext } = makeParagraph(state.ctx, source);
  if (node) state.sink.add(node);
  return literalNext ? literalAfter(state, next) : next;
}

/** docutils' RSTState.paragraph: a final "::" announces a literal block and is reduced to ":" or dropped. */
export function makeParagraph(
  ctx: ParseContext,
  source: readonly SourceLine[],
): { node: ParagraphNode | null; literalNext: boolean } {
  const data = joinText(source).trimEnd();
  let text = data;
  let literalNext = false;
  if (/(?<!\\)(\\\\)*::$/.test(data)) {
    literalNext = true;
    if (data.length === 2) return { node: null, literalNext };
    text = ' \n'.includes(data[data.length - 3]) ? data.slice(0, -3).trimEnd() : data.slice(0, -1);
  }
  const line = source[0].line;
  return { node: { type: 'paragraph', line, text, children: inlineNodes(ctx, text, line) }, literalNext };
}
