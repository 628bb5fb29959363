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
const EVENT_STREAM_TYPE = 'text/event-stream; charset=utf-8';

/** Whether the operation's 200 is a server-sent event stream rather than JSON (GET /api/events). */
function streamsEvents(route: Route, status: number): boolean {
  const responses = (OPENAPI_DOCUMENT.paths[route] as { get: { responses: Record<string, { content?: object }> } }).get
    .responses;
  return status === 200 && 'text/event-stream' in (responses['200']?.content ?? {});
}

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
  const streaming = streamsEvents(route, status);
  const expectedType = streaming ? EVENT_STREAM_TYPE : JSON_TYPE;
  if (headers['content-type'] !== expectedType) problems.push(`content-type ${headers['content-type'] ?? '(none)'}`);
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
  if (streaming) return [...problems, ...eventStreamProblems(body)];
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

/** A finished event stream (the server does not watch, so it ends): `field: value` lines, JSON data, a hello first. */
function eventStreamProblems(body: string): string[] {
  const frames = body.split('\n\n').filter((frame) => frame.trim() !== '');
  const events = frames.flatMap((frame) => frame.split('\n').filter((line) => line.startsWith('event: ')));
  if (events[0] !== 'event: hello') return [`the stream does not start with a hello event: ${body.slice(0, 80)}`];
  const problems: string[] = [];
  for (const line of body.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    if (!/^(event|data|retry|id): /.test(line)) problems.push(`not an event-stream line: ${line.slice(0, 80)}`);
    if (!line.startsWith('data: ')) continue;
    try {
      JSON.parse(line.slice(6));
    } catch {
      problems.push(`event data is not JSON: ${line.slice(0, 80)}`);
    }
  }
  return problems;
}
