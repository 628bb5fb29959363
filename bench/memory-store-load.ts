/**
 * Loads a synthetic graph (default 100k nodes, 500k edges) into a MemoryStore and times the load and a few
 * queries: a sanity check that nothing is quadratic, not a test. Run: npx tsx bench/memory-store-load.ts [nodes] [edges]
 */
import { MemoryStore } from '../graph/memory-store.js';
import { ENTITY_KINDS, RELATION_TYPES } from '../graph/types.js';
import type { GraphData, GraphEdge, GraphNode } from '../graph/types.js';

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

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  // CPU time too: on a shared machine the wall clock mostly measures the neighbours.
  const { user, system } = process.cpuUsage(cpu);
  const wall = ((performance.now() - start) / 1000).toFixed(2);
  console.log(`${label}: ${wall} s (cpu ${((user + system) / 1e6).toFixed(2)} s)`);
  return result;
}

const nodeCount = Number(process.argv[2] ?? 100_000);
const edgeCount = Number(process.argv[3] ?? 500_000);
const graph = syntheticGraph(nodeCount, edgeCount);
const store = new MemoryStore();
await timed(`load ${nodeCount} nodes, ${edgeCount} edges`, () => store.load(graph));
await timed('search "gateway"', () => store.search('gateway'));
await timed('search "gatewya" (fuzzy)', () => store.search('gatewya'));
await timed('neighbours depth 2', () => store.neighbours('node-1', { depth: 2 }));
await timed('neighbours depth 3', () => store.neighbours('node-1', { depth: 3 }));
await timed('path', () => store.path('node-1', `node-${nodeCount - 1}`));
await timed('compare', () => store.compare(['node-1', 'node-2', 'node-3']));
await timed('categories', () => store.categories());
await timed('stats', () => store.stats());
await timed('export', () => store.export());
console.log(`heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
