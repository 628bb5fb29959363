/** The app over the small fixture graph, with its source files, quiet logs and a store that can be taken down. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Express } from 'express';
import { pino } from 'pino';
import { createApp } from '../../api/app.js';
import type { AppOptions } from '../../api/app.js';
import { MemoryStore } from '../../graph/memory-store.js';
import { StoreUnavailableError } from '../../graph/store.js';
import type { GraphStore } from '../../graph/store.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SMALL_GRAPH = path.join(here, '../fixtures/graphs/small.json');
export const SOURCE_ROOT = path.join(here, '../fixtures/api-sources');

/** One request of each route the response cache keeps, over the small graph; each answers 200. */
export const CACHED_ROUTES = [
  '/api/search?q=zephyr',
  '/api/search?q=runtime&kind=category&limit=5',
  '/api/entities/quill-runtime',
  '/api/entities/zephyr-orchestrator/neighbors?depth=2',
  '/api/entities/zephyr-orchestrator/neighbors?depth=2&types=MANAGES',
  '/api/path?from=quill-runtime&to=corvid',
  '/api/compare?ids=zephyr-orchestrator,zephyr-lite',
  '/api/ask?q=what%20manages%20Quill%20Runtime',
  '/api/categories',
  '/api/graph',
];

export const quietLogger = pino({ level: 'silent' });

export async function smallStore(): Promise<MemoryStore> {
  return MemoryStore.fromFile(SMALL_GRAPH);
}

export async function smallApp(options: AppOptions = {}): Promise<Express> {
  return createApp(await smallStore(), { sourceRoot: SOURCE_ROOT, logger: quietLogger, ...options });
}

/** Delegates to `store` while `up`; otherwise it behaves as an unreachable Neo4j store would. */
export function switchableStore(store: GraphStore): { store: GraphStore; setUp(up: boolean): void } {
  let up = true;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      // Like Neo4j, a store that can go away under the app cannot promise its answers stay the same: no revision.
      if (property === 'revision') return undefined;
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'close') return value;
      return (...args: unknown[]) => {
        if (!up && property === 'health') return Promise.resolve(false);
        if (!up) return Promise.reject(new StoreUnavailableError('connection refused'));
        return (value as (...inner: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, setUp: (value) => void (up = value) };
}
