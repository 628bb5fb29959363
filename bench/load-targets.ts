/**
 * The request mix of bench/load.ts: a deterministic sequence (seeded) over the graph's entities, weighted like a
 * person exploring (mostly search and entity pages), with a few requests that must fail in a given way. Each
 * target carries the status it must get; anything else counts as an error.
 */
import { mulberry32 } from '../graph/layout.js';
import type { GraphData } from '../graph/types.js';

export interface LoadTarget {
  kind: string;
  path: string;
  expected: number;
}

/** Share of the mix by kind; the error kinds keep their expected 4xx. */
const WEIGHTS: readonly [string, number][] = [
  ['search', 24],
  ['entity', 18],
  ['neighbours', 14],
  ['path', 10],
  ['compare', 8],
  ['ask', 8],
  ['categories', 5],
  ['health', 5],
  ['404 entity', 3],
  ['400 parameter', 3],
  ['404 route', 2],
];

/** One candidate request of `kind` over random entities. */
function candidate(kind: string, graph: GraphData, random: () => number): LoadTarget {
  const pick = () => graph.nodes[Math.floor(random() * graph.nodes.length)]!;
  const q = (text: string): string => encodeURIComponent(text);
  const node = pick();
  const other = pick();
  const make = (path: string, expected = 200): LoadTarget => ({ kind, path, expected });
  switch (kind) {
    case 'search':
      return make(`/api/search?q=${q(node.label.slice(0, 2 + Math.floor(random() * 6)))}&limit=10`);
    case 'entity':
      return make(`/api/entities/${q(node.id)}`);
    case 'neighbours':
      return make(`/api/entities/${q(node.id)}/neighbors?depth=${1 + Math.floor(random() * 2)}`);
    case 'path':
      return make(`/api/path?from=${q(node.id)}&to=${q(other.id)}`);
    case 'compare':
      return make(`/api/compare?ids=${q(node.id)},${q(other.id)}`);
    case 'ask':
      return make(`/api/ask?q=${q(random() < 0.5 ? `what is ${node.label}` : `what does ${node.label} use`)}`);
    case 'categories':
      return make('/api/categories');
    case 'health':
      return make('/api/health');
    case '404 entity':
      return make(`/api/entities/${q(node.id)}-none-such`, 404);
    case '400 parameter':
      return make(random() < 0.5 ? '/api/search?q=x&limit=0' : `/api/search?q=${q(node.id)}&q[$gt]=`, 400);
    default:
      return make('/api/no-such-route', 404);
  }
}

/** `size` candidate requests per kind, distinct paths, in a fixed order. */
export function candidatePool(graph: GraphData, size: number, seed = 7): LoadTarget[] {
  const random = mulberry32(seed);
  const pool: LoadTarget[] = [];
  for (const [kind] of WEIGHTS) {
    const paths = new Set<string>();
    for (let attempt = 0; attempt < size * 4 && paths.size < size; attempt++) {
      const target = candidate(kind, graph, random);
      if (paths.has(target.path)) continue;
      paths.add(target.path);
      pool.push(target);
    }
  }
  return pool;
}

/**
 * `count` requests drawn from `pool` (the candidates that answered as expected on a quiet server: two entities no
 * path joins, or a question the templates do not read, are left out beforehand), kinds weighted as WEIGHTS says.
 */
export function loadSequence(pool: readonly LoadTarget[], count: number, seed = 11): LoadTarget[] {
  const random = mulberry32(seed);
  const byKind = new Map<string, LoadTarget[]>();
  for (const target of pool) byKind.set(target.kind, [...(byKind.get(target.kind) ?? []), target]);
  const weights = WEIGHTS.filter(([kind]) => byKind.has(kind));
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  return Array.from({ length: count }, () => {
    let roll = random() * total;
    const kind = weights.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? weights[0]![0];
    const targets = byKind.get(kind)!;
    return targets[Math.floor(random() * targets.length)]!;
  });
}
