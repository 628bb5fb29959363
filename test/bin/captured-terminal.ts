/** A Terminal for running a command in process: what it writes to stdout and stderr, kept as text. */
import type { Terminal } from '../../bin/terminal.js';

export interface CapturedTerminal {
  terminal: Terminal;
  out: () => string;
  err: () => string;
}

export function capturedTerminal(cwd: string): CapturedTerminal {
  let out = '';
  let err = '';
  const terminal: Terminal = {
    cwd,
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    progressStream: process.stderr,
  };
  return { terminal, out: () => out, err: () => err };
}
