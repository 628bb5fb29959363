/**
 * The API's one error type: a stable machine-readable code, an HTTP status and a message fit for users. Every
 * failure leaves the API as `{error: {code, message}}` through the error middleware (api/middleware/errors.ts).
 */

export const ERROR_CODES = [
  'bad_request', // the request itself is malformed (encoding, size, NUL bytes)
  'missing_parameter',
  'invalid_parameter',
  'repeated_parameter',
  'unknown_parameter',
  'not_found', // no such route or resource
  'unknown_entity',
  'unknown_category',
  'unparseable_question',
  'no_path',
  'method_not_allowed',
  'store_unavailable',
  'too_many_streams', // GET /api/events: every stream slot is taken
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** What the user might have meant (question forms, entity names); only sent when there are some. */
    readonly suggestions: string[] = [],
  ) {
    super(message);
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; suggestions?: string[] };
}

export function errorBody(error: AppError): ErrorBody {
  const { code, message, suggestions } = error;
  return { error: suggestions.length > 0 ? { code, message, suggestions } : { code, message } };
}

export const badParameter = (name: string, problem: string): AppError =>
  new AppError(400, 'invalid_parameter', `${name}: ${problem}`);

export const unknownEntity = (id: string): AppError => new AppError(404, 'unknown_entity', `unknown entity: ${id}`);
