import type { InlineNode } from './ast.js';

/**
 * Parses inline markup of one text block. `line` is the line of the block's first character;
 * newlines in `text` advance it. PLACEHOLDER: being replaced by the real inline parser.
 */
export function parseInline(text: string, line: number): InlineNode[] {
  return text ? [{ type: 'text', line, value: text }] : [];
}
