import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeStaleTempFiles, tempFileFor } from '../../graph/temp-files.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'infragraph-temps-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('temp files of atomic writes', () => {
  it('are hidden, beside the file, named with this process id', () => {
    const temp = tempFileFor(path.join(dir, 'graph.json'));
    expect(path.dirname(temp)).toBe(dir);
    expect(path.basename(temp)).toMatch(new RegExp(`^\\.graph\\.json\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`));
  });

  it("removes only the file's own temps of processes that are gone", async () => {
    const gone = 2 ** 22 + 12_345; // above Linux's pid_max: no such process
    const names = [
      `.graph.json.${gone}.0123abcd.tmp`, // stale: removed
      `.graph.json.${process.pid}.0123abcd.tmp`, // this process's write in progress
      `.graph.json.${process.ppid}.0123abcd.tmp`, // a running process
      `.other.json.${gone}.0123abcd.tmp`, // another file's
      `.graph.json.${gone}.notours.tmp`, // not our pattern
      'graph.json',
    ];
    for (const name of names) await writeFile(path.join(dir, name), 'x');
    await removeStaleTempFiles(path.join(dir, 'graph.json'));
    expect((await readdir(dir)).sort()).toEqual(names.slice(1).sort());
  });
});
