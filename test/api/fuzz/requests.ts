/**
 * Whole requests for one operation: its path filled in, its declared query parameters present or not with generated
 * values, and now and then what no route accepts (unknown names, object and array syntax, repeats, bare names,
 * empty pairs). Undeclared methods get the same targets, sometimes with a body.
 */
import fc from 'fast-check';
import type { HttpMethod, Operation, ParameterSpec } from './operations.js';
import { parameterValue, pathValue, plausibleValue } from './values.js';
import type { Vocabulary } from './values.js';

export interface FuzzRequest {
  method: HttpMethod;
  /** The request target as sent: path and query, percent-encoded or deliberately not. */
  target: string;
  /** The path template the target was made from. */
  template: string;
  body?: string;
  /** Request headers besides Host and, for a body, its type and length. */
  headers: Record<string, string>;
}

/** Headers a client may send that change how the answer is made: encodings, ranges, conditions, origins. */
const headerSets = fc
  .record(
    {
      'Accept-Encoding': fc.constantFrom(
        'identity',
        'gzip',
        'deflate',
        'br',
        'gzip, deflate, br',
        '*',
        '*;q=0',
        'x;q=2',
      ),
      Accept: fc.constantFrom('*/*', 'text/html', 'application/xml', 'application/json;q=0', ''),
      Range: fc.constantFrom('bytes=0-10', 'bytes=-1', 'bytes=99999999-', 'lines=1-2'),
      'If-None-Match': fc.constantFrom('*', '"x"', 'W/"x"'),
      'If-Modified-Since': fc.constantFrom('Thu, 01 Jan 2099 00:00:00 GMT', 'not a date'),
      Origin: fc.constantFrom('https://elsewhere.example', 'null'),
      'Content-Type': fc.constantFrom('application/json', 'text/plain; charset=utf-16', 'multipart/form-data'),
      // Past Node's 16 KB header limit: refused before any route runs.
      'X-Padding': fc.constantFrom('a'.repeat(100), 'a'.repeat(20_000)),
    },
    { requiredKeys: ['Accept-Encoding'] },
  )
  .map((headers) => Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)));

const UNKNOWN_NAMES = [
  'x',
  'q[$gt]',
  'q[]',
  'q[a][b]',
  'ids[0]',
  '__proto__',
  'constructor',
  'toString',
  'Q',
  'limit%20',
  '%ZZ',
  'a%00',
  '%FF',
  '',
];

function queryPart(parameter: ParameterSpec, vocabulary: Vocabulary): fc.Arbitrary<readonly string[]> {
  const pair = parameterValue(parameter.name, parameter.schema, vocabulary).map(
    (value) => `${parameter.name}=${value}`,
  );
  // Required parameters are mostly present, so requests get past the first check and reach the query layer.
  const present = parameter.required ? 6 : 3;
  return fc.oneof(
    { weight: present, arbitrary: pair.map((text) => [text]) },
    { weight: 2, arbitrary: fc.constant<readonly string[]>([]) },
    { weight: 1, arbitrary: fc.tuple(pair, pair).map(([first, second]) => [first, second]) },
    { weight: 1, arbitrary: fc.constant<readonly string[]>([parameter.name]) },
  );
}

/** What a well-meaning client sends: each parameter once or not at all, with a value of the right type. */
function plausiblePart(parameter: ParameterSpec, vocabulary: Vocabulary): fc.Arbitrary<readonly string[]> {
  const pair = plausibleValue(parameter.name, parameter.schema, vocabulary).map(
    (value) => `${parameter.name}=${value}`,
  );
  return fc.oneof(
    { weight: parameter.required ? 9 : 1, arbitrary: pair.map((text) => [text]) },
    { weight: 1, arbitrary: fc.constant<readonly string[]>([]) },
  );
}

function strayParts(operation: Operation, vocabulary: Vocabulary): fc.Arbitrary<readonly string[]> {
  const names = fc.constantFrom(...UNKNOWN_NAMES, ...operation.parameters.map((parameter) => `${parameter.name}[]`));
  const stray = fc.oneof(
    fc.tuple(names, parameterValue('', { type: 'string' }, vocabulary)).map(([name, value]) => `${name}=${value}`),
    fc.constantFrom('', '=', '==', '&', 'x', '=x'),
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant<readonly string[]>([]) },
    { weight: 1, arbitrary: fc.array(stray, { maxLength: 3 }) },
  );
}

/** Half the targets are plausible (so answers, not only refusals, are checked), half hostile. */
function targetFor(operation: Operation, vocabulary: Vocabulary): fc.Arbitrary<string> {
  return fc.oneof(hostileTarget(operation, vocabulary), plausibleTarget(operation, vocabulary));
}

function plausibleTarget(operation: Operation, vocabulary: Vocabulary): fc.Arbitrary<string> {
  const path = pathFor(operation, (parameter) => plausibleValue(parameter.name, parameter.schema, vocabulary));
  const query = fc.tuple(
    ...operation.parameters
      .filter((parameter) => parameter.in === 'query')
      .map((parameter) => plausiblePart(parameter, vocabulary)),
  );
  return fc.tuple(path, query).map(([pathText, parts]) => withQuery(pathText, parts.flat()));
}

function hostileTarget(operation: Operation, vocabulary: Vocabulary): fc.Arbitrary<string> {
  const path = pathFor(operation, (parameter) => pathValue(parameter.name, parameter.schema, vocabulary));
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const query = fc
    .tuple(strayParts(operation, vocabulary), ...queryParameters.map((parameter) => queryPart(parameter, vocabulary)))
    .chain((parts) => fc.shuffledSubarray(parts.flat(), { minLength: parts.flat().length }));
  return fc.tuple(path, query).map(([pathText, pairs]) => withQuery(pathText, pairs));
}

function pathFor(
  operation: Operation,
  valueOf: (parameter: ParameterSpec) => fc.Arbitrary<string>,
): fc.Arbitrary<string> {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  return fc
    .tuple(...pathParameters.map(valueOf))
    .map((values) =>
      pathParameters.reduce(
        (text, parameter, index) => text.replace(`{${parameter.name}}`, values[index]!),
        operation.template,
      ),
    );
}

const withQuery = (path: string, pairs: readonly string[]): string =>
  pairs.length > 0 ? `${path}?${pairs.join('&')}` : path;

/** Requests for a declared operation; HEAD rides along with GET. */
export function declaredRequests(operation: Operation, vocabulary: Vocabulary): fc.Arbitrary<FuzzRequest> {
  const methods: HttpMethod[] = operation.method === 'get' ? ['get', 'get', 'get', 'head'] : [operation.method];
  return fc
    .tuple(fc.constantFrom(...methods), targetFor(operation, vocabulary), headerSets)
    .map(([method, target, headers]) => ({ method, target, template: operation.template, headers }));
}

const BODIES = ['', '{"q":"x"}', '{"__proto__":{"admin":true}}', 'x'.repeat(200_000), '\u0000\u00ff'];

/** Requests with a method the path does not declare, aimed at the operation's targets. */
export function undeclaredRequests(
  operation: Operation,
  methods: readonly HttpMethod[],
  vocabulary: Vocabulary,
): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      fc.constantFrom(...methods),
      targetFor(operation, vocabulary),
      fc.option(fc.constantFrom(...BODIES)),
      headerSets,
    )
    .map(([method, target, body, headers]) => ({
      method,
      target,
      template: operation.template,
      headers,
      ...(body === null ? {} : { body }),
    }));
}
