import type { RstWarning } from './ast.js';

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
