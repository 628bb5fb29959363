/**
 * The server side of bench/load.ts: the real API server (api/server.ts, with its timeouts and parser error handling)
 * over a graph file, in its own process so its memory is its own. Prints its port, then answers each `memory`
 * message from the parent with its memory use, after a full garbage collection when run with --expose-gc.
 */
import { pino } from 'pino';
import { startServer, stopServer } from '../api/server.js';
import { MemoryStore } from '../graph/memory-store.js';

export interface MemoryReport {
  rss: number;
  heapUsed: number;
  /** Whether a full collection ran first (node --expose-gc). */
  collected: boolean;
}

const graphFile = process.argv[2];
if (!graphFile || !process.send)
  throw new Error('usage: node --expose-gc --import tsx load-server.ts <graph.json> (IPC)');

const running = await startServer({
  store: await MemoryStore.fromFile(graphFile),
  port: 0,
  logger: pino({ level: 'warn' }),
});
process.stdout.write(`${running.port}\n`);

process.on('message', (message) => {
  if (message !== 'memory') return;
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const { rss, heapUsed } = process.memoryUsage();
  const report: MemoryReport = { rss, heapUsed, collected: collect !== undefined };
  process.send?.(report);
});
process.on('SIGTERM', () => void stopServer(running.server).then(() => process.exit(0)));
