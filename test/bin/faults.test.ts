/**
 * Faults a user meets outside the happy path, through the real CLI process (`npm run build` first when running this
 * file alone): an ingest killed with SIGKILL while it works or writes, graph files damaged on disk, output paths the
 * file system refuses.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repo, 'bin/infragraph.js');
const seed = path.join(repo, 'data/cloud-infrastructure-technologies.rst');
// Every run here is short; a hang ends it as a failure instead of blocking the suite.
const RUN_TIMEOUT_MS = 60_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'infragraph-faults-'));
  writeFileSync(path.join(dir, 'small.rst'), 'Alpha\n=====\n\n`Engine <https://engine.example/>`__ uses Go.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: RUN_TIMEOUT_MS });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Killed {
  /** 'SIGKILL' when the kill landed, null when the run had already exited. */
  signal: NodeJS.Signals | null;
  /** Whether a temp file of the output existed when the kill was sent. */
  tempSeen: boolean;
}

/** Runs `ingest` and SIGKILLs it after `delayMs`, or as soon as its temp file appears when `delayMs` is 'write'. */
function ingestAndKill(args: string[], outFolder: string, delayMs: number | 'write'): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'ingest', ...args], { cwd: dir, stdio: 'ignore' });
    let tempSeen = false;
    const kill = (): void => {
      tempSeen = readdirSync(outFolder).some((name) => name.endsWith('.tmp'));
      child.kill('SIGKILL');
    };
    const watcher = watch(outFolder, (_event, name) => {
      if (delayMs === 'write' && name?.endsWith('.tmp')) kill();
    });
    const timer = setTimeout(kill, delayMs === 'write' ? RUN_TIMEOUT_MS : delayMs);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      watcher.close();
      resolve({ signal, tempSeen });
    });
  });
}

describe('kill -9 during ingest --out', () => {
  it('leaves the previous graph byte-identical, and the next run writes the new one and clears the temp files', async () => {
    const notes = path.join(dir, 'big');
    for (let copy = 1; copy <= 3; copy++) cpSync(seed, path.join(notes, `copy-${copy}.rst`));
    const outFolder = path.join(dir, 'out');
    const out = path.join(outFolder, 'graph.json');
    expect(run(['ingest', 'small.rst', '--out', 'out/graph.json', '-q']).code).toBe(0);
    const previous = readFileSync(out);

    const kills: Killed[] = [];
    for (const delay of [150, 1_000, 'write', 'write'] as const) {
      const killed = await ingestAndKill(['big', '--out', 'out/graph.json', '-q'], outFolder, delay);
      kills.push(killed);
      const now = readFileSync(out);
      // A kill that lands after the rename (the run had finished writing) leaves the complete new graph.
      if (!now.equals(previous)) {
        expect(delay).toBe('write');
        expect(JSON.parse(now.toString()).documents).toHaveLength(3);
        writeFileSync(out, previous);
      }
    }
    // The timed kills land while the run reads, parses or extracts: it takes seconds on three copies of the seed.
    expect(kills.slice(0, 2).map((killed) => killed.signal)).toEqual(['SIGKILL', 'SIGKILL']);
    expect(kills.slice(2).some((killed) => killed.tempSeen && killed.signal === 'SIGKILL')).toBe(true);

    const next = run(['ingest', 'big', '--out', 'out/graph.json', '-q']);
    expect(next).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(outFolder)).toEqual(['graph.json']);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(3);
  }, 240_000);
});

describe('a damaged graph file is one start-up line naming it, exit 1', () => {
  const graphText = (): string => readFileSync(path.join(dir, 'good.json'), 'utf8');
  beforeAll(() => {
    expect(run(['ingest', 'small.rst', '--out', 'good.json', '-q']).code).toBe(0);
  });

  const damages: [string, () => string | Uint8Array, string][] = [
    [
      'truncated',
      () => graphText().slice(0, Math.floor(graphText().length / 2)),
      'truncated JSON (the file ends too early)',
    ],
    ['empty', () => '', 'empty file, not a graph'],
    ['random bytes', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x10]), 'not valid JSON'],
    ['broken on line 3', () => graphText().replace(/\n.*\n/, '\n  "version" 1\n'), 'not valid JSON'],
    ['valid JSON, not a graph', () => '{"version": 1, "nodes": []}\n', 'not an infragraph graph'],
    ['nested 100k deep', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'not an infragraph graph'],
  ];
  const commands: [string, (file: string) => string[]][] = [
    ['serve', (file) => ['serve', '--graph', file, '--port', '0']],
    ['export', (file) => ['export', '--graph', file, '--format', 'gexf', '--out', 'out.gexf']],
    ['ask', (file) => ['ask', 'what implements CNI', '--graph', file]],
    ['load', (file) => ['load', '--graph', file, '--neo4j', 'bolt://127.0.0.1:1']],
  ];

  it.each(damages)(
    '%s',
    (name, content, reason) => {
      const file = `damaged-${name.replace(/\W+/g, '-')}.json`;
      writeFileSync(path.join(dir, file), content());
      for (const [command, argv] of commands) {
        const result = run(argv(file));
        expect(result.code, command).toBe(1);
        expect(result.stdout, command).toBe('');
        expect(result.stderr, command).toMatch(new RegExp(`^${escape(file)}(:\\d+)?: ${escape(reason)}.*\\n$`));
      }
    },
    120_000,
  );

  it('start rebuilds a damaged graph from the notes, saying so in one line', () => {
    const data = path.join(dir, 'data');
    mkdirSync(data, { recursive: true });
    cpSync(path.join(dir, 'small.rst'), path.join(data, 'small.rst'));
    writeFileSync(path.join(data, 'graph.json'), '\u0000\u0001 not json');
    const result = run(['start', '--data', 'data', '--prepare-only']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('data/graph.json: not valid JSON; rebuilding it\n');
    expect(JSON.parse(readFileSync(path.join(data, 'graph.json'), 'utf8')).documents).toHaveLength(1);
  }, 120_000);
});

describe('an output path the file system refuses', () => {
  it.each([
    [['ingest', 'small.rst', '--out', '/proc/self/nope/graph.json'], '/proc/self/nope/graph.json'],
    [
      ['export', '--graph', 'good.json', '--format', 'json', '--out', '/proc/self/nope/g.json'],
      '/proc/self/nope/g.json',
    ],
    [
      ['export', '--graph', 'good.json', '--format', 'csv', '--out', '/proc/self/nope/csv'],
      '/proc/self/nope/csv/nodes.csv',
    ],
  ])('%j fails at once with one line', (argv, shown) => {
    const result = run(argv);
    expect(result.signal).toBeNull();
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe(`${shown}: cannot write: cannot create the folder /proc/self/nope\n`);
  });
});

describe('a file name with a line break', () => {
  it('is named with the break escaped, so each warning and error stays one line', () => {
    writeFileSync(path.join(dir, 'two\nlines.rst'), Buffer.from('caf\xe9\n', 'latin1'));
    const warned = run(['ingest', 'two\nlines.rst', '--out', 'lines.json', '-q']);
    expect(warned).toMatchObject({ code: 0, stderr: 'two\\x0alines.rst:1: invalid UTF-8 replaced with U+FFFD\n' });
    expect(run(['ingest', 'no\nsuch.rst', '--out', 'lines.json'])).toMatchObject({
      code: 1,
      stderr: 'no\\x0asuch.rst: no such file or folder\n',
    });
  });
});
