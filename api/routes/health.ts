/**
 * GET /api/health: 200 with the graph's size while the store answers, 503 while it does not. Nothing is
 * remembered between calls, so the route recovers by itself as soon as the store is back.
 */
import { Router } from 'express';
import type { GraphStore } from '../../graph/store.js';
import { routeParams } from '../params.js';

/**
 * A store slower than this to answer both questions counts as down. Under the Dockerfile's 5 s healthcheck timeout,
 * and well above a cold Neo4j's first count on a busy machine (≈ 4 s measured right after a load).
 */
const HEALTH_TIMEOUT_MS = 4000;

export function healthRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/health', async (request, response) => {
    routeParams(request, []);
    response.set('Cache-Control', 'no-store');
    try {
      const stats = await withTimeout(healthyStats(store), HEALTH_TIMEOUT_MS);
      response.json({ status: 'ok', store: store.name, nodes: stats.nodes, edges: stats.edges });
    } catch {
      response.status(503).json({
        status: 'unavailable',
        store: store.name,
        error: { code: 'store_unavailable', message: `the ${store.name} store does not answer` },
      });
    }
  });
  return router;
}

async function healthyStats(store: GraphStore): ReturnType<GraphStore['stats']> {
  if (!(await store.health())) throw new Error('store reports it is down');
  return store.stats();
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
