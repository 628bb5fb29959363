/** Headers, CORS, compression, raw hostile bytes, store outages and internal errors: nothing leaks, nothing hangs. */
import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { startServer, stopServer } from '../../api/server.js';
import type { RunningServer } from '../../api/server.js';
import { quietLogger, smallApp, smallStore, switchableStore } from './app-fixture.js';
import { responseProblems } from './openapi-validator.js';

describe('security headers', () => {
  it('sets CSP, nosniff and frame protection, and hides the framework', async () => {
    const response = await request(await smallApp()).get('/api/health');
    expect(response.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('sets them on errors too', async () => {
    const response = await request(await smallApp()).get('/api/nowhere');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('escapes markup characters inside JSON, so echoed input cannot be sniffed as HTML', async () => {
    const response = await request(await smallApp()).get('/api/search?%3Cscript%3E=1');
    expect(response.text).toContain('\\u003cscript\\u003e');
    expect(response.text).not.toContain('<script>');
    expect(response.body.error.message).toContain("'<script>'");
  });

  it('compresses large responses for clients that accept it', async () => {
    const response = await request(await smallApp())
      .get('/api/graph')
      .set('Accept-Encoding', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.body.nodes).toHaveLength(21);
  });
});

describe('CORS', () => {
  it('is off by default', async () => {
    const response = await request(await smallApp())
      .get('/api/health')
      .set('Origin', 'https://elsewhere.example');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows exactly the configured origins, preflight included', async () => {
    const app = await smallApp({ corsOrigins: ['https://viewer.example'] });
    const allowed = await request(app).get('/api/health').set('Origin', 'https://viewer.example');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://viewer.example');
    const other = await request(app).get('/api/health').set('Origin', 'https://elsewhere.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(app).options('/api/search').set('Origin', 'https://viewer.example');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD');
    const refused = await request(app).options('/api/search').set('Origin', 'https://elsewhere.example');
    expect(refused.status).toBe(405);
  });
});

describe('store outages', () => {
  it('health is 503 while the store is down and recovers by itself', async () => {
    const { store, setUp } = switchableStore(await smallStore());
    const app = createApp(store, { logger: quietLogger });
    expect((await request(app).get('/api/health')).status).toBe(200);
    setUp(false);
    const down = await request(app).get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      status: 'unavailable',
      store: 'memory',
      error: { code: 'store_unavailable', message: expect.any(String) },
    });
    expect(responseProblems('/api/health', 503, down.body)).toEqual([]);
    const search = await request(app).get('/api/search?q=corvid');
    expect(search.status).toBe(503);
    expect(search.body.error.code).toBe('store_unavailable');
    setUp(true);
    expect((await request(app).get('/api/health')).body.status).toBe('ok');
  });

  it('an unexpected failure is a 500 with no detail, and is logged', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => void (lines.push(String(chunk)), done()) });
    const store = await smallStore();
    store.search = () => Promise.reject(new Error('secret internals at /srv/x.ts:12'));
    const app = createApp(store, { logger: pino({ level: 'warn' }, sink) });
    const response = await request(app).get('/api/search?q=corvid');
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ error: { code: 'internal', message: 'internal error' } });
    expect(lines.join('')).toContain('secret internals');
  });
});

describe('request logs', () => {
  it('writes one structured line per request at info, silent at the default level', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => void (lines.push(String(chunk)), done()) });
    const app = createApp(await smallStore(), { logger: pino({ level: 'info' }, sink) });
    await request(app).get('/api/search?q=corvid');
    expect(JSON.parse(lines[0]!)).toMatchObject({ method: 'GET', url: '/api/search?q=corvid', status: 200 });
    lines.length = 0;
    const quiet = createApp(await smallStore(), { logger: pino({ level: 'warn' }, sink) });
    await request(quiet).get('/api/search?q=corvid');
    expect(lines).toEqual([]);
  });
});

describe('source files', () => {
  it('refuses a listed file that is a symlink leading out of the source root', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'infragraph-api-'));
    const outside = await mkdtemp(path.join(os.tmpdir(), 'infragraph-outside-'));
    await writeFile(path.join(outside, 'secret.txt'), 'secret\n');
    await mkdir(path.join(root, 'notes'));
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'notes', 'mesh.rst'));
    await writeFile(path.join(root, 'notes', 'zephyr.rst'), 'Zephyr\n');
    const app = createApp(await smallStore(), { sourceRoot: root, logger: quietLogger });
    expect((await request(app).get('/api/source?file=notes/mesh.rst&line=1')).status).toBe(404);
    expect((await request(app).get('/api/source?file=notes/zephyr.rst&line=1')).status).toBe(200);
  });

  it('leaves a viewer page query to the viewer, however malformed, while the API stays strict', async () => {
    const viewer = await mkdtemp(path.join(os.tmpdir(), 'infragraph-viewer-'));
    await writeFile(path.join(viewer, 'index.html'), '<!doctype html><title>v</title>\n');
    const app = createApp(await smallStore(), { viewerDir: viewer, logger: quietLogger });
    expect((await request(app).get('/?node=a%ZZ&node=b&x[y]=1')).status).toBe(200);
    expect((await request(app).get('/api/search?q=a%ZZ')).status).toBe(400);
  });

  it('serves nothing without a source root', async () => {
    const app = createApp(await smallStore(), { logger: quietLogger });
    expect((await request(app).get('/api/source?file=notes/mesh.rst&line=1')).status).toBe(404);
  });
});

describe('raw request targets', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer({ store: await smallStore(), port: 0, logger: quietLogger });
  });
  afterAll(async () => {
    await stopServer(running.server);
  });

  // Clients percent-encode; these bytes go on the wire as they are.
  async function rawRequest(
    target: Buffer,
    method = 'GET',
    headers = '',
  ): Promise<{ status: number; head: string; body: string }> {
    const socket = connect(running.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined); // the server may close before reading everything sent
    socket.write(
      Buffer.concat([
        Buffer.from(`${method} `),
        target,
        Buffer.from(` HTTP/1.1\r\nHost: x\r\n${headers}Connection: close\r\n\r\n`),
      ]),
    );
    await new Promise((resolve) => socket.on('close', resolve));
    const text = Buffer.concat(chunks).toString('latin1');
    const split = text.indexOf('\r\n\r\n');
    return { status: Number(text.split(' ')[1]), head: text.slice(0, split), body: text.slice(split + 4) };
  }

  it.each([
    ['non-UTF-8 byte in the query', Buffer.from([...Buffer.from('/api/search?q=a'), 0xff])],
    ['non-ASCII byte in the path', Buffer.from([...Buffer.from('/api/entities/'), 0xe9])],
    ['UTF-8 sent unencoded', Buffer.from('/api/search?q=caf\u00e9')],
    ['a control byte', Buffer.from('/api/search?q=a\u0001b')],
  ])('%s → 400 JSON, even when the HTTP parser refuses it before Express', async (_name, target) => {
    const { status, head, body } = await rawRequest(target);
    expect(status).toBe(400);
    expect(head).toContain('Content-Type: application/json; charset=utf-8');
    expect(JSON.parse(body)).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
  });

  it('answers a refused HEAD without a body', async () => {
    const { status, body } = await rawRequest(Buffer.from('/api/search?q=caf\u00e9'), 'HEAD');
    expect(status).toBe(400);
    expect(body).toBe('');
  });

  it('refuses oversized headers with a JSON 431', async () => {
    const { status, body } = await rawRequest(Buffer.from('/api/health'), 'GET', `X-Big: ${'a'.repeat(20_000)}\r\n`);
    expect(status).toBe(431);
    expect(JSON.parse(body).error.code).toBe('bad_request');
  });

  it('reports its address', () => {
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
