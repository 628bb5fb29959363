/**
 * A strict reading of the request's query string, replacing Express's parser (which is switched off): no nested
 * objects (`q[$gt]=` stays a parameter literally named `q[$gt]`), invalid percent-encoding and non-UTF-8 bytes
 * are refused instead of being replaced, and NUL bytes never reach a query.
 */
import type { Request } from 'express';
import { AppError } from './errors.js';

/** Beyond these the request is refused before any parameter is read. */
export const MAX_QUERY_LENGTH = 2048;
export const MAX_QUERY_PARAMETERS = 16;

/** Parameter name → every value given for it, in order. */
export type QueryValues = ReadonlyMap<string, readonly string[]>;

const parsed = new WeakMap<Request, QueryValues>();

/** The request's query parameters; throws AppError 400 on anything malformed. Cached per request. */
export function queryValues(request: Request): QueryValues {
  const cached = parsed.get(request);
  if (cached) return cached;
  const values = parseQueryString(rawQueryOf(request.originalUrl));
  parsed.set(request, values);
  return values;
}

export function parseQueryString(raw: string): QueryValues {
  if (raw.length > MAX_QUERY_LENGTH) {
    throw new AppError(400, 'bad_request', `query string is longer than ${MAX_QUERY_LENGTH} characters`);
  }
  const values = new Map<string, string[]>();
  const pairs = raw === '' ? [] : raw.split('&').filter((pair) => pair !== '');
  if (pairs.length > MAX_QUERY_PARAMETERS) {
    throw new AppError(400, 'bad_request', `more than ${MAX_QUERY_PARAMETERS} query parameters`);
  }
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    const name = decodeComponent(equals === -1 ? pair : pair.slice(0, equals));
    const value = equals === -1 ? '' : decodeComponent(pair.slice(equals + 1));
    const list = values.get(name);
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  return values;
}

function rawQueryOf(url: string): string {
  const question = url.indexOf('?');
  if (question === -1) return '';
  const hash = url.indexOf('#', question);
  return url.slice(question + 1, hash === -1 ? undefined : hash);
}

function decodeComponent(text: string): string {
  let decoded: string;
  try {
    // decodeURIComponent throws on a malformed escape and on bytes that are not UTF-8, which is what we want.
    decoded = decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new AppError(400, 'bad_request', 'query string has invalid percent-encoding or is not UTF-8');
  }
  if (decoded.includes('\0')) throw new AppError(400, 'bad_request', 'query string contains a NUL byte');
  return decoded;
}
