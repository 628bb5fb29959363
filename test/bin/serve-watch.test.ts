/**
 * `infragraph serve --watch` as a user runs it (a child process on the built dist/): an edited note is re-ingested
 * and swapped in (graph event, searchable, graph file rewritten), broken input keeps the last good graph and
 * reports an ingest-error, and a burst of writes gives one re-ingest.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from '../api/sse-client.js';
import type { EventStream } from '../api/sse-client.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repo, 'bin/infragraph.js');

const NOTES = 'Notes\n=====\n\n`Corvid <https://corvid.example/>`__ is a container runtime written in Go.\n';
const MORE = '\n`Tern <https://tern.example/>`__ is a service mesh built on Corvid.\n';

let dir: string;
let child: ChildProcessWithoutNullStreams | undefined;
let stream: EventStream | undefined;
let stdout = '';
let stderr = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'infragraph-watch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  stream?.close();
  stream = undefined;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  child = undefined;
});

/** A fresh folder with one note, ingested, then served with --watch; resolves with the API's base URL. */
async function serveWatching(name: string): Promise<{ url: string; folder: string; graph: string; version: number }> {
  const folder = path.join(dir, name);
  mkdirSync(path.join(folder, 'notes'), { recursive: true });
  writeFileSync(path.join(folder, 'notes/a.rst'), NOTES);
  const graph = path.join(folder, 'graph.json');
  const ingest = spawn(process.execPath, [bin, 'ingest', 'notes', '--out', 'graph.json', '--quiet'], { cwd: folder });
  expect(await new Promise((resolve) => ingest.on('exit', resolve))).toBe(0);
  stdout = '';
  stderr = '';
  const args = ['serve', '--watch', '--input', 'notes', '--graph', 'graph.json', '--port', '0'];
  child = spawn(process.execPath, [bin, ...args], { cwd: folder, env: { ...process.env, NEO4J_URI: '' } });
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await expect.poll(() => stdout, { timeout: 20_000 }).toMatch(/Watching the notes/);
  const url = /API at (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(stdout)![1]!;
  stream = await openEventStream(`${url}/api/events`);
  const hello = (await stream.next('hello', 5000, 0)).data as { version: number; watching: boolean };
  expect(hello).toEqual({ version: expect.any(Number), watching: true });
  return { url, folder, graph, version: hello.version };
}

async function search(url: string, q: string): Promise<string[]> {
  const body = (await (await fetch(`${url}/api/search?q=${q}`)).json()) as { results: { id: string }[] };
  return body.results.map((hit) => hit.id);
}

describe('serve --watch', () => {
  it('re-ingests an edited note, swaps the graph in and rewrites the graph file', async () => {
    const { url, folder, graph, version } = await serveWatching('edit');
    expect(await search(url, 'Tern')).not.toContain('tern');
    writeFileSync(path.join(folder, 'notes/a.rst'), NOTES + MORE);
    const update = await stream!.next('graph', 30_000);
    expect(update.data).toMatchObject({ version: version + 1, nodes: 5, edges: 4 });
    expect(await search(url, 'Tern')).toContain('tern');
    const written = JSON.parse(readFileSync(graph, 'utf8')) as { nodes: { id: string }[] };
    expect(written.nodes.map((node) => node.id)).toContain('tern');
    expect(stdout).toContain(`Re-ingested: 5 entities and 4 relations (version ${version + 1},`);
  }, 60_000);

  it('keeps serving the last good graph when a re-ingest fails, and says why', async () => {
    const { url, folder, graph, version } = await serveWatching('broken');
    const before = readFileSync(graph, 'utf8');
    writeFileSync(path.join(folder, 'notes/b.rst'), Buffer.from([0x61, 0x00, 0x00, 0x01, 0x02, 0x62]));
    const failure = await stream!.next('ingest-error', 30_000);
    expect(failure.data).toEqual({ message: 'notes/b.rst: not a text file' });
    await expect.poll(() => stderr, { timeout: 5000 }).toContain('re-ingest failed');
    expect(stderr).toBe(
      `infragraph serve: re-ingest failed, still serving version ${version}: notes/b.rst: not a text file\n`,
    );
    expect(await search(url, 'Corvid')).toContain('corvid');
    expect(readFileSync(graph, 'utf8')).toBe(before);
    // Fixing the input recovers: the next re-ingest swaps a graph in again.
    rmSync(path.join(folder, 'notes/b.rst'));
    writeFileSync(path.join(folder, 'notes/a.rst'), NOTES + MORE);
    expect((await stream!.next('graph', 30_000)).data).toMatchObject({ version: version + 1 });
    expect(await search(url, 'Tern')).toContain('tern');
  }, 60_000);

  it('gathers a burst of writes into one re-ingest', async () => {
    const { folder } = await serveWatching('burst');
    for (let i = 0; i < 5; i++) {
      writeFileSync(path.join(folder, 'notes/a.rst'), `${NOTES}\nDraft ${i}.\n`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    writeFileSync(path.join(folder, 'notes/ignored.json'), '{}'); // not a note: no re-ingest of its own
    await stream!.next('graph', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(stdout.match(/Re-ingested/g)).toHaveLength(1);
    expect(stream!.events.filter((event) => event.event === 'graph')).toHaveLength(1);
  }, 60_000);

  it('also runs under start --watch, on the data folder', async () => {
    const folder = path.join(dir, 'start');
    mkdirSync(path.join(folder, 'data'), { recursive: true });
    writeFileSync(path.join(folder, 'data/a.rst'), NOTES);
    stdout = '';
    child = spawn(process.execPath, [bin, 'start', '--data', 'data', '--port', '0', '--watch'], {
      cwd: folder,
      env: { ...process.env, NEO4J_URI: '' },
    });
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await expect.poll(() => stdout, { timeout: 30_000 }).toMatch(/Watching the notes for changes \(data\/\*\.rst\)/);
    const url = /API at (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(stdout)![1]!;
    stream = await openEventStream(`${url}/api/events`);
    await stream.next('hello', 5000, 0);
    writeFileSync(path.join(folder, 'data/b.rst'), `Other\n=====\n${MORE}`);
    await stream.next('graph', 30_000);
    expect(await search(url, 'Tern')).toContain('tern');
  }, 60_000);
});
