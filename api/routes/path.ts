/** GET /api/path?from=&to=&types= (ids or names) */
import { Router } from 'express';
import type { GraphStore } from '../../graph/store.js';
import { RELATION_TYPES } from '../../graph/types.js';
import type { ResponseCache } from '../response-cache.js';
import { optionalChoices, requiredText, routeParams } from '../params.js';
import { findPath } from '../queries/find-path.js';

export function pathRoutes(store: GraphStore, cache: ResponseCache): Router {
  const router = Router();
  router.get('/path', async (request, response) => {
    const params = routeParams(request, ['from', 'to', 'types']);
    const from = requiredText(params, 'from');
    const to = requiredText(params, 'to');
    const types = optionalChoices(params, 'types', RELATION_TYPES);
    await cache.send(request, response, ['path', from, to, types?.join(',') ?? null], () =>
      findPath(store, from, to, types),
    );
  });
  return router;
}
