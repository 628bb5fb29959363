/**
 * The only stage that touches disk on the way in: files and folders → raw documents.
 *
 * The ingest root is the deepest folder containing every input (a file counts as its folder), so the `file`
 * names in the graph do not depend on the cwd the command ran from: `ingest data/` and `cd data && ingest .`
 * give the same graph. Names use "/" separators on every platform.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from './errors.js';
import { compareCodePoints } from './order.js';
import type { RawDocument } from './types.js';

/** Extensions picked up when walking a folder; a file named explicitly is read whatever its name. */
export const TEXT_EXTENSIONS = ['.rst', '.rst.txt', '.txt'] as const;

export interface ReadOptions {
  /** Resolves relative inputs and names them in errors; defaults to process.cwd(). */
  cwd?: string;
}

export interface ReadResult {
  /** Absolute path of the ingest root. */
  root: string;
  documents: RawDocument[];
}

/** One input file, found but not yet read. */
export interface InputFile {
  /** Relative to the ingest root, "/" separators: the name used in the graph. */
  file: string;
  absolute: string;
  /** How errors name it: relative to the cwd, or as the user typed it. */
  display: string;
}

export interface InputList {
  /** Absolute path of the ingest root. */
  root: string;
  files: InputFile[];
}

/** Reads every input; throws InputError naming the path as given for a missing, unreadable or empty input. */
export async function readInputs(inputs: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const { root, files } = await listInputs(inputs, options);
  const documents: RawDocument[] = [];
  for (const { file, absolute, display } of files) documents.push({ file, bytes: await readOrFail(absolute, display) });
  return { root, documents };
}

/** Finds the files the inputs stand for, sorted by name, without reading them (enough to check freshness). */
export async function listInputs(inputs: readonly string[], options: ReadOptions = {}): Promise<InputList> {
  const cwd = options.cwd ?? process.cwd();
  if (inputs.length === 0) throw new InputError('infragraph', 'no input files or folders given');
  // Real path → [absolute path, display name]: a file reached twice (named and walked, or through a link) counts once.
  const found = new Map<string, [string, string]>();
  const add = async (absolute: string, display: string): Promise<void> => {
    const real = await realpath(absolute);
    if (!found.has(real)) found.set(real, [absolute, display]);
  };
  const roots: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const info = await statOrFail(absolute, input);
    if (info.isDirectory()) {
      roots.push(absolute);
      const files = await walkFolder(absolute, input, new Set());
      if (files.length === 0) throw new InputError(input, `no ${TEXT_EXTENSIONS.join(', ')} files in this folder`);
      for (const file of files) await add(file, path.relative(cwd, file) || file);
    } else if (info.isFile()) {
      roots.push(path.dirname(absolute));
      await add(absolute, input);
    } else {
      throw new InputError(input, 'not a regular file or folder');
    }
  }
  const root = commonFolder(roots);
  const files = [...found.values()].map(([absolute, display]) => ({
    file: toPosix(path.relative(root, absolute)),
    absolute,
    display,
  }));
  files.sort((a, b) => compareCodePoints(a.file, b.file));
  return { root, files };
}

/** The `.rst` files directly inside a folder, sorted (the default input: `data/*.rst`). */
export async function rstFilesIn(folder: string, options: ReadOptions = {}): Promise<string[]> {
  const absolute = path.resolve(options.cwd ?? process.cwd(), folder);
  const info = await statOrFail(absolute, folder);
  if (!info.isDirectory()) throw new InputError(folder, 'not a folder');
  let names: string[];
  try {
    names = await readdir(absolute);
  } catch (error) {
    throw new InputError(folder, describeFsError(error));
  }
  const rst = names
    .filter((name) => name.toLowerCase().endsWith('.rst') && !name.startsWith('.'))
    .sort(compareCodePoints);
  if (rst.length === 0) throw new InputError(folder, 'no .rst files in this folder');
  return rst.map((name) => path.join(folder, name));
}

/** Deepest folder that contains all the given absolute folders. */
export function commonFolder(folders: readonly string[]): string {
  const split = folders.map((folder) => path.resolve(folder).split(path.sep));
  const first = split[0] ?? [path.sep];
  let length = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < length && i < parts.length && parts[i] === first[i]) i++;
    length = i;
  }
  const joined = first.slice(0, length).join(path.sep);
  return joined === '' ? path.parse(path.resolve(folders[0] ?? '.')).root : joined;
}

function hasTextExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return TEXT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

// Hidden entries (.git, .venv, ...) are skipped: they hold tooling, not notes. Symlinked folders are followed
// once each (by real path) so a link cycle cannot loop.
async function walkFolder(folder: string, display: string, seen: Set<string>): Promise<string[]> {
  const real = await realpath(folder);
  if (seen.has(real)) return [];
  seen.add(real);
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new InputError(display, describeFsError(error));
  }
  const names = entries.map((entry) => entry.name).filter((name) => !name.startsWith('.'));
  names.sort(compareCodePoints);
  const files: string[] = [];
  for (const name of names) {
    const absolute = path.join(folder, name);
    const childDisplay = path.join(display, name);
    const info = await statOrFail(absolute, childDisplay);
    if (info.isDirectory()) files.push(...(await walkFolder(absolute, childDisplay, seen)));
    else if (info.isFile() && hasTextExtension(name)) files.push(absolute);
  }
  return files;
}

async function statOrFail(absolute: string, display: string) {
  try {
    return await stat(absolute);
  } catch (error) {
    throw new InputError(display, describeFsError(error));
  }
}

async function readOrFail(absolute: string, display: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(absolute));
  } catch (error) {
    throw new InputError(display, describeFsError(error));
  }
}

/** One short phrase for a filesystem error, without the path (the caller puts it in front). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of this path is not a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error);
  }
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}
