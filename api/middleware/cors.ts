/**
 * CORS is off unless origins are configured: then those exact origins (no wildcard) may read the API, and their
 * preflight requests are answered here, before the read-only guard refuses OPTIONS.
 */
import type { RequestHandler } from 'express';

export function cors(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (request, response, next) => {
    const origin = request.get('Origin');
    response.vary('Origin');
    if (origin === undefined || !allowed.has(origin)) {
      next();
      return;
    }
    response.set('Access-Control-Allow-Origin', origin);
    if (request.method === 'OPTIONS') {
      response.set('Access-Control-Allow-Methods', 'GET, HEAD');
      response.set('Access-Control-Max-Age', '600');
      response.status(204).end();
      return;
    }
    next();
  };
}
