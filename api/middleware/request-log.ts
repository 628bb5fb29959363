/** One structured log line per request once it is answered (level info, so quiet unless LOG_LEVEL asks). */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

export function requestLog(logger: Logger): RequestHandler {
  return (request, response, next) => {
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
    next();
  };
}
