/** Errors about files on disk, as one line naming the file. */
import { printablePath } from './printable-path.js';

/** A graph (or export) file that cannot be read or written; the message is `file[:line]: what is wrong`. */
export class GraphFileError extends Error {
  override readonly name = 'GraphFileError';
  readonly file: string;
  readonly reason: string;
  readonly line: number | undefined;

  constructor(file: string, reason: string, line?: number) {
    super(`${printablePath(file)}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.line = line;
  }
}

// Node's own messages name temp files and syscalls the user never asked for.
const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of this path is not a folder',
  EEXIST: 'a part of this path is a file, not a folder',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
};

/** What went wrong with a file operation, in a few words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && Object.hasOwn(REASONS, code)) return REASONS[code]!;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
