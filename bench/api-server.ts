/**
 * The server side of bench/api.ts, run in its own process so the load generator does not share its event loop:
 * `hello` is a bare Express hello-world (the yardstick), `api` the real app over a graph file, `api-uncached` the same
 * app with its response cache off. Prints its port.
 */
import express from 'express';
import type { Express } from 'express';
import { pino } from 'pino';
import { createApp } from '../api/app.js';
import { MemoryStore } from '../graph/memory-store.js';

const [mode, graphFile] = process.argv.slice(2);

async function app(): Promise<Express> {
  if (mode === 'hello') {
    const hello = express();
    hello.get('/', (_request, response) => {
      response.json({ hello: 'world' });
    });
    return hello;
  }
  if ((mode === 'api' || mode === 'api-uncached') && graphFile) {
    const store = await MemoryStore.fromFile(graphFile);
    return createApp(store, { logger: pino({ level: 'warn' }), responseCache: mode === 'api' ? undefined : false });
  }
  throw new Error('usage: api-server.ts hello | api <graph.json> | api-uncached <graph.json>');
}

const server = (await app()).listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
