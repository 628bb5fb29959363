import type { DocumentNode, ParseResult } from './ast.js';
import { nestedParser, parseBody } from './body.js';
import { createContext } from './context.js';
import { toLines } from './lines.js';
import { SectionTree } from './section-tree.js';
import { placeTransitions } from './transitions.js';
import { resolveTitleSubstitutions } from './title-substitutions.js';

export type * from './ast.js';

export interface ParseOptions {
  /** Named in warnings; relative to the ingest root. */
  file?: string;
}

/** Parses reStructuredText into a typed AST, with docutils' block rules. Never throws: problems become warnings. */
export function parseRst(text: string, options: ParseOptions = {}): ParseResult {
  const ctx = createContext(options.file ?? '<input>');
  const tree = new SectionTree(ctx);
  parseBody({ ctx, lines: toLines(text), sink: tree, nested: nestedParser(ctx) });
  const document: DocumentNode = { type: 'document', line: 1, children: tree.children };
  placeTransitions(document, ctx);
  resolveTitleSubstitutions(document);
  return { document, warnings: ctx.warnings };
}
