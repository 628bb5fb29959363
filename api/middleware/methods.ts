/** The API is read-only: every other method is a 405 naming the ones allowed, whatever the path. */
import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';

export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

export const readOnly: RequestHandler = (request, response, next) => {
  if ((ALLOWED_METHODS as readonly string[]).includes(request.method)) {
    next();
    return;
  }
  response.set('Allow', ALLOWED_METHODS.join(', '));
  next(new AppError(405, 'method_not_allowed', `method ${request.method} is not allowed; use GET`));
};
