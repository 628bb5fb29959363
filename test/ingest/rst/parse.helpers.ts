import type { BlockNode, RstWarning } from '../../../ingest/rst/index.js';
import { parseRst } from '../../../ingest/rst/index.js';
import { sectionOutline } from '../../../ingest/rst/outline.js';

/** The top-level blocks of `text`. */
export function blocks(text: string): BlockNode[] {
  return parseRst(text).document.children;
}

/** Warnings as "line level: first line of message", for compact tables. */
export function warningsOf(text: string, file?: string): string[] {
  return parseRst(text, { file }).warnings.map(brief);
}

export function brief(warning: RstWarning): string {
  return `${warning.line} ${warning.level}: ${warning.message.split('\n')[0]}`;
}

/** The outline as "depth line title" strings. */
export function outlineOf(text: string): string[] {
  return sectionOutline(parseRst(text).document).map((entry) => `${entry.depth} ${entry.line} ${entry.title}`);
}
