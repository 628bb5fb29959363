/**
 * The cache of answers: what it sends is what the uncached app sends, byte for byte; a load empties it; its bounds
 * hold; a store without a revision is never cached.
 */
import zlib from 'node:zlib';
import compression from 'compression';
import express from 'express';
import type { Express } from 'express';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../api/app.js';
import { COMPRESSION_THRESHOLD } from '../../api/encoded-body.js';
import { ResponseCache, jsonText } from '../../api/response-cache.js';
import { MemoryStore } from '../../graph/memory-store.js';
import type { GraphStore } from '../../graph/store.js';
import { smallGraph } from '../graph/contract/fixture.js';
import { CACHED_ROUTES, quietLogger, smallApp, smallStore, switchableStore } from './app-fixture.js';

describe('the response cache', () => {
  it('sends, on a miss and on a hit, what the app without a cache sends', async () => {
    const cached = await smallApp();
    const uncached = await smallApp({ responseCache: false });
    for (const url of CACHED_ROUTES) {
      const expected = await request(uncached).get(url);
      expect(expected.status, url).toBe(200);
      const miss = await request(cached).get(url);
      const hit = await request(cached).get(url);
      for (const response of [miss, hit]) {
        expect(response.status, url).toBe(200);
        expect(response.text, url).toBe(expected.text);
        expect(response.headers['content-type'], url).toBe(expected.headers['content-type']);
        expect(response.headers['content-security-policy'], url).toBe(expected.headers['content-security-policy']);
      }
      expect(miss.headers.etag, url).toMatch(/^"[\w-]+"$/);
      expect(hit.headers.etag, url).toBe(miss.headers.etag);
      expect(expected.headers.etag, url).toBeUndefined();
    }
  });

  it('answers 304 without a body to a client that holds the current answer', async () => {
    const app = await smallApp();
    const first = await request(app).get('/api/entities/quill-runtime');
    const again = await request(app).get('/api/entities/quill-runtime').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const stale = await request(app).get('/api/entities/quill-runtime').set('If-None-Match', '"something-else"');
    expect(stale.status).toBe(200);
  });

  it('sends errors as before and keeps none of them', async () => {
    const cached = await smallApp();
    const uncached = await smallApp({ responseCache: false });
    for (const url of [
      '/api/entities/nowhere',
      '/api/ask?q=what%20manages%20Nowhere%20Thing',
      '/api/path?from=x&to=y',
    ]) {
      const expected = await request(uncached).get(url);
      const first = await request(cached).get(url);
      const second = await request(cached).get(url);
      expect([first.status, first.text], url).toEqual([expected.status, expected.text]);
      expect([second.status, second.text], url).toEqual([expected.status, expected.text]);
      expect(second.headers.etag, url).toBeUndefined();
    }
  });

  it('answers from the new graph once the store loads another', async () => {
    const store = await smallStore();
    const own = createApp(store, { logger: quietLogger });
    const before = await request(own).get('/api/search?q=quill');
    const etag = before.headers.etag!;
    expect(before.body.results[0].label).toBe('Quill Runtime');
    const renamed = smallGraph();
    renamed.nodes.find((node) => node.id === 'quill-runtime')!.label = 'Quill Engine';
    await store.load(renamed);
    const after = await request(own).get('/api/search?q=quill');
    expect(after.body.results[0].label).toBe('Quill Engine');
    const revalidated = await request(own).get('/api/search?q=quill').set('If-None-Match', etag);
    expect(revalidated.status).toBe(200);
    const entity = await request(own).get('/api/entities/quill-runtime');
    expect(entity.body.label).toBe('Quill Engine');
  });

  it('keeps at most maxEntries answers and maxBytes of them, and still sends what it cannot keep', async () => {
    const store = await smallStore();
    const byCount = new ResponseCache(store, { maxEntries: 3, maxBytes: Infinity });
    const countApp = cachedApp(store, byCount);
    for (const q of ['zephyr', 'quill', 'tern', 'heron', 'corvid', 'marlin']) {
      expect((await request(countApp).get(`/api/search?q=${q}`)).status).toBe(200);
      expect(byCount.stats.entries).toBeLessThanOrEqual(3);
    }
    expect(byCount.stats.entries).toBe(3);

    const bySize = new ResponseCache(store, { maxEntries: 100, maxBytes: 2000 });
    const sizeApp = cachedApp(store, bySize);
    for (const q of ['zephyr', 'quill', 'tern', 'heron', 'corvid', 'marlin']) {
      await request(sizeApp).get(`/api/search?q=${q}`);
      expect(bySize.stats.bytes).toBeLessThanOrEqual(2000);
    }
    expect(bySize.stats.entries).toBeGreaterThan(0);
    const whole = await request(sizeApp).get('/api/graph');
    expect(whole.status).toBe(200);
    expect(whole.text.length).toBeGreaterThan(2000);
    expect(whole.body.nodes).toHaveLength(smallGraph().nodes.length);
    expect(bySize.stats.bytes).toBeLessThanOrEqual(2000);
  });

  it('compresses an answer once per coding the middleware chose, and counts the copy in its bytes', async () => {
    const store = await smallStore();
    const cache = new ResponseCache(store);
    const app = cachedApp(store, cache, true);
    const encodings = vi.spyOn(zlib, 'gzip');
    const first = await request(app).get('/api/graph').set('Accept-Encoding', 'gzip');
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['content-length']).toBeUndefined(); // the middleware's own, streamed
    const plainBytes = cache.stats.bytes;
    expect(encodings).not.toHaveBeenCalled();
    for (let round = 0; round < 3; round++) {
      const again = await request(app).get('/api/graph').set('Accept-Encoding', 'gzip');
      expect(again.headers['content-encoding']).toBe('gzip');
      expect(again.body).toEqual(first.body);
      expect(Number(again.headers['content-length'])).toBeLessThan(plainBytes);
      expect(cache.stats.bytes).toBe(plainBytes + Number(again.headers['content-length']));
    }
    expect(encodings).toHaveBeenCalledTimes(1);
    const identity = await request(app).get('/api/graph').set('Accept-Encoding', 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body).toEqual(first.body);
    encodings.mockRestore();
  });

  it('keeps nothing for a store without a revision, and nothing computed across a load', async () => {
    const { store: noRevision } = switchableStore(await smallStore());
    expect(noRevision.revision).toBeUndefined();
    const never = new ResponseCache(noRevision);
    const neverApp = cachedApp(noRevision, never);
    expect((await request(neverApp).get('/api/search?q=zephyr')).status).toBe(200);
    expect(never.stats.entries).toBe(0);

    const memory = new MemoryStore();
    await memory.load(smallGraph());
    const cache = new ResponseCache(memory);
    const app = express();
    app.set('json escape', true);
    app.get('/racing', async (req, res) => {
      await cache.send(req, res, ['racing'], async () => {
        await memory.load(smallGraph()); // a load lands while the answer is computed
        return { revision: memory.revision };
      });
    });
    expect((await request(app).get('/racing')).status).toBe(200);
    expect(cache.stats.entries).toBe(0);
  });

  it('writes JSON as Express does, escaping what could be read as HTML', () => {
    const value = { text: '<b>a & b</b>', n: [1, null] };
    expect(jsonText(value, true)).toBe('{"text":"\\u003cb\\u003ea \\u0026 b\\u003c/b\\u003e","n":[1,null]}');
    expect(jsonText(value, false)).toBe(JSON.stringify(value));
  });
});

/** The app's cached routes over `store` (compressed if asked), sharing `cache` so the test can read its bounds. */
function cachedApp(store: GraphStore, cache: ResponseCache, compressing = false): Express {
  const app = express();
  if (compressing) app.use(compression({ threshold: COMPRESSION_THRESHOLD }));
  app.set('query parser', false);
  app.set('json escape', true);
  app.get('/api/search', async (req, res) => {
    const q = String(new URL(req.originalUrl, 'http://x').searchParams.get('q'));
    await cache.send(req, res, ['search', q], async () => ({ results: await store.search(q) }));
  });
  app.get('/api/graph', async (req, res) => {
    await cache.send(req, res, ['graph'], () => store.export());
  });
  return app;
}
