import type { InlineNode, RstWarning } from './ast.js';
import { parseInlineWithWarnings } from './inline.js';
import type { SourceLine } from './lines.js';

/** State shared by every nested parse of one document, like docutils' `memo` plus its reporter. */
export interface ParseContext {
  file: string;
  warnings: RstWarning[];
  /** Adornment styles in order of first use: index + 1 is the section depth. */
  titleStyles: string[];
  /** Current nesting of body parses; guards the stack against hostile input. */
  nesting: number;
}

export function createContext(file: string): ParseContext {
  return { file, warnings: [], titleStyles: [], nesting: 0 };
}

export function warn(ctx: ParseContext, level: RstWarning['level'], line: number, message: string): void {
  ctx.warnings.push({ file: ctx.file, line, level, message });
}

/** Inline markup of one text block; its problems join the document's warnings, as docutils' system messages do. */
export function inlineNodes(ctx: ParseContext, text: string, line: number): InlineNode[] {
  const { nodes, warnings } = parseInlineWithWarnings(text, line, ctx.file);
  ctx.warnings.push(...warnings);
  return nodes;
}

/** docutils' unindent_warning: a construct ran straight into unindented text at `lines[next]`. */
export function unindentWarning(
  ctx: ParseContext,
  lines: readonly SourceLine[],
  next: number,
  construct: string,
): void {
  const line = lines[next]?.line ?? (lines[lines.length - 1]?.line ?? 0) + 1;
  warn(ctx, 'warning', line, `${construct} ends without a blank line; unexpected unindent.`);
}
