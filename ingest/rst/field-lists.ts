/**
 * Field lists: ":name: body". The body starts after the marker and continues on indented lines; consecutive fields
 * (blank lines allowed between them) form one list.
 */
import type { FieldListNode, FieldNode } from './ast.js';
import type { BodyState } from './body.js';
import { unindentWarning } from './context.js';
import { getIndented } from './blocks.js';
import { PATTERNS } from './patterns.js';
import type { SourceLine } from './lines.js';

export function fieldList(state: BodyState, index: number): number {
  const { lines } = state;
  const node: FieldListNode = { type: 'field_list', line: lines[index].line, fields: [] };
  let at = index;
  let blankFinish: boolean;
  for (;;) {
    const match = PATTERNS.field_marker.exec(lines[at].text)!;
    const block = getIndented(lines, at, { firstIndent: match[0].length });
    node.fields.push(field(state, at, match[0], block.lines));
    blankFinish = block.blankFinish;
    at = block.next;
    let candidate = at;
    while (candidate < lines.length && lines[candidate].text === '') candidate += 1;
    if (candidate >= lines.length || !PATTERNS.field_marker.test(lines[candidate].text)) break;
    at = candidate;
  }
  state.sink.add(node);
  if (!blankFinish) unindentWarning(state.ctx, state.lines, at, 'Field list');
  return at;
}

function field(state: BodyState, index: number, marker: string, body: readonly SourceLine[]): FieldNode {
  return { type: 'field', line: state.lines[index].line, name: fieldName(marker), body: state.nested(body) };
}

/** The text between the colons of a marker such as ":Date: " (escapes kept as written). */
export function fieldName(marker: string): string {
  const inner = marker.slice(1);
  return inner.slice(0, inner.lastIndexOf(':'));
}
