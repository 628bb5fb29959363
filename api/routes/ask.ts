/**
 * GET /api/ask?q= : a natural question answered from the graph (graph/ask), with how it was read and the evidence.
 * A question that cannot be read, or that names an entity or category the graph does not hold, is a 422 whose
 * error carries `suggestions` (question forms, or the closest names): never a guessed answer.
 */
import { Router } from 'express';
import { ask, AskError } from '../../graph/ask/index.js';
import type { AskErrorCode } from '../../graph/ask/index.js';
import type { GraphStore } from '../../graph/store.js';
import type { ResponseCache } from '../response-cache.js';
import { requiredText, routeParams } from '../params.js';

/** The API's snake_case codes for the ways a question is refused. */
export const ASK_ERROR_CODES: Readonly<Record<AskErrorCode, string>> = {
  unparseable: 'unparseable_question',
  'unknown-entity': 'unknown_entity',
  'unknown-category': 'unknown_category',
};

export interface AskErrorBody {
  error: { code: string; message: string; suggestions: string[] };
}

export function askErrorBody(error: AskError): AskErrorBody {
  return { error: { code: ASK_ERROR_CODES[error.code], message: error.message, suggestions: [...error.suggestions] } };
}

export function askRoutes(store: GraphStore, cache: ResponseCache): Router {
  const router = Router();
  router.get('/ask', async (request, response) => {
    const question = requiredText(routeParams(request, ['q']), 'q');
    try {
      await cache.send(request, response, ['ask', question], () => ask(store, question));
    } catch (error) {
      // Anything else (the store down, a bug) goes on to the app's error handler like every other route's.
      if (!(error instanceof AskError)) throw error;
      response.status(422).json(askErrorBody(error));
    }
  });
  return router;
}
