/**
 * createApp(store) builds the Express app; it owns no port (api/server.ts does), so tests drive it in process.
 * Order matters: the replay of kept answers (the same bytes the chain below sent them with) first, then headers and
 * the read-only guard, the URL guard, the API routes, the viewer's files, and the two error handlers last.
 */
import compression from 'compression';
import express from 'express';
import type { Express } from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import type { Logger } from 'pino';
import type { GraphStore } from '../graph/store.js';
import { LiveEvents } from './live-events.js';
import { COMPRESSION_THRESHOLD } from './encoded-body.js';
import { cors } from './middleware/cors.js';
import { errorHandler, notFound } from './middleware/errors.js';
import { readOnly } from './middleware/methods.js';
import { replay } from './middleware/replay.js';
import { requestLog } from './middleware/request-log.js';
import { urlGuard } from './middleware/url-guard.js';
import { askRoutes } from './routes/ask.js';
import { compareRoutes } from './routes/compare.js';
import { entityRoutes } from './routes/entities.js';
import { eventRoutes } from './routes/events.js';
import { graphRoutes } from './routes/graph.js';
import { healthRoutes } from './routes/health.js';
import { metaRoutes } from './routes/meta.js';
import { pathRoutes } from './routes/path.js';
import { searchRoutes } from './routes/search.js';
import { sourceRoutes } from './routes/source.js';
import { ResponseCache } from './response-cache.js';
import type { ResponseCacheLimits } from './response-cache.js';
import { staticViewer } from './static.js';

export interface AppOptions {
  /** The folder the graph's documents[].file names are relative to; /api/source serves nothing without it. */
  sourceRoot?: string;
  /** Origins allowed to read the API from a browser; CORS is off when empty (the default). */
  corsOrigins?: readonly string[];
  /** The viewer build (viewer/dist) to serve at /; nothing but the API is served without it. */
  viewerDir?: string;
  /** Live updates for GET /api/events (`serve --watch`); without them the stream says nothing will change. */
  events?: LiveEvents;
  /** Defaults to a pino logger at LOG_LEVEL, or 'warn': request lines (info) are quiet unless asked for. */
  logger?: Logger;
  /** Bounds of the cache of answers (api/response-cache.ts), or false for none; only stores with a revision are cached. */
  responseCache?: ResponseCacheLimits | false;
}

export const DEFAULT_LOG_LEVEL = 'warn';

export const LOG_LEVELS = [...Object.keys(pino.levels.values), 'silent'];

/** A pino logger at `level` (LOG_LEVEL, else warn); an unknown level is an error naming it, not a silent default. */
export function defaultLogger(level: string = process.env.LOG_LEVEL?.trim() || DEFAULT_LOG_LEVEL): Logger {
  if (!LOG_LEVELS.includes(level)) throw new Error(`LOG_LEVEL: '${level}' is not one of ${LOG_LEVELS.join(', ')}`);
  return pino({ level });
}

export function createApp(store: GraphStore, options: AppOptions = {}): Express {
  const logger = options.logger ?? defaultLogger();
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', false); // api/query-string.ts reads the query strictly instead
  app.set('etag', false);
  app.set('json escape', true); // <, > and & escaped, so no response can be sniffed as HTML
  const cache = new ResponseCache(store, options.responseCache);
  const corsOn = options.corsOrigins !== undefined && options.corsOrigins.length > 0;
  // CORS headers depend on the request's Origin, which a replayed head does not: with CORS on, nothing is replayed.
  if (!corsOn) app.use(replay(cache, logger));
  app.use(requestLog(logger));
  app.use(
    helmet({
      // JSON only: nothing may load, frame or run from these responses (the viewer's files set their own policy).
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    }),
  );
  if (corsOn) app.use(cors(options.corsOrigins!));
  app.use(readOnly);
  app.use(compression({ threshold: COMPRESSION_THRESHOLD }));
  // Strict parameters for the API; the viewer's page reads its own query leniently (links are typed by people).
  app.use('/api', urlGuard);
  const api = express.Router();
  api.use(healthRoutes(store));
  api.use(searchRoutes(store, cache));
  api.use(entityRoutes(store, cache));
  api.use(pathRoutes(store, cache));
  api.use(compareRoutes(store, cache));
  api.use(graphRoutes(store, cache));
  api.use(sourceRoutes(store, options.sourceRoot));
  api.use(askRoutes(store, cache));
  api.use(eventRoutes(options.events ?? new LiveEvents({ watching: false })));
  api.use(metaRoutes());
  app.use('/api', api);
  if (options.viewerDir) app.use(staticViewer(options.viewerDir));
  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
