/**
 * The temp files of atomic writes: `.NAME.PID.RANDOM.tmp` beside NAME. A run killed between creating its temp file
 * and renaming it leaves one behind; the next successful write of NAME removes those whose process is gone.
 */
import { randomBytes } from 'node:crypto';
import { readdir, unlink } from 'node:fs/promises';
import path from 'node:path';

/** A fresh temp path for `file` (absolute), in the same folder so the rename stays on one file system. */
export function tempFileFor(file: string): string {
  const name = `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  return path.join(path.dirname(file), name);
}

/** Removes the temp files of `file` left by processes that no longer run; best effort, never throws. */
export async function removeStaleTempFiles(file: string): Promise<void> {
  const folder = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (!match || isRunning(Number(match[1]))) continue;
    await unlink(path.join(folder, name)).catch(() => undefined);
  }
}

// Signal 0 only asks whether the process exists: EPERM means it does, under another user.
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}
