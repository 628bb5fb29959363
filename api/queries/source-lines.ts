/**
 * The lines of an ingested RST file around one line, for showing evidence in context. Only files the graph lists
 * in `documents` are served, and only from inside the configured source root: any other name is a 404, whatever
 * it resolves to, so the route can never read beyond the notes.
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.js';

export interface SourceLine {
  number: number;
  text: string;
}

export interface SourceExcerpt {
  file: string;
  line: number;
  lines: SourceLine[];
}

export interface SourceRequest {
  file: string;
  line: number;
  context: number;
}

export async function sourceLines(
  root: string | undefined,
  ingestedFiles: ReadonlySet<string>,
  request: SourceRequest,
): Promise<SourceExcerpt> {
  const { file, line, context } = request;
  const notServed = new AppError(404, 'not_found', `no ingested source file named '${file}'`);
  if (root === undefined || !ingestedFiles.has(file) || !isPlainRelative(file)) throw notServed;
  const absolute = await insideRoot(root, file);
  if (absolute === undefined) throw notServed;
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch {
    throw notServed;
  }
  const all = text.split(/\r\n|\r|\n/);
  if (text.endsWith('\n')) all.pop();
  if (line > all.length) throw new AppError(404, 'not_found', `${file} has ${all.length} lines, not ${line}`);
  const first = Math.max(1, line - context);
  const last = Math.min(all.length, line + context);
  const lines = all.slice(first - 1, last).map((lineText, index) => ({ number: first + index, text: lineText }));
  return { file, line, lines };
}

// Graph file names are "/"-separated and relative; anything else was not written by ingest.
function isPlainRelative(file: string): boolean {
  if (file.includes('\\') || file.includes('\0') || path.posix.isAbsolute(file) || /^[a-zA-Z]:/.test(file)) {
    return false;
  }
  return file.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

// Resolves symlinks too, so a link inside the root cannot point outside it.
async function insideRoot(root: string, file: string): Promise<string | undefined> {
  try {
    const realRoot = await realpath(root);
    const real = await realpath(path.join(realRoot, ...file.split('/')));
    const relative = path.relative(realRoot, real);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? real : undefined;
  } catch {
    return undefined;
  }
}
