/** The swap behind `serve --watch`, in process with a stand-in rebuild: order, failures and coalescing. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LiveEvents } from '../../../api/live-events.js';
import { liveReload } from '../../../bin/watch/live-reload.js';
import { ReportedError } from '../../../bin/watch/rebuild.js';
import type { Terminal } from '../../../bin/terminal.js';
import { MemoryStore } from '../../../graph/memory-store.js';
import type { GraphData } from '../../../graph/types.js';
import { InputError } from '../../../ingest/errors.js';
import { emptyGraph, smallGraph, widgetGraph } from '../../graph/contract/fixture.js';

const dir = mkdtempSync(path.join(tmpdir(), 'infragraph-live-reload-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setUp(rebuild: () => Promise<GraphData>, graphFile = path.join(dir, 'graph.json')) {
  const lines = { out: [] as string[], err: [] as string[] };
  const terminal: Terminal = {
    cwd: dir,
    out: (text) => void lines.out.push(text),
    err: (text) => void lines.err.push(text),
    progressStream: process.stderr,
  };
  const store = new MemoryStore();
  const events = new LiveEvents({ watching: true });
  const published: string[] = [];
  events.publishGraph = (update) => void published.push(`graph ${update.version} ${update.nodes}`);
  events.publishError = (message) => void published.push(`error ${message}`);
  const reload = liveReload({ store, events, rebuild, graphFile, shownGraphFile: 'graph.json', terminal });
  return { reload, store, lines, published };
}

describe('liveReload', () => {
  it('writes the graph file, then swaps the graph in and tells the streams', async () => {
    const { reload, store, lines, published } = setUp(async () => smallGraph());
    reload.request();
    await reload.idle();
    expect((await store.stats()).nodes).toBe(smallGraph().nodes.length);
    expect(JSON.parse(readFileSync(path.join(dir, 'graph.json'), 'utf8')).nodes).toHaveLength(
      smallGraph().nodes.length,
    );
    expect(published).toEqual([`graph ${store.revision} ${smallGraph().nodes.length}`]);
    expect(lines.out.join('')).toMatch(/^Re-ingested: \d+ entities and \d+ relations \(version \d+, [\d.]+ s\)\n$/);
  });

  it.each([
    ['bad input', new InputError('notes/a.rst', 'not a text file'), 'notes/a.rst: not a text file'],
    ['a worker failure', new ReportedError('notes/b.rst:4: boom'), 'notes/b.rst:4: boom'],
    ['a bug', new TypeError('x is undefined\n    at frame'), 'internal error: x is undefined'],
  ])('keeps the last good graph after %s and reports one line', async (_name, error, message) => {
    const { reload, store, lines, published } = setUp(async () => {
      throw error;
    });
    await store.load(smallGraph());
    const revision = store.revision;
    reload.request();
    await reload.idle();
    expect(store.revision).toBe(revision);
    expect((await store.stats()).nodes).toBe(smallGraph().nodes.length);
    expect(published).toEqual([`error ${message}`]);
    expect(lines.err).toEqual([`infragraph serve: re-ingest failed, still serving version ${revision}: ${message}\n`]);
  });

  it('swaps nothing in when the graph file cannot be written', async () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const { reload, store, published } = setUp(async () => smallGraph(), path.join(blocker, 'graph.json'));
    reload.request();
    await reload.idle();
    expect((await store.stats()).nodes).toBe(0);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatch(/^error graph\.json: cannot write: /);
  });

  it('refuses an invalid graph before writing or swapping', async () => {
    const broken = smallGraph();
    broken.edges[0]!.target = 'nowhere';
    const file = path.join(dir, 'invalid.json');
    const { reload, store, published } = setUp(async () => broken, file);
    reload.request();
    await reload.idle();
    expect((await store.stats()).nodes).toBe(0);
    expect(published[0]).toMatch(/^error graph\.json: refusing to write an invalid graph/);
    expect(() => readFileSync(file)).toThrow();
  });

  it('gathers requests made during a re-ingest into one more', async () => {
    const graphs = [widgetGraph(3), widgetGraph(5), emptyGraph()];
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { reload, store, published } = setUp(async () => {
      calls++;
      if (calls === 1) await gate;
      return graphs[calls - 1]!;
    });
    reload.request();
    reload.request();
    reload.request();
    release();
    await reload.idle();
    expect(calls).toBe(2);
    expect((await store.stats()).nodes).toBe(5);
    expect(published.map((line) => line.split(' ')[2])).toEqual(['3', '5']);
  });

  it('ignores requests once closed', async () => {
    let calls = 0;
    const { reload } = setUp(async () => {
      calls++;
      return smallGraph();
    });
    await reload.close();
    reload.request();
    await reload.idle();
    expect(calls).toBe(0);
  });
});
