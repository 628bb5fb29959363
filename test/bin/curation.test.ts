/**
 * `infragraph ingest --curation FILE` as a user runs it, on the built dist/ (`npm run build` first when running this
 * file alone).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../graph/io.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repo, 'bin/infragraph.js');
let dir: string;

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), content);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'infragraph-curation-'));
  write(
    'notes/a.rst',
    [
      'Engines',
      '=======',
      '',
      '`Engine <https://engine.example/>`__ is written in `Go <https://go.example/>`__.',
      '`Motor <https://motor.example/>`__ is written in Go.',
      '',
    ].join('\n'),
  );
  write('fix/curation.yaml', 'merge:\n  - [engine, motor]\nalias:\n  Engine: [Eng]\nrename:\n  go: Golang\n');
  write('fix/bad.yaml', 'merge:\n  - [engine, turbine]\n');
  write('fix/typo.yaml', 'alias: {engine: Eng}\nmerj: []\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('infragraph ingest --curation', () => {
  it('applies the corrections, says so, and records them in the graph', async () => {
    const plain = run(['ingest', 'notes', '--out', 'plain.json', '--quiet']);
    expect(plain.stderr).toBe('');
    const before = await readGraphFile(path.join(dir, 'plain.json'));
    expect(before.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['engine', 'go', 'motor']));
    expect(before.curation).toBeUndefined();

    const result = run(['ingest', 'notes', '--out', 'graph.json', '--curation', 'fix/curation.yaml']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('into graph.json, with 3 corrections from fix/curation.yaml');
    const graph = await readGraphFile(path.join(dir, 'graph.json'));
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toContain('golang');
    expect(ids).not.toContain('motor');
    expect(ids).not.toContain('go');
    expect(graph.nodes.find((n) => n.id === 'engine')?.aliases).toEqual(expect.arrayContaining(['Eng', 'Motor']));
    expect(graph.edges.find((e) => e.id === 'engine--written-in--golang')?.evidence.map((e) => e.line)).toEqual([4, 5]);
    expect(graph.curation).toEqual({
      file: 'fix/curation.yaml',
      actions: [
        { action: 'merge', line: 2, names: ['engine', 'motor'] },
        { action: 'alias', line: 4, names: ['Engine', 'Eng'] },
        { action: 'rename', line: 6, names: ['go', 'Golang'] },
      ],
    });
  });

  it.each([
    ['a name that matches no entity', 'fix/bad.yaml', "fix/bad.yaml:2: 'turbine' names no entity (by id or label)\n"],
    [
      'an unknown key',
      'fix/typo.yaml',
      "fix/typo.yaml:2: unknown key 'merj' (expected merge, rename, suppress, alias)\n",
    ],
    ['a missing file', 'fix/none.yaml', 'fix/none.yaml: no such file\n'],
  ])('fails on %s with one line and leaves the previous graph as it was', (_what, file, message) => {
    const good = readFileSync(path.join(dir, 'graph.json'), 'utf8');
    const result = run(['ingest', 'notes', '--out', 'graph.json', '--curation', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'graph.json'), 'utf8')).toBe(good);
  });

  it('is picked up by infragraph start from <data>/curation.yaml', async () => {
    write('kept/a.rst', readFileSync(path.join(dir, 'notes/a.rst'), 'utf8'));
    write('kept/curation.yaml', 'suppress:\n  - Motor\n');
    const result = run(['start', '--data', 'kept', '--prepare-only']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const graph = await readGraphFile(path.join(dir, 'kept/graph.json'));
    expect(graph.nodes.map((n) => n.id)).not.toContain('motor');
    expect(graph.curation).toEqual({
      file: 'kept/curation.yaml',
      actions: [{ action: 'suppress', line: 2, names: ['Motor'] }],
    });

    expect(run(['start', '--data', 'kept', '--prepare-only']).stdout).toContain('kept/graph.json is up to date');
    rmSync(path.join(dir, 'kept/curation.yaml'));
    const again = run(['start', '--data', 'kept', '--prepare-only']);
    expect(again.stdout).toContain('ingested 1 document');
    expect((await readGraphFile(path.join(dir, 'kept/graph.json'))).curation).toBeUndefined();
  });
});
