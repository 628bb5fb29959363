import { MemoryStore } from '../../../graph/memory-store.js';

/** test/fixtures/graphs/ask.json: made-up names (Shipyard, Boxd, PNI, …) so no test leans on the seed. */
export const ASK_GRAPH = new URL('../../fixtures/graphs/ask.json', import.meta.url).pathname;

export function askStore(): Promise<MemoryStore> {
  return MemoryStore.fromFile(ASK_GRAPH);
}
