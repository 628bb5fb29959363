/** The shortest path between two entities named by id or name, with one sentence per edge. */
import { explainPath } from '../../graph/explain.js';
import type { GraphStore } from '../../graph/store.js';
import type { GraphEdge, GraphNode, RelationType } from '../../graph/types.js';
import { AppError } from '../errors.js';
import { resolveEntity } from './resolve-entity.js';

export interface ExplainedPath {
  path: GraphNode[];
  edges: GraphEdge[];
  explanation: string[];
}

export async function findPath(
  store: GraphStore,
  fromText: string,
  toText: string,
  types: RelationType[] | undefined,
): Promise<ExplainedPath> {
  const from = await resolveEntity(store, fromText, 'from');
  const to = await resolveEntity(store, toText, 'to');
  const found = await store.path(from.id, to.id, types ? { types } : {});
  if (!found) {
    const through = types ? ` through ${types.join(', ')}` : '';
    throw new AppError(404, 'no_path', `no path from ${from.label} to ${to.label}${through}`);
  }
  return { path: found.nodes, edges: found.edges, explanation: explainPath(found.nodes, found.edges) };
}
