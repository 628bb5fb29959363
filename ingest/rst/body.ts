/**
 * The Body state: classifies the first line of each block and hands it to its construct. Constructs return the index
 * after what they consumed, or null to say "not mine after all, read it as text" (docutils' TransitionCorrection).
 */
import type { BlockNode, RstWarning } from './ast.js';
import type { ParseContext } from './context.js';
import { warn } from './context.js';
import type { SourceLine } from './lines.js';
import { classify } from './patterns.js';
import { blockQuote } from './block-quotes.js';
import { bulletList, enumeratedList } from './lists.js';
import { fieldList } from './field-lists.js';
import { optionList } from './option-lists.js';
import { doctestBlock } from './literal-blocks.js';
import { lineBlock } from './line-blocks.js';
import { gridTable } from './grid-tables.js';
import { simpleTable } from './simple-tables.js';
import { anonymousTarget, explicitMarkup } from './explicit-markup.js';
import { adornmentLine } from './sections.js';
import { textBlock } from './paragraphs.js';

/** A section title found at the top level, handed to the section builder. */
export interface TitleMark {
  title: string;
  /** 'x' for underline-only, 'xx' for overline and underline: docutils treats them as different styles. */
  style: string;
  line: number;
  source: string;
  /** Reported only if the title is accepted: docutils drops them with an inconsistent title. */
  warnings: RstWarning[];
  /** Index (in the document's lines) where the title's adornment or text starts. */
  index: number;
  /** Overlined, and with an overline under 4 characters: see SectionTree on why that matters. */
  shortOverline: boolean;
}

/** Read again from `index`: as the Body state would, or with its first line forced to be text. */
export interface Rewind {
  index: number;
  asText: boolean;
}

export interface Sink {
  add(...nodes: BlockNode[]): void;
  /**
   * Present only where titles are allowed (the document level). Returns null when the title has been dealt with, or
   * where to resume reading when it closed sections (see SectionTree).
   */
  title?(mark: TitleMark): Rewind | null;
}

export interface BodyState {
  ctx: ParseContext;
  lines: readonly SourceLine[];
  sink: Sink;
  /** Parses an indented block in a fresh Body state without section titles (docutils' nested_parse). */
  nested(lines: readonly SourceLine[]): BlockNode[];
}

/** Deeper nesting than this is hostile input; the rest is kept as literal text instead of recursing further. */
const MAX_NESTING = 400;

export function parseBody(state: BodyState): void {
  let index = 0;
  while (index < state.lines.length) index = step(state, index);
}

export function nestedParser(ctx: ParseContext): (lines: readonly SourceLine[]) => BlockNode[] {
  const nested = (lines: readonly SourceLine[]): BlockNode[] => {
    const nodes: BlockNode[] = [];
    if (lines.length === 0) return nodes;
    if (ctx.nesting >= MAX_NESTING) {
      warn(ctx, 'error', lines[0].line, `Nesting deeper than ${MAX_NESTING} levels; kept as literal text.`);
      return [{ type: 'literal_block', line: lines[0].line, value: lines.map((line) => line.text).join('\n') }];
    }
    ctx.nesting += 1;
    try {
      parseBody({ ctx, lines, sink: { add: (...found) => nodes.push(...found) }, nested });
    } finally {
      ctx.nesting -= 1;
    }
    return nodes;
  };
  return nested;
}

function step(state: BodyState, index: number): number {
  const kind = classify(state.lines[index].text);
  let next: number | null = null;
  switch (kind) {
    case 'blank':
      return index + 1;
    case 'indent':
      return blockQuote(state, index);
    case 'bullet':
      return bulletList(state, index);
    case 'enumerator':
      next = enumeratedList(state, index);
      break;
    case 'field_marker':
      return fieldList(state, index);
    case 'option_marker':
      next = optionList(state, index);
      break;
    case 'doctest':
      return doctestBlock(state, index);
    case 'line_block':
      return lineBlock(state, index);
    case 'grid_table_top':
      return gridTable(state, index);
    case 'simple_table_top':
      return simpleTable(state, index);
    case 'explicit_markup':
      return explicitMarkup(state, index);
    case 'anonymous':
      return anonymousTarget(state, index);
    case 'line':
      next = adornmentLine(state, index);
      break;
    case 'text':
      break;
  }
  return next ?? textBlock(state, index);
}
