/** GET /api/search?q=&limit=&kind= */
import { Router } from 'express';
import type { GraphStore } from '../../graph/store.js';
import { ENTITY_KINDS } from '../../graph/types.js';
import type { ResponseCache } from '../response-cache.js';
import { optionalChoice, optionalInteger, requiredText, routeParams } from '../params.js';

export const DEFAULT_SEARCH_LIMIT = 10;
export const MAX_SEARCH_LIMIT = 100;

export function searchRoutes(store: GraphStore, cache: ResponseCache): Router {
  const router = Router();
  router.get('/search', async (request, response) => {
    const params = routeParams(request, ['q', 'limit', 'kind']);
    const q = requiredText(params, 'q');
    const limit = optionalInteger(params, 'limit', 1, MAX_SEARCH_LIMIT) ?? DEFAULT_SEARCH_LIMIT;
    const kind = optionalChoice(params, 'kind', ENTITY_KINDS);
    await cache.send(request, response, ['search', q, limit, kind ?? null], async () => {
      const hits = await store.search(q, kind ? { limit, kind } : { limit });
      return {
        results: hits.map(({ id, label, kind, categories, score }) => ({ id, label, kind, categories, score })),
      };
    });
  });
  return router;
}
