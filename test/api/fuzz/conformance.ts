/**
 * What every answer of the API must be, checked against the OpenAPI document: no 5xx (but the documented 503 when
 * the store is down), JSON, a status the operation declares, a body that validates against the declared schema, errors as
 * `{error: {code, message}}`, and methods other than GET and HEAD refused with 405 and an Allow header.
 */
import { OPENAPI_DOCUMENT } from '../../../api/openapi.js';
import { declaresStatus, responseProblems } from '../openapi-validator.js';
import type { Route } from '../openapi-validator.js';
import type { FuzzRequest } from './requests.js';
import type { RawResponse } from './send.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Everything wrong with `response` as the answer to `request`; empty when it conforms. */
export function conformanceProblems(request: FuzzRequest, response: RawResponse, storeDown = false): string[] {
  const { status, headers, body } = response;
  if (!(request.template in OPENAPI_DOCUMENT.paths)) return [`${request.template} is not in the OpenAPI document`];
  const route = request.template as Route;
  // `If-None-Match: *` asks for 304 whenever the resource exists (RFC 9110, 13.1.2): HTTP's answer, not the route's.
  if (status === 304 && request.headers['If-None-Match'] === '*' && ['get', 'head'].includes(request.method)) {
    return body === '' ? [] : ['a 304 with a body'];
  }
  const problems: string[] = [];
  if (status >= 500 && !(storeDown && status === 503)) problems.push(`status ${status}`);
  if (headers['content-type'] !== JSON_TYPE) problems.push(`content-type ${headers['content-type'] ?? '(none)'}`);
  if (!declaresStatus(route, status)) problems.push(`status ${status} is not declared for ${route}`);
  // Raw control or non-ASCII bytes in the target, or headers past Node's 16 KB: the HTTP parser refuses the request
  // before any method matters.
  const rawBytes = /[^\u0021-\u007e]/.test(request.target);
  const hugeHeaders = Object.values(request.headers).join('').length > 16 * 1024;
  const refusedByParser = rawBytes || hugeHeaders;
  const refusals = [...(rawBytes ? [400] : []), ...(hugeHeaders ? [431] : [])];
  if (refusedByParser && !refusals.includes(status)) {
    problems.push(`refused by the HTTP parser with ${status}, not ${refusals.join(' or ')}`);
  }
  if (!refusedByParser && request.method !== 'get' && request.method !== 'head') {
    if (status !== 405) problems.push(`${request.method.toUpperCase()} answered ${status}, not 405`);
    if (headers.allow !== 'GET, HEAD') problems.push(`Allow: ${headers.allow ?? '(none)'}`);
  }
  if (request.method === 'head') {
    if (body !== '') problems.push('HEAD answered with a body');
    return problems;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [...problems, `body is not JSON: ${body.slice(0, 80)}`];
  }
  problems.push(...responseProblems(route, status, parsed).map((problem) => `schema: ${problem}`));
  // The schemas say the rest; this holds whatever they say (health's 503 adds its status around the error).
  const error = (parsed as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (status >= 400 && (typeof error?.code !== 'string' || typeof error.message !== 'string')) {
    problems.push('an error without error.code and error.message');
  }
  return problems;
}
