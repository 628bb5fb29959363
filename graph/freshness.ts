/** Whether a graph file must be rebuilt from its sources. */
import { stat } from 'node:fs/promises';

/** True when the graph is missing or any source was modified after it was written. */
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
