/**
 * The error an ingest stage raises for input it cannot use at all (as opposed to a warning it recovers from).
 * Its message is the one line a user sees: `file[:line]: what is wrong`.
 */
import { printablePath } from '../graph/printable-path.js';

export class InputError extends Error {
  override readonly name = 'InputError';
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, reason: string, line?: number) {
    super(`${printablePath(file)}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
