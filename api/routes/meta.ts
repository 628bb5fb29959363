/** GET /api/openapi.json, and the reserved GET /api/ask (501 until question answering lands). */
import { Router } from 'express';
import { AppError } from '../errors.js';
import { OPENAPI_DOCUMENT } from '../openapi.js';
import { requiredText, routeParams } from '../params.js';

export function metaRoutes(): Router {
  const router = Router();
  router.get('/openapi.json', (request, response) => {
    routeParams(request, []);
    response.json(OPENAPI_DOCUMENT);
  });
  router.get('/ask', (request) => {
    requiredText(routeParams(request, ['q']), 'q');
    throw new AppError(501, 'not_implemented', 'questions are not answered by this version yet');
  });
  return router;
}
