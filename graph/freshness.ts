/** Whether a graph file must be rebuilt from its sources. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** True when the graph is missing or any source (notes, or the code that builds graphs) changed after it. */
export async function isGraphOutdated(graphFile: string, sourceFiles: readonly string[]): Promise<boolean> {
  let graphTime: number;
  try {
    graphTime = (await stat(graphFile)).mtimeMs;
  } catch {
    return true; // missing (or unreadable, which reading it will report)
  }
  for (const source of sourceFiles) {
    if ((await stat(source)).mtimeMs > graphTime) return true;
  }
  return false;
}

/** Every file under a folder (for code folders: a rebuilt extractor makes an older graph stale). */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}
