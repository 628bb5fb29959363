/**
 * The last two handlers of the app: unknown routes, and the one place every error becomes `{error: {code,
 * message}}`. Nothing else writes error responses, so no stack trace or HTML page can leak out.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { InvalidQueryError, StoreUnavailableError, UnknownEntityError } from '../../graph/store.js';
import { AppError, errorBody, unknownEntity } from '../errors.js';

export const notFound: RequestHandler = (request, _response, next) => {
  next(new AppError(404, 'not_found', `no such route: ${request.method} ${request.path}`));
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      // Too late for a JSON error; Express closes the connection.
      next(error);
      return;
    }
    const appError = toAppError(error);
    if (appError.status >= 500) logger.error({ err: error, url: request.originalUrl }, 'request failed');
    response.status(appError.status).json(errorBody(appError));
  };
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof UnknownEntityError) return unknownEntity(error.id);
  if (error instanceof InvalidQueryError) return new AppError(400, 'invalid_parameter', error.message);
  if (error instanceof StoreUnavailableError) {
    return new AppError(503, 'store_unavailable', 'the graph store is unavailable; try again shortly');
  }
  // Express and its helpers (path decoding, body limits) mark client errors with a 4xx status.
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = error instanceof URIError ? 'path has invalid percent-encoding or is not UTF-8' : 'bad request';
    return new AppError(status, status === 404 ? 'not_found' : 'bad_request', message);
  }
  return new AppError(500, 'internal', 'internal error');
}
