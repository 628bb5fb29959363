/**
 * npm run bench:load — the real API server on the seed's graph under 20,000 mixed requests (search, entity,
 * neighbours, path, compare, ask, categories, health, and a few that must be 400 or 404) from 32 concurrent
 * keep-alive clients on loopback. It reports errors (a status other than expected, or a socket failure),
 * throughput, latency percentiles and the server's memory: RSS at start, after a warm-up, halfway and at the end,
 * each after a full garbage collection (the server runs with --expose-gc). A benchmark, not a test: it exits
 * non-zero only when a request fails or memory grows beyond the bounds below.
 * Run: npx tsx bench/load.ts [--requests 20000] [--clients 32]
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { GraphData } from '../graph/types.js';
import { ingestDocuments } from '../ingest/pipeline.js';
import { fire, percentile } from './load-clients.js';
import type { LoadRun } from './load-clients.js';
import type { MemoryReport } from './load-server.js';
import { candidatePool, loadSequence } from './load-targets.js';
import type { LoadTarget } from './load-targets.js';
import { loadAverage, machineDescription } from './machine.js';
import { recordSummary } from './summary.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = 'data/cloud-infrastructure-technologies.rst';
const MB = 1024 * 1024;
/** Heap still in use after a full collection may grow this much over the second half (a leak grows per request). */
const HEAP_GROWTH_LIMIT = 8 * MB;
/**
 * RSS after the run may exceed RSS after the warm-up by this much: 32 connections' buffers and the allocator's
 * pools settle during the run (RSS wanders by ±20 MB between GCs), while a leak shows in the heap above.
 */
const RSS_GROWTH_LIMIT = 64 * MB;
const CANDIDATES_PER_KIND = 60;

interface Server {
  port: number;
  child: ChildProcess;
}

async function startServer(graphFile: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench/load-server.ts'), graphFile],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim())));
    child.once('exit', (code) => reject(new Error(`load server exited with ${code}`)));
  });
  return { port, child };
}

async function memoryOf(server: Server): Promise<MemoryReport> {
  const answer = once(server.child, 'message');
  server.child.send('memory');
  return (await answer)[0] as MemoryReport;
}

async function stopServer(server: Server): Promise<void> {
  const exited = once(server.child, 'exit');
  server.child.kill('SIGTERM');
  await exited;
}

/** The candidates that answer as expected on the quiet server; asking them is also the warm-up. */
async function acceptedTargets(port: number, pool: readonly LoadTarget[]): Promise<LoadTarget[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const status = (target: LoadTarget) =>
    new Promise<number>((resolve) => {
      http
        .get({ host: '127.0.0.1', port, path: target.path, agent }, (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        })
        .on('error', () => resolve(0));
    });
  const statuses = await Promise.all(pool.map(status));
  agent.destroy();
  return pool.filter((target, index) => statuses[index] === target.expected);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { requests: { type: 'string', default: '20000' }, clients: { type: 'string', default: '32' } },
  });
  const requests = Number(values.requests);
  const clients = Number(values.clients);
  console.log(machineDescription());
  const work = mkdtempSync(path.join(tmpdir(), 'bench-load-'));
  try {
    const { graph } = ingestDocuments([{ file: path.basename(SEED), bytes: readFileSync(path.join(ROOT, SEED)) }]);
    const graphFile = path.join(work, 'graph.json');
    writeFileSync(graphFile, JSON.stringify(graph));
    const server = await startServer(graphFile);
    try {
      return await measure(server, graph, requests, clients);
    } finally {
      await stopServer(server);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function measure(server: Server, graph: GraphData, requests: number, clients: number): Promise<number> {
  const fresh = await memoryOf(server);
  const pool = candidatePool(graph, CANDIDATES_PER_KIND);
  const accepted = await acceptedTargets(server.port, pool);
  const warm = await memoryOf(server);
  const sequence = loadSequence(accepted, requests);
  const half = Math.floor(requests / 2);
  const first = await fire(server.port, sequence.slice(0, half), clients);
  const middle = await memoryOf(server);
  const second = await fire(server.port, sequence.slice(half), clients);
  const after = await memoryOf(server);
  console.log(
    `graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges; ${accepted.length} of ${pool.length} ` +
      `candidate requests answer as expected and make up the mix`,
  );
  return report(requests, clients, [first, second], { fresh, warm, middle, after });
}

function report(
  requests: number,
  clients: number,
  runs: LoadRun[],
  memory: Record<'fresh' | 'warm' | 'middle' | 'after', MemoryReport>,
): number {
  const latencies = runs.flatMap((run) => run.latencies);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const errors = new Map<string, number>();
  for (const run of runs)
    for (const [reason, count] of run.errors) errors.set(reason, (errors.get(reason) ?? 0) + count);
  const errorCount = [...errors.values()].reduce((sum, count) => sum + count, 0);
  const connections = runs.reduce((sum, run) => sum + run.connections, 0);
  const ms = (share: number) => percentile(latencies, share).toFixed(2);
  console.log(`\n${requests} requests, ${clients} keep-alive clients (${connections} connections opened in 2 halves)`);
  console.log(`throughput ${(requests / seconds).toFixed(0)} req/s over ${seconds.toFixed(1)} s`);
  console.log(`latency ms: p50 ${ms(0.5)}, p95 ${ms(0.95)}, p99 ${ms(0.99)}, max ${ms(1)}`);
  console.log(`errors: ${errorCount}`);
  for (const [reason, count] of errors) console.log(`  ${count} × ${reason}`);
  const collected = memory.after.collected ? 'after a full GC' : 'no GC exposed';
  console.log(`\nserver memory (${collected}):    RSS MB   heap MB`);
  for (const [name, report] of Object.entries(memory)) {
    console.log(
      `  ${name.padEnd(28)}${(report.rss / MB).toFixed(1).padStart(8)}${(report.heapUsed / MB).toFixed(1).padStart(10)}`,
    );
  }
  const load = Number(loadAverage().split(',')[0]);
  console.log(`\nload average now: ${loadAverage()}`);
  const rows = [
    { name: `errors in ${requests} requests`, ratio: errorCount, limit: 0 },
    {
      name: `heap growth, 2nd half / ${HEAP_GROWTH_LIMIT / MB} MB`,
      ratio: Math.max(0, memory.after.heapUsed - memory.middle.heapUsed) / HEAP_GROWTH_LIMIT,
      limit: 1,
    },
    {
      name: `RSS growth after warm-up / ${RSS_GROWTH_LIMIT / MB} MB`,
      ratio: Math.max(0, memory.after.rss - memory.warm.rss) / RSS_GROWTH_LIMIT,
      limit: 1,
    },
  ];
  let failed = false;
  for (const row of rows) {
    const pass = row.ratio <= row.limit;
    failed ||= !pass;
    console.log(`${pass ? 'PASS' : 'FAIL'} ${row.name}: ${row.ratio.toFixed(2)} (limit ${row.limit})`);
    recordSummary({ bench: 'load', ...row, pass, load });
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
