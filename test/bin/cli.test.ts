/**
 * The CLI as a user runs it: `node bin/infragraph.js ...` in a child process, on the built dist/ (`npm test` builds
 * first through `pretest`; run `npm run build` before running this file alone).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../graph/io.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repo, 'bin/infragraph.js');
const seed = path.join(repo, 'data/cloud-infrastructure-technologies.rst');
const version = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version;

let dir: string;

function run(args: string[], cwd = dir) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'infragraph-cli-'));
  write(
    'notes/a.rst',
    'Alpha\n=====\n\n`Engine <https://engine.example/>`__ is written in `Go <https://go.example/>`__.\n',
  );
  write('notes/deep/b.rst.txt', 'Beta\n====\n\nEngine uses Go.\n');
  write('notes/skip.md', '# not RST\n');
  write('empty/readme.md', 'nothing to ingest\n');
  write('bin.rst', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  // 25 lines, each with a Latin-1 é (0xe9): invalid UTF-8, so 25 warnings.
  write('latin/latin.rst', Buffer.from('caf\xe9\n'.repeat(25), 'latin1'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('help and version', () => {
  it.each([
    [['--help'], 'Usage:\n  infragraph ingest'],
    [['-h'], 'Usage:\n  infragraph ingest'],
    [['help'], 'Usage:\n  infragraph ingest'],
    [['ingest', '--help'], 'Usage: infragraph ingest [files or folders...] [--out <file>]'],
    [['help', 'ingest'], 'Usage: infragraph ingest [files or folders...] [--out <file>]'],
    [['start', '-h'], 'Usage: infragraph start [--data <folder>]'],
  ])('%j prints help and exits 0', (args, start) => {
    const result = run(args);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(start) || result.stdout.includes(start)).toBe(true);
    expect(result.stderr).toBe('');
  });

  it('--version prints the package version', () => {
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [[], 'infragraph: no command given (see infragraph --help)'],
    [['frobnicate'], "infragraph: unknown command 'frobnicate' (see infragraph --help)"],
    [['--verbose'], "infragraph: unknown option '--verbose' (see infragraph --help)"],
    [['ingest', '--bogus'], "infragraph ingest: unknown option '--bogus' (see infragraph ingest --help)"],
    [
      ['ingest', '--out'],
      "infragraph ingest: option '-o, --out <value>' argument missing (see infragraph ingest --help)",
    ],
    [['start', 'extra'], "infragraph start: unexpected argument 'extra' (see infragraph start --help)"],
  ])('%j is a usage error: exit 2, one line', (args, line) => {
    expect(run(args)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });
});

describe('ingest', () => {
  it('ingests the seed into --out, prints a summary, and the graph validates', async () => {
    const result = run(['ingest', seed, '--out', 'seed/graph.json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^ingested 1 document \(0\.1 MB\) into seed\/graph\.json\n/);
    expect(result.stdout).toMatch(/ {2}documents {2}1\n {2}sections {3}\d{3}\n {2}entities {3}\d+ \(technology \d+/);
    expect(result.stdout).toMatch(/ {2}relations {2}\d+.*\n {2}warnings {3}0\n {2}seconds {4}\d+\.\d\d\n$/);
    const graph = await readGraphFile(path.join(dir, 'seed/graph.json'));
    expect(graph.documents.map((d) => d.file)).toEqual(['cloud-infrastructure-technologies.rst']);
    expect(graph.nodes.length).toBeGreaterThan(100);
  });

  it('is deterministic: two runs, from different folders, give byte-identical files', () => {
    expect(run(['ingest', seed, 'notes', '--out', 'one.json']).code).toBe(0);
    mkdirSync(path.join(dir, 'elsewhere'), { recursive: true });
    const fromElsewhere = run(['ingest', seed, path.join(dir, 'notes'), '-o', path.join(dir, 'two.json')], '/');
    expect(fromElsewhere.code).toBe(0);
    const one = readFileSync(path.join(dir, 'one.json'));
    expect(readFileSync(path.join(dir, 'two.json')).equals(one)).toBe(true);
  });

  it('walks a folder for .rst, .rst.txt and .txt files, naming them relative to it', async () => {
    const result = run(['ingest', 'notes', '--out', 'notes.json']);
    expect(result.code).toBe(0);
    const graph = await readGraphFile(path.join(dir, 'notes.json'));
    expect(graph.documents.map((d) => d.file)).toEqual(['a.rst', 'deep/b.rst.txt']);
    expect(graph.edges.map((e) => `${e.id} ${e.evidence.map((x) => `${x.file}:${x.line}`).join(' ')}`)).toEqual([
      'engine--uses--go deep/b.rst.txt:4',
      'engine--written-in--go a.rst:4',
    ]);
  });

  it('reads data/*.rst into data/graph.json by default', async () => {
    const project = path.join(dir, 'project');
    mkdirSync(path.join(project, 'data'), { recursive: true });
    cpSync(seed, path.join(project, 'data/notes.rst'));
    const result = run(['ingest'], project);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('into data/graph.json');
    expect((await readGraphFile(path.join(project, 'data/graph.json'))).documents[0]!.file).toBe('notes.rst');
  });

  it('prints warnings as file:line lines, capped, with a count of the rest', () => {
    const result = run(['ingest', 'latin', '--out', 'latin.json']);
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('latin/latin.rst:1: invalid UTF-8 replaced with U+FFFD');
    expect(lines[19]).toBe('latin/latin.rst:20: invalid UTF-8 replaced with U+FFFD');
    expect(lines[20]).toBe('... and 5 more warnings');
    expect(result.stdout).toContain('  warnings   25\n');
  });

  it('shows progress on stderr for many files (plain lines when not a terminal)', () => {
    for (let i = 0; i < 8; i++) write(`many/n${i}.rst`, `Note ${i}\n=======\n`);
    const result = run(['ingest', 'many', '--out', 'many.json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^ingest: \d+% \(\d\/8 files/);
    expect(result.stderr).toContain('ingest: 100% (8/8 files');
    expect(run(['ingest', 'many', '--out', 'many.json', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('bad input: non-zero exit, one line on stderr, the previous graph intact', () => {
  const good = () => path.join(dir, 'good.json');
  beforeAll(() => {
    expect(run(['ingest', 'notes', '--out', 'good.json']).code).toBe(0);
  });

  const cases: [string, string[], string, number][] = [
    ['a missing path', ['notes', 'missing.rst'], 'missing.rst: no such file or folder', 1],
    ['a folder with no RST', ['empty'], 'empty: no .rst, .rst.txt, .txt files in this folder', 1],
    ['a binary file', ['notes', 'bin.rst'], 'bin.rst: not a text file', 1],
    ['a path through a file', ['notes/a.rst/x.rst'], 'notes/a.rst/x.rst: a part of this path is not a folder', 1],
    ['an output path that is a folder', ['notes', '--out', 'notes'], 'notes: cannot write: is a folder, not a file', 1],
    [
      'an unknown option',
      ['notes', '--frobnicate'],
      "infragraph ingest: unknown option '--frobnicate' (see infragraph ingest --help)",
      2,
    ],
  ];
  it.each(cases)('%s', (_name, argv, line, code) => {
    const before = readFileSync(good());
    const result = run(['ingest', ...argv, ...(argv.includes('--out') ? [] : ['--out', 'good.json'])]);
    expect(result).toEqual({ code, stdout: '', stderr: `${line}\n` });
    expect(readFileSync(good()).equals(before)).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file', () => {
    const before = readFileSync(good());
    const file = write('locked/locked.rst', 'Locked\n======\n');
    chmodSync(file, 0o000);
    try {
      const result = run(['ingest', 'locked/locked.rst', '--out', 'good.json']);
      expect(result).toEqual({ code: 1, stdout: '', stderr: 'locked/locked.rst: permission denied\n' });
    } finally {
      chmodSync(file, 0o644);
    }
    expect(readFileSync(good()).equals(before)).toBe(true);
  });
});

describe('start', () => {
  // Four ingests of the seed: ≈ 25 s alone on a busy 2-core machine.
  it(
    'ingests when the graph is missing or stale, and only summarises when it is fresh',
    { timeout: 120_000 },
    async () => {
      const data = path.join(dir, 'start-data');
      mkdirSync(data, { recursive: true });
      cpSync(seed, path.join(data, 'seed.rst'));

      const first = run(['start', '--data', 'start-data', '--prepare-only']);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^ingested 1 document .* into start-data\/graph\.json\n/);
      const graphFile = path.join(data, 'graph.json');
      const built = readFileSync(graphFile);

      const second = run(['start', '--data', 'start-data', '--prepare-only']);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/^start-data\/graph\.json is up to date\n {2}documents {2}1\n/);

      const later = new Date(Date.now() + 10_000);
      utimesSync(path.join(data, 'seed.rst'), later, later);
      expect(run(['start', '--data', 'start-data', '--prepare-only']).stdout).toMatch(/^ingested 1 document/);

      const earlier = new Date(Date.now() - 60_000);
      utimesSync(path.join(data, 'seed.rst'), earlier, earlier);
      writeFileSync(graphFile, '{"version": 1, "nodes": [');
      const repaired = run(['start', '--data', 'start-data', '--prepare-only']);
      expect(repaired.code).toBe(0);
      expect(repaired.stderr).toBe('start-data/graph.json: truncated JSON (the file ends too early); rebuilding it\n');
      expect(readFileSync(graphFile).equals(built)).toBe(true);
      await readGraphFile(graphFile);
    },
  );

  it('serves the graph after making it ready, printing the address', async () => {
    const data = path.join(dir, 'serve-data');
    mkdirSync(data, { recursive: true });
    write('serve-data/notes.rst', 'Alpha\n=====\n\n`Engine <https://engine.example/>`__ is written in Go.\n');
    const child = spawn(process.execPath, [bin, 'start', '--data', 'serve-data', '--port', '0'], { cwd: dir });
    try {
      let stdout = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`start exited with ${code}: ${stdout}`)));
      });
      expect(stdout).toMatch(/^ingested 1 document/);
      const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string; nodes: number };
      expect(health.status).toBe('ok');
      expect(health.nodes).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('fails with one line when the data folder has no notes', () => {
    expect(run(['start', '--data', 'empty', '--prepare-only'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'empty: no .rst files in this folder\n',
    });
  });
});
