/**
 * Replayed answers (api/middleware/replay.ts) are the bytes the whole middleware chain sent for the same request,
 * head and body, compared on the wire; anything the replay cannot vouch for still goes down the chain.
 */
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { pino } from 'pino';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../api/app.js';
import { ResponseCache } from '../../../api/response-cache.js';
import { startServer, stopServer } from '../../../api/server.js';
import type { RunningServer, ServerOptions } from '../../../api/server.js';
import { smallGraph } from '../../graph/contract/fixture.js';
import { CACHED_ROUTES, quietLogger, smallStore } from '../app-fixture.js';

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
    for (const target of CACHED_ROUTES) {
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

  it('are kept per Accept-Encoding', async () => {
    const { port } = await serve();
    const routeSends = vi.spyOn(ResponseCache.prototype, 'send');
    // Under compression's 1 KB threshold: sent as is, with Vary, and replayed for that Accept-Encoding only.
    const small = await exchange(port, '/api/search?q=zephyr', 'Accept-Encoding: gzip\r\n');
    expect(small.toString('latin1')).toContain('\r\nVary: Accept-Encoding\r\n');
    expect((await exchange(port, '/api/search?q=zephyr', 'Accept-Encoding: gzip\r\n')).equals(small)).toBe(true);
    expect(routeSends).toHaveBeenCalledTimes(1);
    await exchange(port, '/api/search?q=zephyr', 'Accept-Encoding: br\r\n');
    expect(routeSends).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['gzip', 'gzip', gunzipSync],
    ['br', 'br', brotliDecompressSync],
    ['deflate', 'deflate', inflateSync],
    ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
  ])(
    'Accept-Encoding %s: compressed on the fly first, then the same bytes compressed once, kept and replayed',
    async (acceptEncoding, coding, decode) => {
      const { port } = await serve();
      const routeSends = vi.spyOn(ResponseCache.prototype, 'send');
      const asks = `Accept-Encoding: ${acceptEncoding}\r\n`;
      const onTheFly = await exchange(port, '/api/graph', asks);
      const keptOnce = await exchange(port, '/api/graph', asks);
      expect(routeSends).toHaveBeenCalledTimes(2);
      const replayed = await exchange(port, '/api/graph', asks);
      expect(routeSends).toHaveBeenCalledTimes(2);
      expect(replayed.equals(keptOnce)).toBe(true);

      const [flyHead, flyBody] = split(onTheFly);
      const [keptHead, keptBody] = split(keptOnce);
      expect(flyHead).toContain(`\r\nContent-Encoding: ${coding}\r\n`);
      expect(flyHead).toContain('\r\nTransfer-Encoding: chunked');
      expect(keptHead).toContain(`\r\nContent-Length: ${keptBody.length}\r\n`);
      // The same head but for the framing: a known length instead of chunks.
      const unframed = (head: string) => head.replace(/\r\n(Content-Length|Transfer-Encoding): [^\r]*/g, '');
      expect(unframed(keptHead)).toBe(unframed(flyHead));
      expect(keptBody.equals(dechunk(flyBody))).toBe(true);
      const plain = await request(createApp(await smallStore(), { logger: quietLogger })).get('/api/graph');
      expect(JSON.parse(decode(keptBody).toString('utf8'))).toEqual(plain.body);
      // A client holding the answer still gets a bare 304 from the chain, with no coding named.
      const etag = /\r\nETag: ("[^"]+")/.exec(keptHead)![1]!;
      const [notModified, empty] = split(await exchange(port, '/api/graph', `${asks}If-None-Match: ${etag}\r\n`));
      expect(notModified).toMatch(/^HTTP\/1\.1 304 /);
      expect(notModified).not.toContain('Content-Encoding');
      expect(empty.length).toBe(0);
    },
  );

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

function split(response: Buffer): [head: string, body: Buffer] {
  const headEnd = response.indexOf('\r\n\r\n');
  return [response.subarray(0, headEnd).toString('latin1'), response.subarray(headEnd + 4)];
}

/** The body of a chunked HTTP/1.1 message, chunks joined. */
function dechunk(body: Buffer): Buffer {
  let at = 0;
  const parts: Buffer[] = [];
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (size === 0) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}
