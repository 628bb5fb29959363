/** Every route's happy path over the small fixture graph, each response checked against the OpenAPI document. */
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

interface Body {
  [key: string]: unknown;
}

const ids = (items: unknown): string[] => (items as { id: string }[]).map((item) => item.id);

const cases: [Route, string, (body: Body) => void][] = [
  [
    '/api/health',
    '/api/health',
    (body) => expect(body).toEqual({ status: 'ok', store: 'memory', nodes: 21, edges: 26 }),
  ],
  [
    '/api/search',
    '/api/search?q=zephyr',
    (body) => expect(ids(body.results).slice(0, 2)).toEqual(['zephyr-orchestrator', 'zephyr-lite']),
  ],
  ['/api/search', '/api/search?q=OSBI', (body) => expect(ids(body.results)[0]).toBe('open-sandbox-interface')],
  [
    '/api/search',
    '/api/search?q=runtime&kind=category&limit=5',
    (body) => expect(ids(body.results)).toEqual(['sandbox-runtime']),
  ],
  ['/api/search', '/api/search?q=runtime&limit=1', (body) => expect((body.results as unknown[]).length).toBe(1)],
  ['/api/search', '/api/search?q=qzxv', (body) => expect(body.results).toEqual([])],
  [
    '/api/entities/{id}',
    '/api/entities/quill-runtime',
    (body) => {
      expect(body.label).toBe('Quill Runtime');
      const relations = body.relations as { type: string; direction: string; other: { id: string } }[];
      expect(relations).toContainEqual(
        expect.objectContaining({
          type: 'MANAGES',
          direction: 'in',
          other: expect.objectContaining({ id: 'zephyr-orchestrator' }),
        }),
      );
      expect(relations).toContainEqual(
        expect.objectContaining({
          type: 'WRITTEN_IN',
          direction: 'out',
          other: expect.objectContaining({ id: 'corvid' }),
        }),
      );
    },
  ],
  [
    '/api/entities/{id}/neighbors',
    '/api/entities/marlin-mesh/neighbors',
    (body) =>
      expect(ids(body.nodes)).toEqual([
        'heron-proxy',
        'marlin',
        'marlin-mesh',
        'traffic-mesh',
        'zephyr-lite',
        'zephyr-orchestrator',
      ]),
  ],
  [
    '/api/entities/{id}/neighbors',
    '/api/entities/tern/neighbors?depth=2&types=written_in,IS_A',
    (body) => {
      expect(ids(body.nodes)).toEqual(['ember-runtime', 'sandbox-runtime', 'tern', 'tern-tool']);
      expect(ids(body.edges)).toEqual([
        'ember-runtime--is-a--sandbox-runtime',
        'ember-runtime--written-in--tern',
        'tern-tool--written-in--tern',
      ]);
    },
  ],
  [
    '/api/path',
    '/api/path?from=marlin-mesh&to=heron-proxy&types=BUILT_ON',
    (body) => {
      expect(ids(body.path)).toEqual(['marlin-mesh', 'heron-proxy']);
      expect(body.explanation).toEqual(['Marlin Mesh is built on Heron Proxy']);
    },
  ],
  [
    '/api/path',
    // names, not ids: "Zephyr" is an alias, "Gale Foundation" a label; the path runs against edge directions
    '/api/path?from=Zephyr&to=Gale%20Foundation&types=MANAGES,DEVELOPED_BY',
    (body) => {
      expect(ids(body.path)).toEqual(['zephyr-orchestrator', 'quill-runtime', 'gale-foundation']);
      expect(body.explanation).toEqual([
        'Zephyr Orchestrator manages Quill Runtime',
        'Quill Runtime is developed by Gale Foundation',
      ]);
    },
  ],
  [
    '/api/path',
    '/api/path?from=gale-foundation&to=zephyr-orchestrator&types=MANAGES,DEVELOPED_BY',
    (body) =>
      expect(body.explanation).toEqual([
        'Quill Runtime is developed by Gale Foundation',
        'Zephyr Orchestrator manages Quill Runtime',
      ]),
  ],
  [
    '/api/path',
    '/api/path?from=ember-runtime&to=quill-runtime&types=ALTERNATIVE_TO',
    (body) => expect(body.explanation).toEqual(['Ember Runtime is an alternative to Quill Runtime']),
  ],
  [
    '/api/path',
    // a typo still resolves through fuzzy search; both ends on one entity give that one node and nothing to explain
    '/api/path?from=Lattise%20Store&to=lattice-store',
    (body) => {
      expect(ids(body.path)).toEqual(['lattice-store']);
      expect(body.edges).toEqual([]);
      expect(body.explanation).toEqual([]);
    },
  ],
  [
    '/api/compare',
    '/api/compare?ids=quill-runtime,ember-runtime',
    (body) => {
      expect(ids(body.entities)).toEqual(['quill-runtime', 'ember-runtime']);
      expect(body.shared).toMatchObject({
        'IMPLEMENTS:out': ['open-sandbox-interface'],
        'IS_A:out': ['sandbox-runtime'],
      });
      expect(body.distinct).toMatchObject({ 'quill-runtime': { 'WRITTEN_IN:out': ['corvid'] } });
    },
  ],
  [
    '/api/ask',
    '/api/ask?q=what%20implements%20the%20Open%20Sandbox%20Interface',
    (body) => {
      expect(body.interpretation).toMatchObject({ template: 'implementers', relation: 'IMPLEMENTS', direction: 'in' });
      expect(ids(body.answers)).toEqual(['ember-runtime', 'quill-runtime']);
      expect((body.answers as { evidence: { text: string }[] }[])[1]!.evidence[0]!.text).toBe(
        'Quill Runtime implements the Open Sandbox Interface.',
      );
    },
  ],
  [
    '/api/ask',
    '/api/ask?q=which+sandbox+runtimes+does+Zephyr+manage',
    (body) => {
      expect(body.interpretation).toMatchObject({ category: 'Sandbox runtime' });
      expect(ids(body.answers)).toEqual(['quill-runtime']);
    },
  ],
  [
    '/api/ask',
    '/api/ask?q=compare%20Quill%20Runtime%20and%20Ember%20Runtime',
    (body) => expect(body.comparison).toBeDefined(),
  ],
  ['/api/ask', '/api/ask?q=how%20is%20Tern%20related%20to%20Corvid', (body) => expect(body.explanation).toBeDefined()],
  ['/api/ask', '/api/ask?q=what%20is%20Marlin%20Mesh', (body) => expect(body.description).toBeDefined()],
  [
    '/api/categories',
    '/api/categories',
    (body) => expect((body.categories as unknown[])[0]).toEqual({ category: 'Sandbox runtime', count: 2 }),
  ],
  [
    '/api/graph',
    '/api/graph',
    (body) => {
      expect((body.nodes as unknown[]).length).toBe(21);
      expect((body.edges as unknown[]).length).toBe(26);
    },
  ],
  [
    '/api/source',
    '/api/source?file=notes/mesh.rst&line=8&context=1',
    (body) =>
      expect(body).toEqual({
        file: 'notes/mesh.rst',
        line: 8,
        lines: [
          { number: 7, text: 'mesh line 7' },
          { number: 8, text: 'Marlin Mesh is built on Heron Proxy.' },
          { number: 9, text: 'Heron Proxy part of Marlin Mesh.' },
        ],
      }),
  ],
  [
    '/api/source',
    '/api/source?file=notes%2Fzephyr.rst&line=1',
    (body) => expect((body.lines as { number: number }[]).map((line) => line.number)).toEqual([1, 2, 3, 4]),
  ],
  [
    '/api/source',
    '/api/source?file=notes/zephyr.rst&line=45&context=2',
    (body) => expect((body.lines as { number: number }[]).map((line) => line.number)).toEqual([43, 44, 45]),
  ],
  [
    '/api/openapi.json',
    '/api/openapi.json',
    (body) => {
      expect(body.openapi).toBe('3.1.0');
      expect(Object.keys(body.paths as object)).toContain('/api/entities/{id}/neighbors');
    },
  ],
];

describe('API routes', () => {
  it.each(cases)('%s: GET %s', async (route, url, check) => {
    const response = await request(app).get(url);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(responseProblems(route, 200, response.body)).toEqual([]);
    check(response.body as Body);
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await request(app).head('/api/health');
    expect(response.status).toBe(200);
    expect(response.text).toBeUndefined();
  });
});
