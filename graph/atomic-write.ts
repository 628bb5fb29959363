/**
 * Writing a text file so that readers see either the old content or the new, never half of it: a temp file in the
 * same folder, fsync, rename, then a sync of the folder. Graph files and exports are written this way.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError, GraphFileError } from './file-errors.js';
import { makeFolders } from './make-folders.js';

/** Replaces `file` with `text` atomically, creating missing parent folders; failures are one-line GraphFileErrors. */
export async function writeTextFileAtomic(file: string, text: string): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await makeFolders(folder);
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
    throw new GraphFileError(file, `cannot write: ${describeFsError(error)}`);
  }
  await syncFolder(folder);
}

// The rename is durable only once the folder entry is on disk. Some platforms cannot open a folder for
// syncing; the file itself is already synced, so that is not worth failing a run over.
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort, see above
  }
}
