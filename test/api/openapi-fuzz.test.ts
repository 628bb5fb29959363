/**
 * Hostile input driven by the OpenAPI document: the test reads /api/openapi.json from the running server and, for
 * every operation it declares, sends generated requests (test/api/fuzz/) over real sockets. Property: no 5xx, JSON
 * always, a declared status, a body valid against the declared schema, errors as `{error: {code, message}}`. A new
 * route in the document is covered without touching this file.
 */
import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT } from '../../api/openapi.js';
import { startServer, stopServer } from '../../api/server.js';
import type { RunningServer } from '../../api/server.js';
import type { GraphData } from '../../graph/types.js';
import { quietLogger, smallStore, SOURCE_ROOT, switchableStore } from './app-fixture.js';
import { conformanceProblems } from './fuzz/conformance.js';
import { operationsOf, undeclaredMethods } from './fuzz/operations.js';
import { declaredRequests, undeclaredRequests } from './fuzz/requests.js';
import type { FuzzRequest } from './fuzz/requests.js';
import { send, sendRaw } from './fuzz/send.js';
import type { Vocabulary } from './fuzz/values.js';

// Tests are declared before any server runs, so the module's own copy of the document decides which exist; the
// first test proves the served document is that copy.
const OPERATIONS = operationsOf(OPENAPI_DOCUMENT);
// FUZZ_SCALE=20 digs deeper by hand; the default keeps the file well under a minute on two busy cores.
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE) || 1);
const RUNS_PER_OPERATION = 400 * SCALE;
const RUNS_PER_UNDECLARED = 40 * SCALE;
const RUNS_OF_RAW_BYTES = 300 * SCALE;
const RUNS_WITH_THE_STORE_DOWN = 60 * SCALE;

let running: RunningServer;
let agent: http.Agent;
let vocabulary: Vocabulary;

async function getJson(target: string): Promise<unknown> {
  const response = await send(agent, running.port, 'get', target);
  expect(response.status, target).toBe(200);
  return JSON.parse(response.body);
}

beforeAll(async () => {
  running = await startServer({ store: await smallStore(), port: 0, sourceRoot: SOURCE_ROOT, logger: quietLogger });
  agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const graph = (await getJson('/api/graph')) as GraphData;
  const labels = graph.nodes.map((node) => node.label);
  vocabulary = {
    ids: graph.nodes.map((node) => node.id),
    labels,
    files: graph.documents.map((document) => document.file),
    relationTypes: [...new Set(graph.edges.map((edge) => edge.type))],
    questions: labels.flatMap((label, index) => [
      `what is ${label}`,
      `what does ${label} use`,
      `what implements ${label}`,
      `compare ${label} and ${labels[(index + 1) % labels.length]}`,
      `how is ${label} related to ${labels[(index + 3) % labels.length]}`,
    ]),
  };
});

afterAll(async () => {
  agent.destroy();
  await stopServer(running.server);
});

async function answersConformingly(request: FuzzRequest): Promise<void> {
  const response = await send(agent, running.port, request.method, request.target, request.body, request.headers);
  const problems = conformanceProblems(request, response);
  expect(problems, `${request.method.toUpperCase()} ${request.target.slice(0, 300)}`).toEqual([]);
}

describe('the served OpenAPI document drives the requests', () => {
  it('is the document the operations are read from', async () => {
    expect(await getJson('/api/openapi.json')).toEqual(JSON.parse(JSON.stringify(OPENAPI_DOCUMENT)));
    expect(OPERATIONS.map((operation) => operation.template)).toContain('/api/entities/{id}/neighbors');
  });
});

describe.each(OPERATIONS.map((operation) => [`${operation.method.toUpperCase()} ${operation.template}`, operation]))(
  '%s under generated requests',
  (_name, operation) => {
    it('answers every one as the document says', async () => {
      await fc.assert(fc.asyncProperty(declaredRequests(operation, vocabulary), answersConformingly), {
        numRuns: RUNS_PER_OPERATION,
      });
    });

    it('refuses every undeclared method with 405', async () => {
      const methods = undeclaredMethods(OPENAPI_DOCUMENT, operation.template);
      expect(methods).toContain('post');
      await fc.assert(fc.asyncProperty(undeclaredRequests(operation, methods, vocabulary), answersConformingly), {
        numRuns: RUNS_PER_UNDECLARED,
      });
    });
  },
);

describe('bytes no client would send', () => {
  // Spliced inside a generated target (spaces around it are the request line's own): what reaches the server is not even a well-formed request line.
  const CONTROL_BYTES = [0x00, 0x01, 0x09, 0x0a, 0x0d, 0x20, 0x7f, 0xc0, 0xff];

  it('are refused with a JSON 400, for every operation', async () => {
    const raw = fc
      .constantFrom(...OPERATIONS)
      .chain((operation) => fc.tuple(declaredRequests(operation, vocabulary), fc.constantFrom(...CONTROL_BYTES)))
      .chain(([request, byte]) =>
        fc.integer({ min: 1, max: request.target.length - 1 }).map((at) => {
          const target = Buffer.from(request.target, 'latin1');
          return {
            ...request,
            method: 'get' as const,
            raw: Buffer.concat([target.subarray(0, at), Buffer.from([byte]), target.subarray(at)]),
          };
        }),
      );
    await fc.assert(
      fc.asyncProperty(raw, async (request) => {
        const response = await sendRaw(running.port, request.raw);
        const problems = conformanceProblems({ ...request, target: request.raw.toString('latin1') }, response);
        expect(problems, JSON.stringify(request.raw.toString('latin1').slice(0, 300))).toEqual([]);
      }),
      { numRuns: RUNS_OF_RAW_BYTES },
    );
  });
});

describe('with the store down', () => {
  let down: RunningServer;
  beforeAll(async () => {
    const { store, setUp } = switchableStore(await smallStore());
    down = await startServer({ store, port: 0, sourceRoot: SOURCE_ROOT, logger: quietLogger });
    setUp(false);
  });
  afterAll(async () => {
    await stopServer(down.server);
  });

  it.each(OPERATIONS.map((operation) => [operation.template, operation] as const))(
    '%s refuses bad input as usual and answers the rest with the documented 503',
    async (_template, operation) => {
      const downAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const statuses = new Set<number>();
      try {
        await fc.assert(
          fc.asyncProperty(declaredRequests(operation, vocabulary), async (request) => {
            const response = await send(downAgent, down.port, request.method, request.target, request.body, {
              ...request.headers,
              'If-None-Match': '"x"',
            });
            statuses.add(response.status);
            const problems = conformanceProblems(request, response, true);
            if (response.status === 503 && request.method === 'get') {
              expect(JSON.parse(response.body).error.code).toBe('store_unavailable');
            }
            expect(problems, `${request.method.toUpperCase()} ${request.target.slice(0, 300)}`).toEqual([]);
          }),
          { numRuns: RUNS_WITH_THE_STORE_DOWN },
        );
      } finally {
        downAgent.destroy();
      }
      // Only the document itself and the event stream (which reads no graph) are served without the store.
      if (!['/api/openapi.json', '/api/events'].includes(operation.template)) expect(statuses).toContain(503);
    },
  );
});
