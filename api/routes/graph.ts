/** GET /api/categories and GET /api/graph (the whole graph, in the ingest schema). */
import { Router } from 'express';
import type { GraphStore } from '../../graph/store.js';
import { routeParams } from '../params.js';

export function graphRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/categories', async (request, response) => {
    routeParams(request, []);
    response.json({ categories: await store.categories() });
  });
  router.get('/graph', async (request, response) => {
    routeParams(request, []);
    response.json(await store.export());
  });
  return router;
}
