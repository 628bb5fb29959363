/** One structured log line per request once it is answered (level info, so quiet unless LOG_LEVEL asks). */
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

export function requestLog(logger: Logger): RequestHandler {
  return (request, response, next) => {
    logWhenAnswered(logger, request, response);
    next();
  };
}

/**
 * Logs `request` once `response` has been sent: at info, or at error for a 5xx. Shared with the replay of cached
 * answers (api/middleware/replay.ts), which answers ahead of the middleware chain but must log the same line.
 */
export function logWhenAnswered(logger: Logger, request: Request, response: Response): void {
  const started = performance.now();
  response.on('finish', () => {
    const level = response.statusCode >= 500 ? 'error' : 'info';
    logger[level]({
      method: request.method,
      url: request.originalUrl,
      status: response.statusCode,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
}
