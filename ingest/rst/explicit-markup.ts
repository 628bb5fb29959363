/**
 * Explicit markup blocks (".. "): footnotes, citations, hyperlink targets, substitution definitions, directives,
 * and comments for everything else; plus anonymous targets ("__ uri"). Tried in docutils' order.
 */
import type { BlockNode } from './ast.js';
import type { BodyState } from './body.js';
import { unindentWarning, warn } from './context.js';
import { getIndented, joinText, trimEndBlank } from './blocks.js';
import { SIMPLENAME } from './names.js';
import { classify, PATTERNS } from './patterns.js';
import { anonymousTargetAt, hyperlinkTarget } from './targets.js';
import { substitutionDefinition } from './substitutions.js';
import { directive } from './directives.js';

const FOOTNOTE = new RegExp(`^\\.\\. +\\[([0-9]+|#|#${SIMPLENAME}|\\*)\\]( +|$)`, 'u');
const CITATION = new RegExp(`^\\.\\. +\\[(${SIMPLENAME})\\]( +|$)`, 'u');
const TARGET = /^\.\. +_(?! |$)/;
const SUBSTITUTION = /^\.\. +\|(?! |$)/;
const DIRECTIVE = new RegExp(`^\\.\\. +(${SIMPLENAME}) ?::( +|$)`, 'u');

/** The outcome of one construct: what to emit and where the input continues. */
export interface Construct {
  nodes: BlockNode[];
  next: number;
  blankFinish: boolean;
}

export function explicitMarkup(state: BodyState, index: number): number {
  return explicitList(state, explicitConstruct(state, index));
}

export function anonymousTarget(state: BodyState, index: number): number {
  return explicitList(state, anonymous(state, index));
}

/** Explicit constructs may follow each other without blank lines; anything else must be separated by one. */
function explicitList(state: BodyState, first: Construct): number {
  let current = first;
  for (;;) {
    state.sink.add(...current.nodes);
    const line = state.lines[current.next];
    const kind = line === undefined ? 'blank' : classify(line.text);
    if (kind === 'explicit_markup') current = explicitConstruct(state, current.next);
    else if (kind === 'anonymous') current = anonymous(state, current.next);
    else break;
  }
  if (!current.blankFinish) unindentWarning(state.ctx, state.lines, current.next, 'Explicit markup');
  return current.next;
}

function anonymous(state: BodyState, index: number): Construct {
  const marker = PATTERNS.anonymous.exec(state.lines[index].text)!;
  const target = anonymousTargetAt(state, index, marker[0].length);
  return { nodes: target.node ? [target.node] : [], next: target.next, blankFinish: target.blankFinish };
}

function explicitConstruct(state: BodyState, index: number): Construct {
  const text = state.lines[index].text;
  let match: RegExpExecArray | null;
  if ((match = FOOTNOTE.exec(text)) || (match = CITATION.exec(text))) {
    const isFootnote = FOOTNOTE.test(text);
    const block = getIndented(state.lines, index, { firstIndent: match[0].length });
    const children = state.nested(block.lines);
    const node: BlockNode = isFootnote
      ? { type: 'footnote', line: state.lines[index].line, label: match[1], children }
      : { type: 'citation', line: state.lines[index].line, label: match[1], children };
    return { nodes: [node], next: block.next, blankFinish: block.blankFinish };
  }
  if ((match = TARGET.exec(text))) {
    const target = hyperlinkTarget(state, index, match[0].length);
    if (target.node) return { nodes: [target.node], next: target.next, blankFinish: target.blankFinish };
    warn(state.ctx, 'warning', state.lines[index].line, 'malformed hyperlink target.');
    return comment(state, index);
  }
  if ((match = SUBSTITUTION.exec(text))) {
    const found = substitutionDefinition(state, index, match[0].length);
    if (found) return found;
    return comment(state, index);
  }
  if ((match = DIRECTIVE.exec(text))) return directive(state, index, match[1], match[0].length);
  return comment(state, index);
}

/** Anything else after ".." is a comment, its text running on over indented lines. */
function comment(state: BodyState, index: number): Construct {
  const { lines } = state;
  const marker = PATTERNS.explicit_markup.exec(lines[index].text)!;
  const after = lines[index].text.slice(marker[0].length);
  const line = lines[index].line;
  // docutils' "tiny but practical wart": ".." alone before a blank line is an empty comment, and what follows is not
  // part of it. That is how a block quote is separated from a preceding list.
  if (after.trim() === '' && (lines[index + 1] === undefined || lines[index + 1].text === '')) {
    return { nodes: [{ type: 'comment', line, value: '' }], next: index + 1, blankFinish: true };
  }
  const block = getIndented(lines, index, { firstIndent: marker[0].length });
  const value = joinText(trimEndBlank(block.lines));
  return { nodes: [{ type: 'comment', line, value }], next: block.next, blankFinish: block.blankFinish };
}
