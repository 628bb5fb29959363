/**
 * Sends a kept answer ahead of the middleware chain when the app has already answered the very same request target
 * with the same Accept-Encoding since the store last changed: the same head (security headers, Vary, ETag,
 * Content-Length, in the same order) and the same body, without running helmet, the guards, the router and the
 * route again. Everything else, conditional requests included, goes down the chain as before.
 */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ResponseCache } from '../response-cache.js';
import { logWhenAnswered } from './request-log.js';

export function replay(cache: ResponseCache, logger: Logger): RequestHandler {
  return (request, response, next) => {
    const answer = cache.replayFor(request);
    if (!answer) {
      next();
      return;
    }
    // A replayed answer is a 200, logged at info: at the quiet default there is nothing to wait for.
    if (logger.isLevelEnabled('info')) logWhenAnswered(logger, request, response);
    response.writeHead(200, answer.headers);
    response.end(answer.body);
  };
}
