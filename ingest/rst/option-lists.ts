/**
 * Option lists ("-v, --verbose  Say more"). The AST has no option-list node, so each option becomes a definition
 * item: the option strings are the term, the description the definition. An option line without a description is
 * ordinary text, as in docutils.
 */
import type { DefinitionItemNode, DefinitionListNode } from './ast.js';
import type { BodyState } from './body.js';
import { unindentWarning } from './context.js';
import { getIndented } from './blocks.js';
import { PATTERNS } from './patterns.js';

export function optionList(state: BodyState, index: number): number | null {
  const { lines } = state;
  const first = optionItem(state, index);
  if (!first) return null;
  const node: DefinitionListNode = { type: 'definition_list', line: lines[index].line, items: [first.item] };
  let last = first;
  for (;;) {
    let candidate = last.next;
    while (candidate < lines.length && lines[candidate].text === '') candidate += 1;
    if (candidate >= lines.length || !PATTERNS.option_marker.test(lines[candidate].text)) break;
    const item = optionItem(state, candidate);
    if (!item) break;
    node.items.push(item.item);
    last = item;
  }
  state.sink.add(node);
  if (!last.blankFinish) unindentWarning(state.ctx, state.lines, last.next, 'Option list');
  return last.next;
}

function optionItem(
  state: BodyState,
  index: number,
): { item: DefinitionItemNode; next: number; blankFinish: boolean } | null {
  const line = state.lines[index];
  const marker = PATTERNS.option_marker.exec(line.text)![0];
  const block = getIndented(state.lines, index, { firstIndent: marker.length });
  if (block.lines.length === 0) return null;
  const term = marker.trim();
  return {
    item: {
      type: 'definition_item',
      line: line.line,
      term,
      termInline: [{ type: 'literal', line: line.line, value: term }],
      classifiers: [],
      definition: state.nested(block.lines),
    },
    next: block.next,
    blankFinish: block.blankFinish,
  };
}
