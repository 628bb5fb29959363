import type { InlineNode, RstWarning } from './ast.js';
import { InlineScanner } from './inline/scan.js';

export interface InlineResult {
  nodes: InlineNode[];
  /** Recovered problems (unterminated start-strings, conflicting roles), with the line of the markup. */
  warnings: RstWarning[];
}

/*
 * Where the AST knowingly differs from docutils' doctree (everything else follows docutils 0.21's Inliner with
 * default settings: no PEP/RFC references, no character-level markup):
 * - `text <target>`__ is a reference with `anonymous: true` (docutils only omits the named target).
 * - A named `text <uri>`_ keeps its target on the reference (`refuri`, `anonymous: false`); no separate target node.
 * - |name|_ and |name|__ give the substitution reference alone, without the reference around it.
 * - Roles stay opaque: `interpreted` with the lower-cased role name, no "Unknown interpreted text role" error.
 * - Warnings carry the line of the offending markup, not the first line of the paragraph.
 */

/**
 * Parses inline markup of one text block with docutils' recognition rules. `text` holds the block's source lines
 * joined by "\n"; `line` is the line of its first character, and every node carries the line where it starts.
 * Never throws: markup that cannot be closed stays text and yields a warning naming `file`.
 */
export function parseInlineWithWarnings(text: string, line: number, file: string): InlineResult {
  const scanner = new InlineScanner(text, line, file);
  const nodes = scanner.parse();
  return { nodes, warnings: scanner.warnings };
}

/** `parseInlineWithWarnings` without the warnings. */
export function parseInline(text: string, line: number): InlineNode[] {
  return parseInlineWithWarnings(text, line, '').nodes;
}
