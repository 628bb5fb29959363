/**
 * The GraphStore contract, written once and run against every implementation (as graphology runs `specs(Graph)`):
 * `storeContract('memory', async () => new MemoryStore())`. It uses only the interface and what graph/store.ts
 * documents, so a store passes by behaving, not by sharing code. The blocks load their own graphs, in order, into
 * the one store `makeStore` gives; `cleanup` runs after the store is closed.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { GraphStore } from '../../graph/store.js';
import { compareContract } from './contract/compare.js';
import { entityContract } from './contract/entity.js';
import { pathContract } from './contract/path.js';
import { searchContract } from './contract/search.js';
import { wholeGraphContract } from './contract/whole-graph.js';

export function storeContract(name: string, makeStore: () => Promise<GraphStore>, cleanup?: () => Promise<void>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore | undefined;
    const current = (): GraphStore => {
      if (!store) throw new Error(`the ${name} store was not made`);
      return store;
    };

    beforeAll(async () => {
      store = await makeStore();
    });

    afterAll(async () => {
      try {
        await store?.close();
      } finally {
        await cleanup?.();
      }
    });

    searchContract(current);
    entityContract(current);
    pathContract(current);
    compareContract(current);
    wholeGraphContract(current);
  });
}
