/** GET /api/entities/:id and GET /api/entities/:id/neighbors?depth=&types= */
import { Router } from 'express';
import type { GraphStore } from '../../graph/store.js';
import { RELATION_TYPES } from '../../graph/types.js';
import type { ResponseCache } from '../response-cache.js';
import { unknownEntity } from '../errors.js';
import { checkedText, optionalChoices, optionalInteger, routeParams } from '../params.js';

export const MAX_DEPTH = 3;

export function entityRoutes(store: GraphStore, cache: ResponseCache): Router {
  const router = Router();
  router.get('/entities/:id', async (request, response) => {
    routeParams(request, []);
    const id = checkedText('id', request.params.id);
    await cache.send(request, response, ['entity', id], async () => {
      const entity = await store.entity(id);
      if (!entity) throw unknownEntity(id);
      return entity;
    });
  });
  router.get('/entities/:id/neighbors', async (request, response) => {
    const params = routeParams(request, ['depth', 'types']);
    const id = checkedText('id', request.params.id);
    const depth = optionalInteger(params, 'depth', 1, MAX_DEPTH) ?? 1;
    const types = optionalChoices(params, 'types', RELATION_TYPES);
    await cache.send(request, response, ['neighbours', id, depth, types?.join(',') ?? null], async () => {
      const subgraph = await store.neighbours(id, types ? { depth, types } : { depth });
      if (!subgraph) throw unknownEntity(id);
      return subgraph;
    });
  });
  return router;
}
