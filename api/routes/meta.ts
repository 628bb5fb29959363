/** GET /api/openapi.json */
import { Router } from 'express';
import { OPENAPI_DOCUMENT } from '../openapi.js';
import { routeParams } from '../params.js';

export function metaRoutes(): Router {
  const router = Router();
  router.get('/openapi.json', (request, response) => {
    routeParams(request, []);
    response.json(OPENAPI_DOCUMENT);
  });
  return router;
}
