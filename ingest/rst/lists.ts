/**
 * Bullet and enumerated lists. A list continues while the next non-blank line is another item of the same kind
 * (same bullet character; same format, sequence and next ordinal, or an auto-enumerator "#"), as in docutils'
 * BulletList and EnumeratedList states.
 */
import type { EnumeratedListNode, ListItemNode } from './ast.js';
import type { BodyState } from './body.js';
import { unindentWarning, warn } from './context.js';
import { getIndented } from './blocks.js';
import { isListItem, parseEnumerator, type Sequence } from './enumerators.js';
import { PATTERNS } from './patterns.js';

interface Item {
  node: ListItemNode;
  next: number;
  blankFinish: boolean;
}

/** One item; `markerEnd` is where the item's text starts on its first line. */
export function listItem(state: BodyState, index: number, markerEnd: number): Item {
  const first = state.lines[index];
  // With text after the marker, every line must be indented to it; otherwise the next lines decide the indent.
  const block =
    first.text.length > markerEnd
      ? getIndented(state.lines, index, { blockIndent: markerEnd })
      : getIndented(state.lines, index, { firstIndent: markerEnd });
  return {
    node: { type: 'list_item', line: first.line, children: state.nested(block.lines) },
    next: block.next,
    blankFinish: block.blankFinish,
  };
}

function skipBlank(state: BodyState, index: number): number {
  let next = index;
  while (next < state.lines.length && state.lines[next].text === '') next += 1;
  return next;
}

export function bulletList(state: BodyState, index: number): number {
  const bullet = state.lines[index].text[0];
  const items: ListItemNode[] = [];
  let item = listItem(state, index, PATTERNS.bullet.exec(state.lines[index].text)![0].length);
  items.push(item.node);
  for (;;) {
    const candidate = skipBlank(state, item.next);
    const text = state.lines[candidate]?.text;
    const match = text !== undefined && text[0] === bullet ? PATTERNS.bullet.exec(text) : null;
    if (!match) break;
    item = listItem(state, candidate, match[0].length);
    items.push(item.node);
  }
  state.sink.add({ type: 'bullet_list', line: state.lines[index].line, bullet, items });
  if (!item.blankFinish) unindentWarning(state.ctx, state.lines, item.next, 'Bullet list');
  return item.next;
}

/** null when the first marker does not make a list item (docutils then reads the line as text). */
export function enumeratedList(state: BodyState, index: number): number | null {
  const { lines, ctx } = state;
  const match = PATTERNS.enumerator.exec(lines[index].text)!;
  const first = parseEnumerator(match);
  if (!isListItem(first, lines[index + 1]?.text)) return null;
  const sequence: Sequence = first.sequence === '#' ? 'arabic' : first.sequence;
  const node: EnumeratedListNode = {
    type: 'enumerated_list',
    line: lines[index].line,
    enumtype: first.sequence === '#' ? 'auto' : first.sequence,
    start: first.ordinal ?? 1,
    items: [],
  };
  if (first.ordinal !== 1) {
    warn(
      ctx,
      'info',
      lines[index].line,
      `Enumerated list start value not ordinal-1: "${first.text}" (ordinal ${first.ordinal})`,
    );
  }
  let auto = first.sequence === '#';
  let last = first.ordinal ?? 1;
  let item = listItem(state, index, match[0].length);
  node.items.push(item.node);
  let at = item.next;
  for (;;) {
    const candidate = skipBlank(state, at);
    const text = lines[candidate]?.text;
    const found = text === undefined ? null : PATTERNS.enumerator.exec(text);
    if (!found) break;
    const next = parseEnumerator(found, sequence);
    const fits =
      next.format === first.format &&
      (next.sequence === '#' || (next.sequence === sequence && !auto && next.ordinal === last + 1)) &&
      isListItem(next, lines[candidate + 1]?.text);
    if (!fits) break;
    if (next.sequence === '#') auto = true;
    item = listItem(state, candidate, found[0].length);
    node.items.push(item.node);
    last = next.ordinal ?? last;
    at = item.next;
  }
  state.sink.add(node);
  if (!item.blankFinish) unindentWarning(state.ctx, state.lines, at, 'Enumerated list');
  return at;
}
