/** The load benchmark's parts: its request mix is fixed and weighted, and its clients count every kind of failure. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fire, percentile } from '../../bench/load-clients.js';
import { candidatePool, loadSequence } from '../../bench/load-targets.js';
import type { GraphData } from '../../graph/types.js';
import { MemoryStore } from '../../graph/memory-store.js';
import { SMALL_GRAPH } from '../api/app-fixture.js';

let graph: GraphData;
beforeAll(async () => {
  graph = await (await MemoryStore.fromFile(SMALL_GRAPH)).export();
});

describe('the request mix', () => {
  it('is the same on every run, with every kind and the failures it expects', () => {
    const pool = candidatePool(graph, 5);
    expect(candidatePool(graph, 5)).toEqual(pool);
    const sequence = loadSequence(pool, 2000);
    expect(loadSequence(pool, 2000)).toEqual(sequence);
    const kinds = new Map<string, number>();
    for (const target of sequence) kinds.set(target.kind, (kinds.get(target.kind) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual(
      ['400 parameter', '404 entity', '404 route', 'ask', 'categories', 'compare', 'entity', 'health']
        .concat(['neighbours', 'path', 'search'])
        .sort(),
    );
    // Weighted like a person exploring: searches far outnumber deliberate failures.
    expect(kinds.get('search')!).toBeGreaterThan(4 * kinds.get('404 route')!);
    expect(pool.find((target) => target.kind === '404 entity')?.expected).toBe(404);
  });
});

describe('the clients', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === '/hang-up') return void request.socket.destroy();
      response.statusCode = request.url === '/fail' ? 500 : 200;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('count unexpected statuses and socket failures, and keep their connections alive', async () => {
    const ok = { kind: 'ok', path: '/ok', expected: 200 };
    const targets = [...Array(40).fill(ok), { kind: 'x', path: '/fail', expected: 200 }];
    targets.push({ kind: 'y', path: '/hang-up', expected: 200 });
    const run = await fire(port, targets, 4);
    expect(run.latencies).toHaveLength(41);
    expect(run.errors.get('x: 500 instead of 200')).toBe(1);
    const hangUps = [...run.errors].filter(([reason]) => /^y: (socket hang up|read ECONNRESET)$/.test(reason));
    expect(hangUps).toEqual([[expect.any(String), 1]]);
    expect(run.errors.size).toBe(2);
    expect(run.connections).toBeLessThanOrEqual(5); // 4 clients, one reconnecting after the hang-up
  });

  it('read percentiles from unsorted latencies', () => {
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 1)).toBe(5);
  });
});
