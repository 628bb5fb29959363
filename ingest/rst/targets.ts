/* eslint-disable no-control-regex -- NUL marks backslash escapes (docutils escape2null); C0 separators end lines */
/**
 * Hyperlink targets: ".. _name: uri", ".. _name: other_" (indirect), ".. _name:" (internal), and the anonymous forms
 * ".. __: uri" and "__ uri". The URI may continue on indented lines; its whitespace is removed.
 */
import type { TargetNode } from './ast.js';
import type { BodyState } from './body.js';
import { getIndented } from './blocks.js';
import type { SourceLine } from './lines.js';
import { escapeToNull, normalizeName, SIMPLENAME, unescape } from './names.js';

// Applied after ".. _": "_" alone is anonymous; otherwise a name, optionally in backquotes, ending in an unescaped ":".
const TARGET = /^(?:_|(?!_)(`?)(?![ `])(.+?)(?<![\s\x00])\1)(?<!(?<!\x00):)(?<![\s\x00]) ?:( +|$)/s;
const REFERENCE = new RegExp(`^(?:(${SIMPLENAME})_|\`(?! )(.+?)(?<![\\s\\x00])\`_)$`, 'su');

const MAX_NAME_LINES = 64;

export interface TargetResult {
  node: TargetNode | null;
  next: number;
  blankFinish: boolean;
}

/** `markerEnd` is where the text after ".. _" starts. Returns a null node for a malformed target. */
export function hyperlinkTarget(state: BodyState, index: number, markerEnd: number): TargetResult {
  const block = getIndented(state.lines, index, { firstIndent: markerEnd, untilBlank: true, stripIndent: false });
  const parts = block.lines.map((line) => escapeToNull(line.text));
  let joined = parts[0] ?? '';
  let used = 1;
  let match = TARGET.exec(joined);
  // docutils joins lines until the name closes; past a few lines it never will, and the regex cost would grow.
  while (!match && used < parts.length && used < MAX_NAME_LINES) {
    joined += parts[used];
    used += 1;
    match = TARGET.exec(joined);
  }
  if (!match) return { node: null, next: block.next, blankFinish: block.blankFinish };
  const rest = [joined.slice(match[0].length), ...parts.slice(used)];
  const anonymous = match[2] === undefined;
  const name = anonymous ? null : normalizeName(unescape(match[2]));
  return { node: makeTarget(state.lines[index], name, rest), next: block.next, blankFinish: block.blankFinish };
}

export function anonymousTargetAt(state: BodyState, index: number, markerEnd: number): TargetResult {
  const block = getIndented(state.lines, index, { firstIndent: markerEnd, untilBlank: true });
  const rest = block.lines.map((line) => escapeToNull(line.text));
  return { node: makeTarget(state.lines[index], null, rest), next: block.next, blankFinish: block.blankFinish };
}

/** docutils' parse_target: an indirect reference ("name_" or "`phrase`_") or a URI with whitespace removed. */
function makeTarget(at: SourceLine, name: string | null, rest: string[]): TargetNode {
  const node: TargetNode = { type: 'target', line: at.line, name };
  const stripped = rest.map((part) => part.trim()).filter((part) => part !== '');
  const reference = stripped.join(' ');
  if (reference.endsWith('_')) {
    const match = REFERENCE.exec(reference.split(/\s+/).join(' '));
    if (match) {
      node.refname = normalizeName(unescape(match[1] ?? match[2]));
      return node;
    }
  }
  const uri = stripped
    .join(' ')
    .split(/\x00\s/)
    .map((part) => unescape(part).replace(/\s+/g, ''))
    .join(' ');
  if (uri) node.refuri = uri;
  return node;
}
