/**
 * Graph files on disk. Writing is atomic (temp file in the same folder, fsync, rename), so a crash or a failed
 * run leaves either the old graph or the new one, never half of one. Reading reports every way a file can be
 * unusable as one line naming the file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { serializeGraph } from './serialize.js';
import type { GraphData } from './types.js';
import { graphProblems } from './validate.js';

/** A graph file that cannot be read or written; the message is `file[:line]: what is wrong`. */
export class GraphFileError extends Error {
  override readonly name = 'GraphFileError';
  readonly file: string;
  readonly reason: string;
  readonly line: number | undefined;

  constructor(file: string, reason: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.file = file;
    this.reason = reason;
    this.line = line;
  }
}

export async function readGraphFile(file: string): Promise<GraphData> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new GraphFileError(file, describeFsError(error));
  }
  if (text.trim() === '') throw new GraphFileError(file, 'empty file, not a graph');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw jsonError(file, text, error);
  }
  const problems = graphProblems(value);
  if (problems.length > 0) {
    const rest = problems.length - 1;
    const more = rest > 0 ? ` (and ${rest} more problem${rest === 1 ? '' : 's'})` : '';
    throw new GraphFileError(file, `not an infragraph graph: ${problems[0]}${more}`);
  }
  return value as GraphData;
}

/** Validates, serialises deterministically and replaces `file` atomically; creates missing parent folders. */
export async function writeGraphFile(file: string, graph: GraphData): Promise<void> {
  const problems = graphProblems(graph);
  if (problems.length > 0) throw new GraphFileError(file, `refusing to write an invalid graph: ${problems[0]}`);
  const text = serializeGraph(graph);
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

function jsonError(file: string, text: string, error: unknown): GraphFileError {
  const message = error instanceof Error ? error.message : String(error);
  // Our files always end with the closing brace: an object that does not was cut off (a full disk, a crash).
  const trimmed = text.trim();
  if (/end of (JSON )?input/i.test(message) || (trimmed.startsWith('{') && !trimmed.endsWith('}'))) {
    return new GraphFileError(file, 'truncated JSON (the file ends too early)');
  }
  const position = /position (\d+)/.exec(message);
  const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
  return new GraphFileError(file, 'not valid JSON', line);
}

function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of this path is not a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
