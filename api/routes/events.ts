/**
 * GET /api/events: a text/event-stream of live updates (see api/live-events.ts). `no-transform` keeps the
 * compression middleware from buffering the stream; HEAD gets the headers only.
 */
import { Router } from 'express';
import { AppError } from '../errors.js';
import type { LiveEvents } from '../live-events.js';
import { routeParams } from '../params.js';

export function eventRoutes(events: LiveEvents): Router {
  const router = Router();
  router.get('/events', (request, response) => {
    routeParams(request, []);
    if (!events.canAccept()) {
      throw new AppError(503, 'too_many_streams', `more than ${events.maxClients} open event streams; retry later`);
    }
    response.status(200);
    response.set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    response.flushHeaders();
    events.open(response);
  });
  return router;
}
