/**
 * Turns what a user typed into one entity: an id as is, otherwise a name through search, preferring a hit whose
 * label or alias matches exactly (ignoring case) over the best-scored one.
 */
import type { GraphStore } from '../../graph/store.js';
import type { GraphNode } from '../../graph/types.js';
import { AppError } from '../errors.js';

/** How many search hits are checked for an exact name before settling for the best one. */
const EXACT_CANDIDATES = 5;

export async function resolveEntity(store: GraphStore, text: string, parameter: string): Promise<GraphNode> {
  const byId = await store.entity(text);
  if (byId) return byId;
  const hits = await store.search(text, { limit: EXACT_CANDIDATES });
  if (hits.length === 0) throw new AppError(404, 'unknown_entity', `${parameter}: no entity matches '${text}'`);
  const wanted = text.toLowerCase();
  let best: GraphNode | undefined;
  for (const hit of hits) {
    const entity = await store.entity(hit.id);
    if (!entity) continue; // the graph changed under us; the next hit will do
    best ??= entity;
    if ([entity.label, ...entity.aliases].some((name) => name.toLowerCase() === wanted)) return entity;
  }
  if (!best) throw new AppError(404, 'unknown_entity', `${parameter}: no entity matches '${text}'`);
  return best;
}
