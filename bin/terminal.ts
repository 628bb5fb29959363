/** The streams and folder a command works with; main() passes the real ones. */
import type { ProgressStream } from './progress.js';

export interface Terminal {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** stderr, for progress (which needs to know whether it is a TTY). */
  progressStream: ProgressStream;
}

export function processTerminal(): Terminal {
  return {
    cwd: process.cwd(),
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    progressStream: process.stderr,
  };
}
