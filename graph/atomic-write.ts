/**
 * Writing a text file so that readers see either the old content or the new, never half of it: a temp file in the
 * same folder, fsync, rename (the approach of graph/io.ts's writeGraphFile, for any text such as exports).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { GraphFileError } from './io.js';

/** Replaces `file` with `text` atomically, creating missing parent folders; failures are one-line GraphFileErrors. */
export async function writeTextFileAtomic(file: string, text: string): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined); // the temp file may never have been created
    throw new GraphFileError(file, `cannot write: ${describeWriteError(error)}`);
  }
}

// Node's own messages name the temp file, which the user never asked for.
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of this path is not a folder',
  EEXIST: 'a part of this path is a file, not a folder',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
};

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && Object.hasOwn(REASONS, code)) return REASONS[code]!;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
