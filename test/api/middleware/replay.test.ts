/**
 * Replayed answers (api/middleware/replay.ts) are the bytes the whole middleware chain sent for the same request,
 * head and body, compared on the wire; anything the replay cannot vouch for still goes down the chain.
 */
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { pino } from 'pino';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../api/app.js';
import { ResponseCache } from '../../../api/response-cache.js';
import { startServer, stopServer } from '../../../api/server.js';
import type { RunningServer, ServerOptions } from '../../../api/server.js';
import { smallGraph } from '../../graph/contract/fixture.js';
import { quietLogger, smallStore } from '../app-fixture.js';

const ROUTES = [
  '/api/search?q=zephyr',
  '/api/search?q=runtime&kind=category&limit=5',
  '/api/entities/quill-runtime',
  '/api/entities/zephyr-orchestrator/neighbors?depth=2&types=MANAGES',
  '/api/path?from=quill-runtime&to=corvid',
  '/api/compare?ids=zephyr-orchestrator,zephyr-lite',
  '/api/ask?q=what%20manages%20Quill%20Runtime',
  '/api/categories',
  '/api/graph',
];

const running: RunningServer[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  for (const server of running.splice(0)) await stopServer(server.server);
});

async function serve(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const server = await startServer({ store: await smallStore(), port: 0, logger: quietLogger, ...options });
  running.push(server);
  return server;
}

/** The whole response as bytes, with its Date line (the only part that may differ from second to second) blanked. */
async function exchange(port: number, target: string, headers = '', method = 'GET'): Promise<Buffer> {
  const socket = connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.write(`${method} ${target} HTTP/1.1\r\nHost: x\r\n${headers}Connection: close\r\n\r\n`);
  await new Promise((resolve) => socket.on('close', resolve));
  const bytes = Buffer.concat(chunks);
  const headEnd = bytes.indexOf('\r\n\r\n');
  const head = bytes
    .subarray(0, headEnd)
    .toString('latin1')
    .replace(/\r\nDate: [^\r]*/, '\r\nDate: -');
  return Buffer.concat([Buffer.from(head, 'latin1'), bytes.subarray(headEnd)]);
}

describe('replayed answers', () => {
  it('are the bytes the middleware chain sent for the same request, and skip the route', async () => {
    const { port } = await serve();
    const routeSends = vi.spyOn(ResponseCache.prototype, 'send');
    for (const target of ROUTES) {
      const first = await exchange(port, target);
      expect(routeSends, target).toHaveBeenCalledTimes(1);
      const again = await exchange(port, target);
      const third = await exchange(port, target);
      expect(routeSends, target).toHaveBeenCalledTimes(1);
      expect(first.toString('latin1'), target).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      expect(first.toString('latin1'), target).toContain("\r\nContent-Security-Policy: default-src 'none'");
      expect(first.toString('latin1'), target).toContain('\r\nX-Content-Type-Options: nosniff\r\n');
      expect(first.toString('latin1'), target).toContain('\r\nETag: "');
      expect(first.toString('latin1'), target).not.toContain('X-Powered-By');
      expect(again.equals(first), target).toBe(true);
      expect(third.equals(first), target).toBe(true);
      routeSends.mockClear();
    }
  });

  it('are kept per Accept-Encoding; a body the chain compressed on the fly is never replayed', async () => {
    const { port } = await serve();
    const routeSends = vi.spyOn(ResponseCache.prototype, 'send');
    const gzip = 'Accept-Encoding: gzip\r\n';
    // Under compression's 1 KB threshold: sent as is, with Vary, so it replays for that Accept-Encoding.
    const small = await exchange(port, '/api/search?q=zephyr', gzip);
    expect(small.toString('latin1')).toContain('\r\nVary: Accept-Encoding\r\n');
    expect((await exchange(port, '/api/search?q=zephyr', gzip)).equals(small)).toBe(true);
    expect(routeSends).toHaveBeenCalledTimes(1);
    // The whole graph is compressed: every request goes down the chain, and each gets the same compressed bytes.
    const whole = await exchange(port, '/api/graph', gzip);
    const wholeAgain = await exchange(port, '/api/graph', gzip);
    expect(routeSends).toHaveBeenCalledTimes(3);
    expect(whole.toString('latin1')).toContain('\r\nContent-Encoding: gzip\r\n');
    expect(wholeAgain.equals(whole)).toBe(true);
    const plain = await request(createApp(await smallStore(), { logger: quietLogger })).get('/api/graph');
    expect(JSON.parse(gunzipSync(dechunk(whole)).toString('utf8'))).toEqual(plain.body);
  });

  it('leave conditional requests, HEAD and a changed store to the chain', async () => {
    const store = await smallStore();
    const { port } = await serve({ store });
    const routeSends = vi.spyOn(ResponseCache.prototype, 'send');
    const target = '/api/search?q=quill';
    const first = (await exchange(port, target)).toString('latin1');
    await exchange(port, target);
    const etag = /\r\nETag: ("[^"]+")/.exec(first)![1]!;
    const notModified = (await exchange(port, target, `If-None-Match: ${etag}\r\n`)).toString('latin1');
    expect(notModified).toMatch(/^HTTP\/1\.1 304 /);
    const head = (await exchange(port, target, '', 'HEAD')).toString('latin1');
    expect(head).toMatch(/^HTTP\/1\.1 200 /);
    expect(head.endsWith('\r\n\r\n')).toBe(true);
    expect(routeSends).toHaveBeenCalledTimes(3);
    const renamed = smallGraph();
    renamed.nodes.find((node) => node.id === 'quill-runtime')!.label = 'Quill Engine';
    await store.load(renamed);
    const after = (await exchange(port, target)).toString('latin1');
    expect(routeSends).toHaveBeenCalledTimes(4);
    expect(after).toContain('Quill Engine');
    expect(after).not.toContain(etag);
  });

  it('are logged like any other answer', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => void (lines.push(String(chunk)), done()) });
    const { port } = await serve({ logger: pino({ level: 'info' }, sink) });
    const routeSends = vi.spyOn(ResponseCache.prototype, 'send');
    await exchange(port, '/api/search?q=corvid');
    await exchange(port, '/api/search?q=corvid');
    expect(routeSends).toHaveBeenCalledTimes(1);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toHaveLength(2);
    for (const line of logged) expect(line).toMatchObject({ method: 'GET', url: '/api/search?q=corvid', status: 200 });
  });

  it('are off when CORS is on, since its headers follow the request Origin', async () => {
    const { port } = await serve({ corsOrigins: ['https://viewer.example'] });
    const routeSends = vi.spyOn(ResponseCache.prototype, 'send');
    const allowed = (await exchange(port, '/api/categories', 'Origin: https://viewer.example\r\n')).toString('latin1');
    const other = (await exchange(port, '/api/categories', 'Origin: https://elsewhere.example\r\n')).toString('latin1');
    expect(allowed).toContain('\r\nAccess-Control-Allow-Origin: https://viewer.example\r\n');
    expect(other).not.toContain('Access-Control-Allow-Origin');
    expect(routeSends).toHaveBeenCalledTimes(2);
  });
});

/** The body of a chunked HTTP/1.1 response, chunks joined. */
function dechunk(response: Buffer): Buffer {
  let at = response.indexOf('\r\n\r\n') + 4;
  const parts: Buffer[] = [];
  for (;;) {
    const lineEnd = response.indexOf('\r\n', at);
    const size = parseInt(response.subarray(at, lineEnd).toString('latin1'), 16);
    if (size === 0) return Buffer.concat(parts);
    parts.push(response.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}
