/* eslint-disable no-control-regex -- NUL marks backslash escapes (docutils escape2null); C0 separators end lines */
/**
 * Substitution definitions: ".. |name| directive:: data". The directive is kept as its name and raw data; a
 * definition without an embedded directive is reported as docutils does and produces nothing.
 */
import type { BodyState } from './body.js';
import { warn } from './context.js';
import { getIndented, trimEndBlank } from './blocks.js';
import { indentOf } from './lines.js';
import type { Construct } from './explicit-markup.js';
import { escapeToNull, SIMPLENAME, unescape } from './names.js';

const NAME = /^(?! )(.+?)(?<![\s\x00])\|( +|$)/;
const EMBEDDED_DIRECTIVE = new RegExp(`^(${SIMPLENAME})::( +|$)`, 'u');

/** docutils joins lines until the name closes; past a few lines it never will, and the regex cost would grow. */
const MAX_NAME_LINES = 64;

/** `markerEnd` is where the text after ".. |" starts. null: malformed, to be read as a comment. */
export function substitutionDefinition(state: BodyState, index: number, markerEnd: number): Construct | null {
  const block = getIndented(state.lines, index, { firstIndent: markerEnd, stripIndent: false });
  const done = { next: block.next, blankFinish: block.blankFinish };
  const at = state.lines[index].line;
  const lines = block.lines.map((line) => line.text);
  let escaped = escapeToNull(lines[0] ?? '');
  let used = 1;
  let match = NAME.exec(escaped);
  while (!match && used < lines.length && used < MAX_NAME_LINES) {
    escaped += ' ' + escapeToNull(lines[used].trim());
    used += 1;
    match = NAME.exec(escaped);
  }
  if (!match) {
    warn(state.ctx, 'warning', at, 'malformed substitution definition.');
    return null;
  }
  const name = unescape(match[1]).trim().split(/\s+/).join(' ');
  const first = escaped.slice(match[0].length).replace(/\x00/g, '\\');
  const rest = trimEndBlank(block.lines.slice(used));
  const indent = rest
    .filter((line) => line.text !== '')
    .reduce((least, line) => Math.min(least, indentOf(line.text)), Infinity);
  const data = [first, ...rest.map((line) => line.text.slice(Number.isFinite(indent) ? indent : 0))].join('\n').trim();
  if (data === '') {
    warn(state.ctx, 'warning', at, `Substitution definition "${name}" missing contents.`);
    return { nodes: [], ...done };
  }
  const directive = EMBEDDED_DIRECTIVE.exec(data);
  if (!directive) {
    warn(state.ctx, 'warning', at, `Substitution definition "${name}" empty or invalid.`);
    return { nodes: [], ...done };
  }
  const value = data.slice(directive[0].length).trim();
  return { nodes: [{ type: 'substitution_definition', line: at, name, directive: directive[1], value }], ...done };
}
