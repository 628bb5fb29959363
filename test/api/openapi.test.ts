/** The OpenAPI document: it covers every route the app serves, its schemas compile, and the validator can fail. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT } from '../../api/openapi.js';
import { smallApp } from './app-fixture.js';
import { responseProblems } from './openapi-validator.js';

const paths = OPENAPI_DOCUMENT.paths as unknown as Record<
  string,
  { get: { parameters: { name: string; in: string }[] } }
>;

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with a GET operation per path', () => {
    expect(OPENAPI_DOCUMENT.openapi).toBe('3.1.0');
    expect(Object.keys(paths).sort()).toEqual([
      '/api/ask',
      '/api/categories',
      '/api/compare',
      '/api/entities/{id}',
      '/api/entities/{id}/neighbors',
      '/api/events',
      '/api/graph',
      '/api/health',
      '/api/openapi.json',
      '/api/path',
      '/api/search',
      '/api/source',
    ]);
  });

  it('declares every path parameter its template names', () => {
    for (const [template, item] of Object.entries(paths)) {
      const named = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = item.get.parameters.filter((parameter) => parameter.in === 'path').map((p) => p.name);
      expect(declared, template).toEqual(named);
    }
  });

  it('has component schemas that compile under strict JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({ strict: true });
    ajv.addKeyword('components'); // a container here, not a keyword; what it holds is checked strictly below
    ajv.addSchema({ $id: 'components', components: OPENAPI_DOCUMENT.components }, undefined, undefined, false);
    for (const name of Object.keys(OPENAPI_DOCUMENT.components.schemas)) {
      expect(() => ajv.compile({ $ref: `components#/components/schemas/${name}` }), name).not.toThrow();
    }
  });

  it('declares on every path the errors any request can get (400, 405, 414, 431)', () => {
    const responses = OPENAPI_DOCUMENT.paths as unknown as Record<string, { get: { responses: object } }>;
    for (const [template, item] of Object.entries(responses)) {
      expect(Object.keys(item.get.responses), template).toEqual(expect.arrayContaining(['400', '405', '414', '431']));
    }
  });

  it('documents every route the app serves: each unknown parameter is refused by name', async () => {
    const app = await smallApp();
    for (const template of Object.keys(paths)) {
      const url = template.replace('{id}', 'corvid') + '?surely_not_a_parameter=1';
      const response = await request(app).get(url);
      expect(response.body.error?.code, template).toBe('unknown_parameter');
    }
  });

  it.each([
    ['/api/search', 200, { results: [{ id: 1 }] }],
    ['/api/search', 200, { results: [], extra: true }],
    ['/api/health', 200, { status: 'fine', store: 'memory', nodes: 1, edges: 0 }],
    ['/api/search', 400, { error: { code: 'oops', message: 'x' } }],
    ['/api/path', 404, { message: 'no path' }],
  ] as const)('the validator refuses a wrong %s %i body', (route, status, body) => {
    expect(responseProblems(route, status, body)).not.toEqual([]);
  });
});
