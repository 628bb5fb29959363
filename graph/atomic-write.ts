/**
 * Writing a text file so that readers see either the old content or the new, never half of it: a temp file in the
 * same folder, fsync, rename, then a sync of the folder. Graph files and exports are written this way. Temp files
 * that killed runs left behind are cleared by the next successful write (temp-files.ts).
 */
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError, GraphFileError } from './file-errors.js';
import { makeFolders } from './make-folders.js';
import { removeStaleTempFiles, tempFileFor } from './temp-files.js';

/** Replaces `file` with `text` atomically, creating missing parent folders; failures are one-line GraphFileErrors. */
export async function writeTextFileAtomic(file: string, text: string): Promise<void> {
  const absolute = path.resolve(file);
  const folder = path.dirname(absolute);
  const temp = tempFileFor(absolute);
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
  await removeStaleTempFiles(absolute);
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
