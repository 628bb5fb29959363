import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphFileError } from '../../graph/io.js';
import { MemoryStore } from '../../graph/memory-store.js';
import { InvalidQueryError, StoreUnavailableError } from '../../graph/store.js';
import type { GraphData } from '../../graph/types.js';
import { exportOrder, smallGraph } from './contract/fixture.js';
import { storeContract } from './store-contract.js';

storeContract('memory', async () => new MemoryStore());

describe('MemoryStore', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'infragraph-memory-store-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('is named memory and starts empty', async () => {
    const store = new MemoryStore();
    expect(store.name).toBe('memory');
    expect(await store.stats()).toEqual({ nodes: 0, edges: 0, nodesByKind: {}, edgesByType: {} });
  });

  it('loads a graph file', async () => {
    const file = path.join(folder, 'small.json');
    await writeFile(file, JSON.stringify(smallGraph()));
    const store = await MemoryStore.fromFile(file);
    expect(await store.export()).toEqual(exportOrder(smallGraph()));
  });

  it.each([
    ['missing.json', null, /missing\.json: no such file$/],
    ['cut.json', '{"version": 1, "documents": [', /cut\.json: truncated JSON/],
    ['other.json', '{"version": 1, "documents": []}', /other\.json: not an infragraph graph: /],
  ])('reports an unusable file %s in one line', async (name, text, message) => {
    const file = path.join(folder, name);
    if (text !== null) await writeFile(file, text);
    const error = await MemoryStore.fromFile(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphFileError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses an invalid graph and keeps answering with the previous one', async () => {
    const store = new MemoryStore();
    await store.load(smallGraph());
    const broken: GraphData = smallGraph();
    broken.edges[0].target = 'nowhere';
    await expect(store.load(broken)).rejects.toThrow(InvalidQueryError);
    await expect(store.load(broken)).rejects.toThrow(
      /cannot load the graph: \/edges\/0\/target "nowhere" is no node id/,
    );
    expect(await store.export()).toEqual(exportOrder(smallGraph()));
  });

  it('is unhealthy and refuses queries once closed', async () => {
    const store = new MemoryStore();
    await store.load(smallGraph());
    await store.close();
    expect(await store.health()).toBe(false);
    await expect(store.search('zephyr')).rejects.toThrow(StoreUnavailableError);
    await expect(store.load(smallGraph())).rejects.toThrow(StoreUnavailableError);
  });

  it('counts a revision up on every load and on close, not on a refused load or a query', async () => {
    const store = new MemoryStore();
    const first = store.revision;
    await store.load(smallGraph());
    const loaded = store.revision;
    expect(loaded).toBeGreaterThan(first);
    await store.search('zephyr');
    await store.entity('heron-proxy');
    expect(store.revision).toBe(loaded);
    const broken: GraphData = smallGraph();
    broken.edges[0].target = 'nowhere';
    await expect(store.load(broken)).rejects.toThrow(InvalidQueryError);
    expect(store.revision).toBe(loaded);
    await store.load(smallGraph());
    expect(store.revision).toBeGreaterThan(loaded);
    const reloaded = store.revision;
    await store.close();
    expect(store.revision).toBeGreaterThan(reloaded);
  });
});
