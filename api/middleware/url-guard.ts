/**
 * Checks the raw request target before routing: a bounded length, ASCII only (everything else must be
 * percent-encoded), and a query string that parses strictly, so every route sees clean input.
 */
import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';
import { queryValues } from '../query-string.js';

export const MAX_URL_LENGTH = 4096;

export const urlGuard: RequestHandler = (request, _response, next) => {
  const url = request.originalUrl;
  if (url.length > MAX_URL_LENGTH)
    throw new AppError(414, 'bad_request', `URL is longer than ${MAX_URL_LENGTH} characters`);
  // Raw control or non-ASCII bytes in a request target are refused.
  if (/[^\u0021-\u007e]/.test(url))
    throw new AppError(400, 'bad_request', 'URL must be ASCII; percent-encode the rest');
  if (/%00/.test(url.split('?')[0]!)) throw new AppError(400, 'bad_request', 'path contains a NUL byte');
  queryValues(request);
  next();
};
