/**
 * Bad input per route: each case asserts the status, the error code and that the body is the one error shape
 * the OpenAPI document declares. None may be a 500.
 */
import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { responseProblems } from './openapi-validator.js';
import type { Route } from './openapi-validator.js';
import { smallApp } from './app-fixture.js';

let app: Express;
beforeAll(async () => {
  app = await smallApp();
});

const long = 'a'.repeat(201);

const cases: [Route, string, number, string][] = [
  // search
  ['/api/search', '/api/search', 400, 'missing_parameter'],
  ['/api/search', '/api/search?q=', 400, 'missing_parameter'],
  ['/api/search', '/api/search?q=%20%20', 400, 'missing_parameter'],
  ['/api/search', `/api/search?q=${long}`, 400, 'invalid_parameter'],
  ['/api/search', '/api/search?q=a&q=b', 400, 'repeated_parameter'],
  ['/api/search', '/api/search?q[$gt]=', 400, 'unknown_parameter'],
  ['/api/search', '/api/search?q%5B%24gt%5D=x', 400, 'unknown_parameter'],
  ['/api/search', '/api/search?q[]=a', 400, 'unknown_parameter'],
  ['/api/search', '/api/search?q=a&x=1', 400, 'unknown_parameter'],
  ['/api/search', '/api/search?q=a%00b', 400, 'bad_request'],
  ['/api/search', '/api/search?q=a%0Ab', 400, 'invalid_parameter'],
  ['/api/search', '/api/search?q=%E0%A4%A', 400, 'bad_request'],
  ['/api/search', '/api/search?q=%ZZ', 400, 'bad_request'],
  ['/api/search', '/api/search?q=%FF%FE', 400, 'bad_request'],
  ['/api/search', '/api/search?q=%C3%28', 400, 'bad_request'],
  ['/api/search', '/api/search?q=a&limit=0', 400, 'invalid_parameter'],
  ['/api/search', '/api/search?q=a&limit=101', 400, 'invalid_parameter'],
  ['/api/search', '/api/search?q=a&limit=-1', 400, 'invalid_parameter'],
  ['/api/search', '/api/search?q=a&limit=1.5', 400, 'invalid_parameter'],
  ['/api/search', '/api/search?q=a&limit=ten', 400, 'invalid_parameter'],
  ['/api/search', '/api/search?q=a&limit=1e2', 400, 'invalid_parameter'],
  ['/api/search', '/api/search?q=a&kind=gadget', 400, 'invalid_parameter'],
  ['/api/search', `/api/search?q=a&${'x=1&'.repeat(20)}`, 400, 'bad_request'],
  ['/api/search', `/api/search?q=${'a'.repeat(3000)}`, 400, 'bad_request'],
  ['/api/search', `/api/search?q=${'a'.repeat(5000)}`, 414, 'bad_request'],
  // entities
  ['/api/entities/{id}', '/api/entities/no-such-thing', 404, 'unknown_entity'],
  ['/api/entities/{id}', '/api/entities/..%2F..%2Fetc%2Fpasswd', 404, 'unknown_entity'],
  ['/api/entities/{id}', '/api/entities/a%00b', 400, 'bad_request'],
  ['/api/entities/{id}', '/api/entities/%E0%A4%A', 400, 'bad_request'],
  ['/api/entities/{id}', '/api/entities/%FF', 400, 'bad_request'],
  ['/api/entities/{id}', `/api/entities/${long}`, 400, 'invalid_parameter'],
  ['/api/entities/{id}', '/api/entities/corvid?depth=1', 400, 'unknown_parameter'],
  ['/api/entities/{id}/neighbors', '/api/entities/no-such-thing/neighbors', 404, 'unknown_entity'],
  ['/api/entities/{id}/neighbors', '/api/entities/corvid/neighbors?depth=0', 400, 'invalid_parameter'],
  ['/api/entities/{id}/neighbors', '/api/entities/corvid/neighbors?depth=4', 400, 'invalid_parameter'],
  ['/api/entities/{id}/neighbors', '/api/entities/corvid/neighbors?depth=two', 400, 'invalid_parameter'],
  ['/api/entities/{id}/neighbors', '/api/entities/corvid/neighbors?depth=1&depth=2', 400, 'repeated_parameter'],
  ['/api/entities/{id}/neighbors', '/api/entities/corvid/neighbors?types=LIKES', 400, 'invalid_parameter'],
  ['/api/entities/{id}/neighbors', '/api/entities/corvid/neighbors?types=USES,,IS_A', 400, 'invalid_parameter'],
  // path
  ['/api/path', '/api/path?from=corvid', 400, 'missing_parameter'],
  ['/api/path', '/api/path?to=corvid', 400, 'missing_parameter'],
  ['/api/path', '/api/path?from=qzxvqzxv&to=corvid', 404, 'unknown_entity'],
  ['/api/path', '/api/path?from=corvid&to=island-monitor', 404, 'no_path'],
  ['/api/path', '/api/path?from=marlin-mesh&to=corvid&types=BUILT_ON', 404, 'no_path'],
  ['/api/path', '/api/path?from=corvid&to=tern&types=NOPE', 400, 'invalid_parameter'],
  ['/api/path', `/api/path?from=${long}&to=corvid`, 400, 'invalid_parameter'],
  ['/api/path', '/api/path?from=corvid&to=tern&from=tern', 400, 'repeated_parameter'],
  // compare
  ['/api/compare', '/api/compare', 400, 'missing_parameter'],
  ['/api/compare', '/api/compare?ids=corvid', 400, 'invalid_parameter'],
  ['/api/compare', '/api/compare?ids=corvid,tern,marlin,quill-runtime,ember-runtime', 400, 'invalid_parameter'],
  ['/api/compare', '/api/compare?ids=corvid,corvid', 400, 'invalid_parameter'],
  ['/api/compare', '/api/compare?ids=corvid,,tern', 400, 'invalid_parameter'],
  ['/api/compare', '/api/compare?ids=corvid,no-such-thing', 404, 'unknown_entity'],
  ['/api/compare', '/api/compare?ids=corvid&ids=tern', 400, 'repeated_parameter'],
  ['/api/compare', `/api/compare?ids=corvid,${long}`, 400, 'invalid_parameter'],
  ['/api/compare', `/api/compare?ids=${'a'.repeat(200)},${'b'.repeat(200)},${'c'.repeat(200)}`, 404, 'unknown_entity'],
  // categories, graph, health, openapi take no parameters
  ['/api/categories', '/api/categories?x=1', 400, 'unknown_parameter'],
  ['/api/graph', '/api/graph?format=gexf', 400, 'unknown_parameter'],
  ['/api/health', '/api/health?verbose=1', 400, 'unknown_parameter'],
  ['/api/openapi.json', '/api/openapi.json?v=2', 400, 'unknown_parameter'],
  // source
  ['/api/source', '/api/source?line=1', 400, 'missing_parameter'],
  ['/api/source', '/api/source?file=notes/mesh.rst', 400, 'missing_parameter'],
  ['/api/source', '/api/source?file=notes/mesh.rst&line=0', 400, 'invalid_parameter'],
  ['/api/source', '/api/source?file=notes/mesh.rst&line=1&context=51', 400, 'invalid_parameter'],
  ['/api/source', '/api/source?file=notes/mesh.rst&line=46', 404, 'not_found'],
  ['/api/source', '/api/source?file=notes/not-ingested.rst&line=1', 404, 'not_found'],
  ['/api/source', '/api/source?file=../README.md&line=1', 404, 'not_found'],
  ['/api/source', '/api/source?file=notes/../notes/mesh.rst&line=1', 404, 'not_found'],
  ['/api/source', '/api/source?file=..%2F..%2F..%2Fpackage.json&line=1', 404, 'not_found'],
  ['/api/source', '/api/source?file=%2Fetc%2Fpasswd&line=1', 404, 'not_found'],
  ['/api/source', '/api/source?file=notes%5Cmesh.rst&line=1', 404, 'not_found'],
  ['/api/source', '/api/source?file=notes/mesh.rst%00.png&line=1', 400, 'bad_request'],
  ['/api/source', `/api/source?file=${'d/'.repeat(400)}x.rst&line=1`, 404, 'not_found'],
  ['/api/source', `/api/source?file=${'d/'.repeat(600)}x.rst&line=1`, 400, 'invalid_parameter'],
  // ask
  ['/api/ask', '/api/ask', 400, 'missing_parameter'],
  ['/api/ask', `/api/ask?q=${long}`, 400, 'invalid_parameter'],
  ['/api/ask', '/api/ask?q=a&q=b', 400, 'repeated_parameter'],
  ['/api/ask', '/api/ask?q=hello%20there', 422, 'unparseable_question'],
  ['/api/ask', '/api/ask?q=what%20implements%20Frobnicator', 422, 'unknown_entity'],
];

describe('bad input', () => {
  it.each(cases)('%s: GET %s → %i %s', async (route, url, status, code) => {
    const response = await request(app).get(url);
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).not.toMatch(/\n\s+at /); // no stack trace
    expect(responseProblems(route, status, response.body)).toEqual([]);
  });

  it('suggests question forms for a question it cannot read', async () => {
    const response = await request(app).get('/api/ask?q=hello%20there');
    // The wording of the forms is graph/ask's; the API's part is to pass them on.
    expect(response.body.error.suggestions).toEqual(expect.arrayContaining([expect.stringMatching(/^what /)]));
  });

  it.each([
    ['/api/nowhere', 404, 'not_found'],
    ['/api', 404, 'not_found'],
    ['/', 404, 'not_found'],
    ['/api/entities/', 404, 'not_found'],
    ['/api/entities/corvid/neighbors/more', 404, 'not_found'],
  ])('unknown route GET %s → %i', async (url, status, code) => {
    const response = await request(app).get(url);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ error: { code, message: expect.any(String) } });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('%s → 405 with Allow', async (method) => {
    for (const url of ['/api/search?q=a', '/api/nowhere']) {
      const response = await request(app)[method.toLowerCase() as 'post'](url).send('{"q":"a"}');
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
      expect(response.body.error.code).toBe('method_not_allowed');
    }
  });
});
