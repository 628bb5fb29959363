/**
 * Directives, kept opaque: name, arguments, options, raw body. Nothing is executed (include and raw included: their
 * targets are never read). Directives whose body is ordinary RST also get it parsed as `children`; code directives
 * become literal blocks. The split into arguments / options / body follows docutils' parse_directive_block.
 */
import type { BlockNode, DirectiveNode } from './ast.js';
import type { BodyState } from './body.js';
import { getIndented, joinText, trimEndBlank } from './blocks.js';
import { warn } from './context.js';
import type { Construct } from './explicit-markup.js';
import type { SourceLine } from './lines.js';
import { indentOf } from './lines.js';
import { PATTERNS } from './patterns.js';
import { fieldName } from './field-lists.js';

/** Body is RST and the directive takes no argument: text after "::" already belongs to the body. */
const RST_BODY_NO_ARGUMENTS = new Set([
  'attention',
  'caution',
  'danger',
  'error',
  'hint',
  'important',
  'note',
  'tip',
  'warning',
  'epigraph',
  'highlights',
  'pull-quote',
  'compound',
  'header',
  'footer',
  'glossary',
  'seealso',
  'todo',
  'hlist',
]);
/** Body is RST after an argument line (a title, a figure's image, a table caption...). */
const RST_BODY_WITH_ARGUMENTS = new Set([
  'admonition',
  'topic',
  'sidebar',
  'container',
  'figure',
  'table',
  'list-table',
  'class',
  'only',
  'versionadded',
  'versionchanged',
  'deprecated',
  'tab',
  'tabs',
  'dropdown',
  'details',
]);
const CODE = new Set(['code', 'code-block', 'sourcecode']);

export interface DirectiveParts {
  arguments: string;
  options: Record<string, string>;
  body: SourceLine[];
}

/** `markerEnd` is where the text after "name::" starts on the first line. */
export function directive(state: BodyState, index: number, name: string, markerEnd: number): Construct {
  const block = getIndented(state.lines, index, { firstIndent: markerEnd, stripTop: false });
  const line = state.lines[index].line;
  const parts = splitDirective(block.lines, !RST_BODY_NO_ARGUMENTS.has(name.toLowerCase()));
  const done = { next: block.next, blankFinish: block.blankFinish };
  const kind = name.toLowerCase();
  if (CODE.has(kind)) {
    if (parts.body.length === 0) {
      warn(state.ctx, 'error', line, `Content block expected for the "${name}" directive; none found.`);
      return { nodes: [], ...done };
    }
    const language = parts.arguments.split(/\s+/)[0];
    const node: BlockNode = { type: 'literal_block', line, value: joinText(parts.body) };
    if (language) node.language = language;
    return { nodes: [node], ...done };
  }
  const node: DirectiveNode = {
    type: 'directive',
    line,
    name,
    arguments: parts.arguments,
    options: parts.options,
    body: joinText(parts.body),
    bodyLine: parts.body[0]?.line ?? line + 1,
  };
  if (RST_BODY_NO_ARGUMENTS.has(kind) || RST_BODY_WITH_ARGUMENTS.has(kind)) node.children = state.nested(parts.body);
  return { nodes: [node], ...done };
}

/** Arguments run to the first blank line or option field; options are the fields there; the body is the rest. */
export function splitDirective(block: SourceLine[], takesArguments: boolean): DirectiveParts {
  let lines = trimEndBlank(block);
  if (lines.length > 0 && lines[0].text.trim() === '') lines = lines.slice(1);
  let blank = lines.findIndex((line) => line.text.trim() === '');
  if (blank < 0) blank = lines.length;
  let head = lines.slice(0, blank);
  let body = lines.slice(blank + 1);
  const optionStart = head.findIndex((line) => PATTERNS.field_marker.test(line.text));
  const options = optionStart < 0 ? {} : parseOptions(head.slice(optionStart));
  if (optionStart >= 0) head = head.slice(0, optionStart);
  if (!takesArguments && head.length > 0) {
    body = [...head, ...lines.slice(blank)];
    head = [];
  }
  let top = 0;
  while (top < body.length && body[top].text.trim() === '') top += 1;
  body = dedent(body.slice(top));
  return { arguments: head.map((line) => line.text.trim()).join(' '), options, body };
}

/** ":name: value" fields; indented lines continue the previous value. */
function parseOptions(lines: SourceLine[]): Record<string, string> {
  const options: Record<string, string> = {};
  let current: string | null = null;
  for (const line of lines) {
    const marker = PATTERNS.field_marker.exec(line.text);
    if (marker) {
      current = fieldName(marker[0]);
      options[current] = line.text.slice(marker[0].length).trim();
    } else if (current !== null) {
      options[current] = [options[current], line.text.trim()].filter(Boolean).join('\n');
    }
  }
  return options;
}

/** Body lines keep their relative indent; the first line (text after "::") may have had none. */
function dedent(lines: SourceLine[]): SourceLine[] {
  const indents = lines.filter((line) => line.text !== '').map((line) => indentOf(line.text));
  const indent = indents.reduce((least, value) => Math.min(least, value), Infinity);
  return indent === 0 || indent === Infinity
    ? lines
    : lines.map((line) => ({ text: line.text.slice(indent), line: line.line }));
}
