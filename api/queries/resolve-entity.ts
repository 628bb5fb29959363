/**
 * Turns what a user typed into one entity: an id as is, otherwise a name through search. The store's ranking
 * already puts an exact label, then an exact alias, first (GraphStore.search), so the best hit is the answer; a
 * typo still finds its entity through fuzzy matching.
 */
import type { GraphStore } from '../../graph/store.js';
import { AppError } from '../errors.js';

export interface ResolvedEntity {
  id: string;
  label: string;
}

export async function resolveEntity(store: GraphStore, text: string, parameter: string): Promise<ResolvedEntity> {
  const byId = await store.entity(text);
  if (byId) return { id: byId.id, label: byId.label };
  const [best] = await store.search(text, { limit: 1 });
  if (!best) throw new AppError(404, 'unknown_entity', `${parameter}: no entity matches '${text}'`);
  return { id: best.id, label: best.label };
}
