/** GET /api/compare?ids=a,b[,c,d] */
import { Router } from 'express';
import type { GraphStore } from '../../graph/store.js';
import { badParameter } from '../errors.js';
import type { ResponseCache } from '../response-cache.js';
import { checkedText, MAX_TEXT_LENGTH, requiredText, routeParams } from '../params.js';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
/** Room for MAX_COMPARED ids of the longest length and their commas. */
export const MAX_IDS_LENGTH = MAX_COMPARED * (MAX_TEXT_LENGTH + 1);

export function compareRoutes(store: GraphStore, cache: ResponseCache): Router {
  const router = Router();
  router.get('/compare', async (request, response) => {
    const params = routeParams(request, ['ids']);
    const ids = requiredText(params, 'ids', MAX_IDS_LENGTH)
      .split(',')
      .map((id) => checkedText('ids', id.trim()));
    if (ids.some((id) => id === '')) throw badParameter('ids', 'empty id in the list');
    if (ids.length < MIN_COMPARED || ids.length > MAX_COMPARED) {
      throw badParameter('ids', `give ${MIN_COMPARED} to ${MAX_COMPARED} ids, not ${ids.length}`);
    }
    if (new Set(ids).size !== ids.length) throw badParameter('ids', 'the same id is given twice');
    await cache.send(request, response, ['compare', ...ids], () => store.compare(ids));
  });
  return router;
}
