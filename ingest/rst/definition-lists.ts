/**
 * Definition lists: a term line directly followed by an indented definition. Classifiers follow the term after
 * " : " in its plain-text parts (not inside inline markup), as in docutils' Text.term.
 */
import type { DefinitionItemNode, DefinitionListNode, InlineNode } from './ast.js';
import type { BodyState } from './body.js';
import { inlineNodes, unindentWarning, warn } from './context.js';
import { getIndented } from './blocks.js';
import { classify } from './patterns.js';
import { inlineText } from './text.js';
import type { SourceLine } from './lines.js';

const CLASSIFIER_DELIMITER = / +: +/;

export function definitionList(state: BodyState, index: number): number {
  const { lines } = state;
  const node: DefinitionListNode = { type: 'definition_list', line: lines[index].line, items: [] };
  let at = index;
  let blankFinish: boolean;
  for (;;) {
    const block = getIndented(lines, at + 1);
    node.items.push(definitionItem(state, at, block.lines));
    blankFinish = block.blankFinish;
    let candidate = block.next;
    while (candidate < lines.length && lines[candidate].text === '') candidate += 1;
    at = block.next;
    const term = lines[candidate];
    const definition = lines[candidate + 1];
    // The next item's term must read as plain text, and its definition must follow at once, indented.
    if (term === undefined || classify(term.text) !== 'text') break;
    if (definition === undefined || definition.text === '' || definition.text[0] !== ' ') break;
    at = candidate;
  }
  state.sink.add(node);
  if (!blankFinish) unindentWarning(state.ctx, state.lines, at, 'Definition list');
  return at;
}

function definitionItem(state: BodyState, index: number, definition: SourceLine[]): DefinitionItemNode {
  const termLine = state.lines[index];
  if (termLine.text.endsWith('::')) {
    warn(
      state.ctx,
      'info',
      termLine.line + 1,
      'Blank line missing before literal block (after the "::")? Interpreted as a definition list item.',
    );
  }
  const { term, classifiers } = splitClassifiers(inlineNodes(state.ctx, termLine.text, termLine.line));
  return {
    type: 'definition_item',
    line: termLine.line,
    term: inlineText(term),
    termInline: term,
    classifiers: classifiers.map((nodes) => inlineText(nodes).trim()),
    definition: state.nested(definition),
  };
}

export function splitClassifiers(nodes: InlineNode[]): { term: InlineNode[]; classifiers: InlineNode[][] } {
  const parts: InlineNode[][] = [[]];
  for (const node of nodes) {
    if (node.type !== 'text') {
      parts[parts.length - 1].push(node);
      continue;
    }
    const pieces = node.value.split(CLASSIFIER_DELIMITER);
    pieces.forEach((piece, k) => {
      if (k > 0) parts.push([]);
      const value = k === 0 && pieces.length > 1 ? piece.trimEnd() : piece;
      if (value) parts[parts.length - 1].push({ ...node, value });
    });
  }
  return { term: parts[0], classifiers: parts.slice(1) };
}
