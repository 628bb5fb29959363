import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../ingest/errors.js';
import { commonFolder, readInputs, rstFilesIn } from '../../ingest/read.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'infragraph-read-'));
  const files: Record<string, string> = {
    'notes/b.rst': 'B',
    'notes/a.rst': 'A',
    'notes/sub/c.rst.txt': 'C',
    'notes/sub/d.txt': 'D',
    'notes/sub/image.png': 'not picked up by a walk',
    'notes/.hidden/e.rst': 'hidden',
    'other/f.rst': 'F',
    'other/g.md': 'G',
    'empty/readme.md': 'no rst here',
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  await symlink(path.join(dir, 'notes'), path.join(dir, 'notes/sub/loop'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const names = async (inputs: string[]) => {
  const result = await readInputs(inputs, { cwd: dir });
  return { root: path.relative(dir, result.root), files: result.documents.map((d) => d.file) };
};

describe('readInputs', () => {
  it.each([
    [['notes'], 'notes', ['a.rst', 'b.rst', 'sub/c.rst.txt', 'sub/d.txt']],
    [['notes/b.rst'], 'notes', ['b.rst']],
    [['notes/b.rst', 'notes/a.rst'], 'notes', ['a.rst', 'b.rst']],
    // notes/sub/loop links back to notes: followed once, never in a cycle.
    [
      ['notes/sub', 'other/f.rst'],
      '',
      ['notes/sub/c.rst.txt', 'notes/sub/d.txt', 'notes/sub/loop/a.rst', 'notes/sub/loop/b.rst', 'other/f.rst'],
    ],
    [['notes', 'notes/a.rst'], 'notes', ['a.rst', 'b.rst', 'sub/c.rst.txt', 'sub/d.txt']],
    [['other/g.md'], 'other', ['g.md']],
    [['notes', 'notes/sub/loop/a.rst'], 'notes', ['a.rst', 'b.rst', 'sub/c.rst.txt', 'sub/d.txt']],
  ])('%j → root %j, files %j', async (inputs, root, files) => {
    expect(await names(inputs)).toEqual({ root, files });
  });

  it('reads the bytes of each file', async () => {
    const result = await readInputs(['notes/a.rst'], { cwd: dir });
    expect(new TextDecoder().decode(result.documents[0]!.bytes)).toBe('A');
  });

  it('gives the same names whatever the cwd', async () => {
    const fromInside = await readInputs(['.'], { cwd: path.join(dir, 'notes') });
    const fromOutside = await readInputs([path.join(dir, 'notes')], { cwd: '/' });
    expect(fromInside.documents.map((d) => d.file)).toEqual(fromOutside.documents.map((d) => d.file));
  });

  it.each([
    [['missing.rst'], 'missing.rst: no such file or folder'],
    [['notes', 'nope'], 'nope: no such file or folder'],
    [['empty'], 'empty: no .rst, .rst.txt, .txt files in this folder'],
    [[], 'infragraph: no input files or folders given'],
  ])('%j fails with %j', async (inputs, message) => {
    const error = await readInputs(inputs, { cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(message);
  });
});

describe('rstFilesIn', () => {
  it('lists the .rst files directly inside a folder, sorted', async () => {
    expect(await rstFilesIn('notes', { cwd: dir })).toEqual(['notes/a.rst', 'notes/b.rst']);
  });

  it.each([
    ['empty', 'empty: no .rst files in this folder'],
    ['notes/a.rst', 'notes/a.rst: not a folder'],
    ['missing', 'missing: no such file or folder'],
  ])('%s fails with %j', async (folder, message) => {
    await expect(rstFilesIn(folder, { cwd: dir })).rejects.toThrow(message);
  });
});

describe('commonFolder', () => {
  it.each([
    [['/a/b', '/a/c'], '/a'],
    [['/a/b', '/a/b/c'], '/a/b'],
    [['/a', '/b'], '/'],
    [['/x/y'], '/x/y'],
  ])('%j → %s', (folders, expected) => {
    expect(commonFolder(folders)).toBe(expected);
  });
});
