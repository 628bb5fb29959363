/**
 * GET /api/ask, mounted as createApp would mount it (query parser off, URL guard, error handlers), over the
 * made-up ask fixture graph. Registration in api/app.ts (in place of the reserved 501 route) is the API's.
 */
import express from 'express';
import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorHandler, notFound } from '../../api/middleware/errors.js';
import { urlGuard } from '../../api/middleware/url-guard.js';
import { ResponseCache } from '../../api/response-cache.js';
import { askRoutes } from '../../api/routes/ask.js';
import type { GraphStore } from '../../graph/store.js';
import { askStore } from '../graph/ask/fixture-store.js';
import { quietLogger, switchableStore } from './app-fixture.js';

function askApp(store: GraphStore): Express {
  const app = express();
  app.set('query parser', false);
  app.use(urlGuard);
  const api = express.Router();
  api.use(askRoutes(store, new ResponseCache(store)));
  app.use('/api', api);
  app.use(notFound);
  app.use(errorHandler(quietLogger));
  return app;
}

let app: Express;
let switchable: ReturnType<typeof switchableStore>;
beforeAll(async () => {
  app = askApp(await askStore());
  switchable = switchableStore(await askStore());
});

describe('GET /api/ask', () => {
  it('answers with the interpretation, the answers, their edges and evidence', async () => {
    const response = await request(app).get('/api/ask').query({ q: 'what implements the Pipe Networking Interface?' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({
      question: 'what implements the Pipe Networking Interface?',
      interpretation: {
        template: 'implementers',
        relation: 'IMPLEMENTS',
        direction: 'in',
        entities: [{ phrase: 'the Pipe Networking Interface', id: 'pni', label: 'PNI' }],
      },
      answers: [
        {
          id: 'knot',
          label: 'Knot',
          kind: 'technology',
          edges: ['knot--implements--pni'],
          evidence: [{ file: 'notes.rst', line: 41, text: 'Knot is a PNI plugin.' }],
        },
        {
          id: 'weaver',
          label: 'Weaver',
          kind: 'technology',
          edges: ['weaver--implements--pni'],
          evidence: [{ file: 'notes.rst', line: 40, text: 'Weaver implements the Pipe Network Interface.' }],
        },
      ],
    });
  });

  it('filters by the category in the question and says so', async () => {
    const response = await request(app).get('/api/ask?q=which%20box%20runtimes%20does%20Shipyard%20support');
    expect(response.status).toBe(200);
    expect(response.body.interpretation.category).toBe('box runtime');
    expect(response.body.answers.map((answer: { label: string }) => answer.label)).toEqual(['Boxd', 'Crate', 'Slim']);
  });

  it.each([
    ['why is the sky blue', 'unparseable_question', 'what implements X'],
    ['what implements Kubernetes', 'unknown_entity', undefined],
    ['what does Ship manage', 'unknown_entity', 'Shipyard'],
    ['which flying cars does Shipyard support', 'unknown_category', 'box runtime'],
  ])('%j → 422 %s with suggestions', async (q, code, suggestion) => {
    const response = await request(app).get('/api/ask').query({ q });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe(code);
    expect(typeof response.body.error.message).toBe('string');
    expect(Array.isArray(response.body.error.suggestions)).toBe(true);
    if (suggestion !== undefined) expect(response.body.error.suggestions).toContain(suggestion);
  });

  it.each([
    ['/api/ask', 400, 'missing_parameter'],
    ['/api/ask?q=%20', 400, 'missing_parameter'],
    [`/api/ask?q=${'a'.repeat(201)}`, 400, 'invalid_parameter'],
    ['/api/ask?q=a&q=b', 400, 'repeated_parameter'],
    ['/api/ask?q[$gt]=', 400, 'unknown_parameter'],
    ['/api/ask?q=what%20uses%20PNI&limit=3', 400, 'unknown_parameter'],
    ['/api/ask?q=a%00b', 400, 'bad_request'],
    ['/api/ask?q=%E0%A4%A', 400, 'bad_request'],
    ['/api/ask?q=%FF%FE', 400, 'bad_request'],
    ['/api/ask?q=what%0Auses%20PNI', 400, 'invalid_parameter'],
  ])('%s → %d %s', async (url, status, code) => {
    const response = await request(app).get(url);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('is a 503 when the store is down, and answers again when it is back', async () => {
    const down = askApp(switchable.store);
    switchable.setUp(false);
    const failed = await request(down).get('/api/ask?q=what%20uses%20Keystore');
    expect(failed.status).toBe(503);
    expect(failed.body.error.code).toBe('store_unavailable');
    switchable.setUp(true);
    expect((await request(down).get('/api/ask?q=what%20uses%20Keystore')).status).toBe(200);
  });
});
