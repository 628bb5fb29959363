/** GET /api/categories and GET /api/graph (the whole graph, in the ingest schema). */
import { Router } from 'express';
import type { GraphStore } from '../../graph/store.js';
import type { ResponseCache } from '../response-cache.js';
import { routeParams } from '../params.js';

export function graphRoutes(store: GraphStore, cache: ResponseCache): Router {
  const router = Router();
  router.get('/categories', async (request, response) => {
    routeParams(request, []);
    await cache.send(request, response, ['categories'], async () => ({ categories: await store.categories() }));
  });
  router.get('/graph', async (request, response) => {
    routeParams(request, []);
    await cache.send(request, response, ['graph'], () => store.export());
  });
  return router;
}
