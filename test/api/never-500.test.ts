/**
 * Property: whatever a client puts in the request target, the API answers JSON with a status below 500, and an
 * error is always `{error: {code, message}}` (suggestions aside).
 */
import fc from 'fast-check';
import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallApp } from './app-fixture.js';

let app: Express;
beforeAll(async () => {
  app = await smallApp();
});

const ROUTES = [
  '/api/health',
  '/api/search',
  '/api/entities/corvid',
  '/api/entities/corvid/neighbors',
  '/api/path',
  '/api/compare',
  '/api/categories',
  '/api/graph',
  '/api/source',
  '/api/ask',
];
const NAMES = ['q', 'limit', 'kind', 'depth', 'types', 'from', 'to', 'ids', 'file', 'line', 'context', 'q[$gt]', 'x'];

// Raw pieces of a query: sane words, percent escapes (valid or not), and characters with meaning in URLs.
const piece = fc.oneof(
  fc.constantFrom('corvid', 'tern', 'USES', 'IS_A', '3', '0', '-1', '1e3', 'notes/mesh.rst', '../', 'a,b', ',,'),
  fc.constantFrom('%', '%0', '%00', '%ZZ', '%FF', '%C3%28', '%E2%82', '%2F', '%2C', '%26', '%3D', '+', '[', ']', '.'),
  fc.stringMatching(/^[A-Za-z0-9._~-]{0,12}$/),
);
const value = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const parameter = fc.tuple(fc.constantFrom(...NAMES), value).map(([name, text]) => `${name}=${text}`);
const target = fc
  .tuple(fc.constantFrom(...ROUTES), fc.array(parameter, { maxLength: 5 }))
  .map(([route, parameters]) => (parameters.length > 0 ? `${route}?${parameters.join('&')}` : route));
const entityPath = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => `/api/entities/${parts.join('')}`);

async function answersCleanly(url: string): Promise<void> {
  const response = await request(app).get(url);
  expect(response.status, url).toBeLessThan(500);
  expect(response.headers['content-type'], url).toBe('application/json; charset=utf-8');
  if (response.status >= 400) {
    expect(Object.keys(response.body), url).toEqual(['error']);
    expect(response.body.error, url).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  }
}

describe('no request target makes the API fail', () => {
  it('query strings', async () => {
    await fc.assert(fc.asyncProperty(target, answersCleanly), { numRuns: 300 });
  });

  it('entity paths', async () => {
    await fc.assert(fc.asyncProperty(entityPath, answersCleanly), { numRuns: 150 });
  });
});
