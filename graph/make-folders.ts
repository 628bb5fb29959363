/**
 * Creating the missing folders above an output file, one level at a time.
 *
 * Node's `mkdir(..., { recursive: true })` retries the parent whenever the kernel answers ENOENT; under pseudo file
 * systems that refuse new entries with ENOENT although the parent exists (`/proc/self/x`), it retries forever. Here
 * each missing folder is created once, so any refusal ends the run at once.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Makes `folder` and its missing ancestors. Rejects with the first failure: Node's errno error (EEXIST for a file in
 * the way), or an error naming the folder the file system refused to create.
 */
export async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  let current = path.resolve(folder);
  for (;;) {
    const info = await stat(current).catch((error: unknown) => {
      if (codeOf(error) === 'ENOENT') return undefined;
      throw error;
    });
    if (info !== undefined) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${current} is a file`), { code: 'EEXIST' });
      break;
    }
    missing.push(current);
    const parent = path.dirname(current);
    if (parent === current) break; // a root that does not exist: mkdir below reports it
    current = parent;
  }
  for (const created of missing.reverse()) {
    await mkdir(created).catch(async (error: unknown) => {
      const code = codeOf(error);
      // Another process may have made it in the meantime.
      if (code === 'EEXIST' && (await stat(created).catch(() => undefined))?.isDirectory()) return;
      // The parent exists (it was found or made just before): this file system will not hold a folder here.
      if (code === 'ENOENT') throw new Error(`cannot create the folder ${created}`);
      throw error;
    });
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
