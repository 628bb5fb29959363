import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTextFileAtomic } from '../../graph/atomic-write.js';
import { makeFolders } from '../../graph/make-folders.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'infragraph-folders-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('makeFolders', () => {
  it('creates every missing level and accepts folders that exist', async () => {
    const deep = path.join(dir, 'a/b/c');
    await makeFolders(deep);
    expect((await stat(deep)).isDirectory()).toBe(true);
    await makeFolders(deep);
    await makeFolders(dir);
    expect(await readdir(path.join(dir, 'a/b'))).toEqual(['c']);
  });

  it('gives the same folders to concurrent callers', async () => {
    await Promise.all(Array.from({ length: 8 }, () => makeFolders(path.join(dir, 'race/x/y'))));
    expect((await stat(path.join(dir, 'race/x/y'))).isDirectory()).toBe(true);
  });

  it('refuses a file in the way (EEXIST) or under the path (ENOTDIR)', async () => {
    await writeFile(path.join(dir, 'file'), 'x');
    await expect(makeFolders(path.join(dir, 'file'))).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(makeFolders(path.join(dir, 'file/sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  // The kernel answers ENOENT for a new entry under /proc/self although the folder exists; a recursive mkdir that
  // retries the parent on ENOENT spins there forever.
  it('fails at once where the file system refuses new folders', async () => {
    await expect(makeFolders('/proc/self/nope/deeper')).rejects.toThrow(
      /^cannot create the folder \/proc\/self\/nope$/,
    );
  });
});

describe('writeTextFileAtomic', () => {
  it('reports an output under /proc as one line naming the file', async () => {
    await expect(writeTextFileAtomic('/proc/self/nope/graph.json', '{}\n')).rejects.toThrow(
      /^\/proc\/self\/nope\/graph\.json: cannot write: cannot create the folder \/proc\/self\/nope$/,
    );
  });
});
