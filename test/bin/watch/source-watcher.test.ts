/** Which changes count for `serve --watch`, and a burst of writes settling into one callback. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileTarget, inputTarget, rstFolderTarget, watchSources } from '../../../bin/watch/source-watcher.js';

const dir = mkdtempSync(path.join(tmpdir(), 'infragraph-source-watcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('watch targets', () => {
  it.each([
    ['a.rst', true],
    ['deep/er/b.RST', true],
    ['c.rst.txt', true],
    ['notes.txt', true],
    ['graph.json', false],
    ['.a.rst.swp', false],
    ['.git/x.txt', false],
    ['a.rst~', false],
  ])('a walked folder: %s counts: %s', (relative, counts) => {
    expect(inputTarget('/n', true).accepts(relative)).toBe(counts);
  });

  it.each([
    ['a.rst', true],
    ['sub/a.rst', false],
    ['a.txt', false],
    ['.hidden.rst', false],
  ])('the default *.rst of a folder: %s counts: %s', (relative, counts) => {
    expect(rstFolderTarget('/n').accepts(relative)).toBe(counts);
  });

  it('a file: only that name in its folder, whatever its extension', () => {
    const target = fileTarget('/n/curation.yaml');
    expect(target).toMatchObject({ folder: '/n', recursive: false });
    expect(target.accepts('curation.yaml')).toBe(true);
    expect(target.accepts('other.yaml')).toBe(false);
    expect(inputTarget('/n/one.md', false).accepts('one.md')).toBe(true);
  });
});

describe('watchSources', () => {
  it('calls back once after a burst of writes, and not for files that do not count', async () => {
    const folder = path.join(dir, 'burst');
    mkdirSync(path.join(folder, 'sub'), { recursive: true });
    let calls = 0;
    const stop = watchSources([inputTarget(folder, true)], () => calls++, 200);
    try {
      writeFileSync(path.join(folder, 'ignored.json'), '{}');
      for (let i = 0; i < 4; i++) writeFileSync(path.join(folder, 'sub/a.rst'), `Draft ${i}\n`);
      await expect.poll(() => calls, { timeout: 10_000 }).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(calls).toBe(1);
      writeFileSync(path.join(folder, 'only.json'), '{}');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(calls).toBe(1);
    } finally {
      stop();
    }
  });

  it('stops calling back once stopped, even with a change pending', async () => {
    const folder = path.join(dir, 'stopped');
    mkdirSync(folder);
    let calls = 0;
    const stop = watchSources([rstFolderTarget(folder)], () => calls++, 200);
    writeFileSync(path.join(folder, 'a.rst'), 'x\n');
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(calls).toBe(0);
  });
});
