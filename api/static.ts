/**
 * Serves the viewer build (viewer/dist) at /. The API's own CSP forbids everything (JSON only); the viewer's pages
 * get a strict policy of their own: scripts, styles, workers and requests from this origin only, no inline code,
 * no eval, images from this origin, data: and blob: (PNG export).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { RequestHandler } from 'express';

export const VIEWER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** viewer/dist of this package (from api/ in the sources or dist/api/ when compiled), when it has been built. */
export function defaultViewerDir(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../viewer/dist'), path.resolve(here, '../../viewer/dist')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html')));
}

/** Static files of the viewer build with the viewer's CSP; hashed assets are cached for good, the page never. */
export function staticViewer(dir: string): RequestHandler {
  const files = express.static(dir, {
    index: 'index.html',
    fallthrough: true,
    redirect: false,
    setHeaders(response, file) {
      response.setHeader('Content-Security-Policy', VIEWER_CSP);
      const hashed = file.includes(`${path.sep}assets${path.sep}`);
      response.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (request, response, next) => {
    if (request.path.startsWith('/api/') || request.path === '/api') {
      next();
      return;
    }
    files(request, response, next);
  };
}
