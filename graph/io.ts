/**
 * Graph files on disk. Writing is atomic (temp file in the same folder, fsync, rename), so a crash or a failed
 * run leaves either the old graph or the new one, never half of one. Reading reports every way a file can be
 * unusable as one line naming the file.
 */
import { readFile } from 'node:fs/promises';
import { writeTextFileAtomic } from './atomic-write.js';
import { describeFsError, GraphFileError } from './file-errors.js';
import { serializeGraph } from './serialize.js';
import type { GraphData } from './types.js';
import { graphProblems } from './validate.js';

export { GraphFileError } from './file-errors.js';

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
  await writeTextFileAtomic(file, serializeGraph(graph));
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
