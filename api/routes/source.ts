/** GET /api/source?file=&line=&context= : RST lines around an evidence line, for ingested files only. */
import { Router } from 'express';
import type { GraphStore } from '../../graph/store.js';
import { AppError } from '../errors.js';
import { MAX_FILE_LENGTH, optionalInteger, requiredText, routeParams } from '../params.js';
import { ingestedFiles } from '../queries/ingested-files.js';
import { sourceLines } from '../queries/source-lines.js';

export const DEFAULT_CONTEXT = 3;
export const MAX_CONTEXT = 50;
const MAX_LINE = 10_000_000;

/** `sourceRoot` is the folder the graph's documents[].file names are relative to; without one nothing is served. */
export function sourceRoutes(store: GraphStore, sourceRoot: string | undefined): Router {
  const router = Router();
  const ingested = ingestedFiles(store);
  router.get('/source', async (request, response) => {
    const params = routeParams(request, ['file', 'line', 'context']);
    const file = requiredText(params, 'file', MAX_FILE_LENGTH);
    const line = optionalInteger(params, 'line', 1, MAX_LINE);
    if (line === undefined) throw new AppError(400, 'missing_parameter', `parameter 'line' is required`);
    const context = optionalInteger(params, 'context', 0, MAX_CONTEXT) ?? DEFAULT_CONTEXT;
    response.json(await sourceLines(sourceRoot, await ingested(), { file, line, context }));
  });
  return router;
}
