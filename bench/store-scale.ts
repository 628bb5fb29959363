/**
 * Issue 5's scale table: a synthetic graph (100k nodes, 500k edges by default) loaded into a MemoryStore, with the
 * load time, the heap it takes, and the latency of search (prefix and misspelt), entity, neighbours and path over
 * many different queries (the store's memos see each query once). Printed by `npm run bench:api` after its load
 * test; alone: npx tsx bench/store-scale.ts [nodes] [edges]
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MemoryStore } from '../graph/memory-store.js';
import { ENTITY_KINDS, RELATION_TYPES } from '../graph/types.js';
import type { GraphData, GraphEdge, GraphNode } from '../graph/types.js';
import { percentile } from './load-clients.js';

const WORDS = ['cloud', 'mesh', 'runtime', 'store', 'proxy', 'agent', 'network', 'volume', 'scheduler', 'gateway'];

/** A small deterministic generator, so runs compare like with like. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticGraph(nodeCount: number, edgeCount: number): GraphData {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const nodes: GraphNode[] = [];
  for (let index = 0; index < nodeCount; index++) {
    const word = pick(WORDS);
    nodes.push({
      id: `node-${index}`,
      label: `${word[0].toUpperCase()}${word.slice(1)} ${index}`,
      kind: pick(ENTITY_KINDS),
      aliases: index % 10 === 0 ? [`N${index}`] : [],
      categories: [pick(WORDS)],
      description: `A ${pick(WORDS)} for ${pick(WORDS)} ${pick(WORDS)}.`,
      urls: [],
      sources: [{ file: 'synthetic.rst', line: index + 1 }],
    });
  }
  const edges: GraphEdge[] = [];
  for (let index = 0; index < edgeCount; index++) {
    const source = Math.floor(next() * nodeCount);
    const target = Math.floor(next() * nodeCount);
    edges.push({
      id: `edge-${index}`,
      source: `node-${source}`,
      target: `node-${target}`,
      type: pick(RELATION_TYPES),
      confidence: 0.5,
      evidence: [{ file: 'synthetic.rst', line: source + 1, text: 'Synthetic.' }],
    });
  }
  return { version: 1, documents: [{ file: 'synthetic.rst', sections: [] }], nodes, edges };
}

/** A full garbage collection, so heap figures count live objects only. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

/** Milliseconds of each call, one per query, in order. */
async function latencies<T>(queries: readonly T[], run: (query: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    await run(query);
    times.push(performance.now() - start);
  }
  return times;
}

/** A word with two letters swapped, as a typing slip makes it. */
const misspelt = (word: string): string => `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;

export async function printScaleTable(nodeCount = 100_000, edgeCount = 500_000, queries = 30): Promise<void> {
  const graph = syntheticGraph(nodeCount, edgeCount);
  const next = random(7);
  const ids = Array.from({ length: queries }, () => `node-${Math.floor(next() * nodeCount)}`);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const store = new MemoryStore();
  const started = performance.now();
  const cpu = process.cpuUsage();
  await store.load(graph);
  const { user, system } = process.cpuUsage(cpu);
  const loadSeconds = (performance.now() - started) / 1000;
  collectGarbage();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  const labels = ids.map((id) => graph.nodes[Number(id.slice('node-'.length))]!.label.split(' '));
  const pairs = ids.map((id, index) => [id, ids[(index + 1) % ids.length]!] as const);
  const rows: [string, number[]][] = [
    [
      'search, a label (prefix)',
      await latencies(labels, ([word, number]) => store.search(`${word} ${number!.slice(0, 3)}`)),
    ],
    [
      'search, misspelt (fuzzy)',
      await latencies(labels, ([word, number]) => store.search(`${misspelt(word!)} ${number}`)),
    ],
    ['entity with relations', await latencies(ids, (id) => store.entity(id))],
    ['neighbours, depth 1', await latencies(ids, (id) => store.neighbours(id, { depth: 1 }))],
    ['neighbours, depth 2', await latencies(ids, (id) => store.neighbours(id, { depth: 2 }))],
    ['path between two nodes', await latencies(pairs, ([from, to]) => store.path(from, to))],
  ];
  console.log(`\nscale: a synthetic graph of ${nodeCount} nodes and ${edgeCount} edges in a MemoryStore`);
  console.log(
    `load (graph + search index): ${loadSeconds.toFixed(2)} s wall, ${((user + system) / 1e6).toFixed(2)} s CPU`,
  );
  console.log(
    `heap taken by the store (after GC): ${mib(heap)} MiB; process RSS ${mib(process.memoryUsage().rss)} MiB`,
  );
  console.log(
    `${'query'.padEnd(26)}${'n'.padStart(4)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'max ms'.padStart(10)}`,
  );
  for (const [name, times] of rows) {
    console.log(
      `${name.padEnd(26)}${String(times.length).padStart(4)}${percentile(times, 0.5).toFixed(2).padStart(10)}` +
        `${percentile(times, 0.99).toFixed(2).padStart(10)}${Math.max(...times)
          .toFixed(2)
          .padStart(10)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await printScaleTable(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 500_000));
}
