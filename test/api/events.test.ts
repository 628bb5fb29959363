/**
 * GET /api/events: the hello event, live graph and error events on a real socket (not buffered by compression),
 * heartbeats, the stream limit, clean-up when clients leave or the server stops, and the usual guards.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveEvents } from '../../api/live-events.js';
import { OPENAPI_DOCUMENT } from '../../api/openapi.js';
import { startServer, stopServer } from '../../api/server.js';
import type { RunningServer } from '../../api/server.js';
import { quietLogger, smallApp, smallStore } from './app-fixture.js';
import { openEventStream } from './sse-client.js';
import type { EventStream } from './sse-client.js';

const ajv = new Ajv2020({ strict: false });
ajv.addSchema({ $id: 'components', components: OPENAPI_DOCUMENT.components });
const schema = (name: string) => ajv.compile({ $ref: `components#/components/schemas/${name}` });

describe('GET /api/events without watching', () => {
  it('sends one hello event saying nothing will change, then ends', async () => {
    const response = await request(await smallApp())
      .get('/api/events')
      .buffer(true)
      .parse(textParser);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache, no-transform');
    expect(response.body).toBe('retry: 2000\nevent: hello\ndata: {"version":0,"watching":false}\n\n');
    expect(schema('LiveHello')({ version: 0, watching: false })).toBe(true);
  });

  it.each([
    ['/api/events?since=3', 400, 'unknown_parameter'],
    ['/api/events?a[b]=1', 400, 'unknown_parameter'],
    ['/api/events?%ZZ', 400, 'bad_request'],
  ])('refuses %s as JSON', async (url, status, code) => {
    const response = await request(await smallApp()).get(url);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });

  it('refuses other methods and answers HEAD with headers only', async () => {
    const app = await smallApp();
    const post = await request(app).post('/api/events');
    expect(post.status).toBe(405);
    expect(post.body.error.code).toBe('method_not_allowed');
    const head = await request(app).head('/api/events');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/event-stream; charset=utf-8');
  });
});

describe('GET /api/events while watching', () => {
  let running: RunningServer | undefined;
  let events: LiveEvents | undefined;
  const streams: EventStream[] = [];

  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.close();
    events?.close();
    if (running) await stopServer(running.server);
    running = undefined;
  });

  async function serve(options: { heartbeatMs?: number; maxClients?: number } = {}): Promise<string> {
    events = new LiveEvents({ watching: true, ...options });
    running = await startServer({ store: await smallStore(), port: 0, events, logger: quietLogger });
    return `${running.url}/api/events`;
  }

  async function open(url: string): Promise<EventStream> {
    const stream = await openEventStream(url, { 'accept-encoding': 'gzip, br' });
    streams.push(stream);
    return stream;
  }

  it('streams hello, graph and ingest-error events as they happen, uncompressed', async () => {
    const stream = await open(await serve());
    expect(stream.status).toBe(200);
    expect(stream.headers['content-encoding']).toBeUndefined();
    expect((await stream.next('hello', 5000, 0)).data).toEqual({ version: 0, watching: true });
    events!.publishGraph({ version: 1, nodes: 7, edges: 5 });
    const graph = await stream.next('graph');
    expect(graph.data).toEqual({ version: 1, nodes: 7, edges: 5 });
    expect(schema('LiveGraph')(graph.data)).toBe(true);
    events!.publishError('notes/a.rst:3: broken table');
    const failure = await stream.next('ingest-error');
    expect(failure.data).toEqual({ message: 'notes/a.rst:3: broken table' });
    expect(schema('LiveIngestError')(failure.data)).toBe(true);
  });

  it('tells a client that connects later the current version and the last failure', async () => {
    const url = await serve();
    events!.publishGraph({ version: 4, nodes: 1, edges: 0 });
    events!.publishError('notes/a.rst: no such file');
    const stream = await open(url);
    const hello = await stream.next('hello', 5000, 0);
    expect(hello.data).toEqual({ version: 4, watching: true, error: 'notes/a.rst: no such file' });
    expect(schema('LiveHello')(hello.data)).toBe(true);
  });

  it('sends heartbeat comments while idle', async () => {
    const stream = await open(await serve({ heartbeatMs: 50 }));
    await expect.poll(() => stream.raw(), { timeout: 5000 }).toContain(': heartbeat\n\n');
  });

  it('forgets clients that leave and refuses streams beyond the limit', async () => {
    const url = await serve({ maxClients: 2 });
    const first = await open(url);
    await open(url);
    await first.next('hello', 5000, 0);
    await expect.poll(() => events!.clientCount, { timeout: 5000 }).toBe(2);
    const refused = await request(running!.server).get('/api/events');
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('too_many_streams');
    first.close();
    await expect.poll(() => events!.clientCount, { timeout: 5000 }).toBe(1);
  });

  it('ends every stream when closed, so the server can stop', async () => {
    const stream = await open(await serve());
    await stream.next('hello', 5000, 0);
    events!.close();
    await stream.ended;
    await stopServer(running!.server);
    running = undefined;
    expect(events!.clientCount).toBe(0);
  });
});

// supertest hands the raw response (a readable stream) to a custom parser; its types only name superagent's.
function textParser(response: request.Response, done: (error: Error | null, body: string) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text += chunk));
  stream.on('end', () => done(null, text));
}
