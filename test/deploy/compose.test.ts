// docker-compose.yml, parsed with `yaml` and interpolated as compose would (no Docker engine here): the services,
// their images, volumes, healthchecks and ports, and the wiring between the app and Neo4j.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { neo4jOptions } from '../../bin/store-options.js';
import { interpolate, interpolateDocument, InterpolationError } from './compose-interpolation.js';
import type { Environment } from './compose-interpolation.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const composeText = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');

interface Healthcheck {
  test: string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
}

interface Service {
  image?: string;
  build?: string;
  init?: boolean;
  environment: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck: Healthcheck;
  depends_on?: Record<string, { condition: string }>;
}

interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = (env: Environment = {}): Compose => interpolateDocument(parse(composeText), env) as Compose;

describe('interpolate', () => {
  it.each([
    ['${A:-x}', {}, 'x'],
    ['${A:-x}', { A: '' }, 'x'],
    ['${A-x}', { A: '' }, ''],
    ['${A:-x}', { A: 'y' }, 'y'],
    ['$A/${B}', { A: 'a', B: 'b' }, 'a/b'],
    ['$${A#neo4j/}', { A: 'no' }, '${A#neo4j/}'],
    ['${A}', {}, ''],
  ])('%s with %j is %j', (value, env, expected) => {
    expect(interpolate(value, env)).toBe(expected);
  });

  it('fails on a missing required variable', () => {
    expect(() => interpolate('${A:?set A}', {})).toThrow(InterpolationError);
  });
});

describe('docker-compose.yml', () => {
  const { services, volumes } = compose();
  const { neo4j, app } = services;

  it('has the two services', () => {
    expect(Object.keys(services).sort()).toEqual(['app', 'neo4j']);
  });

  it('runs Neo4j 5 community', () => {
    expect(neo4j!.image).toMatch(/^neo4j:5(\.\d+)*(-community)?$/);
  });

  it('keeps the database in a named volume', () => {
    expect(neo4j!.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(volumes ?? {})).toContain('neo4j-data');
  });

  it('sets memory through settings Neo4j knows (NEO4J_a_b__c is a.b_c)', () => {
    const settings = Object.keys(neo4j!.environment)
      .filter((name) => name !== 'NEO4J_AUTH')
      .map((name) =>
        name
          .replace(/^NEO4J_/, '')
          .replace(/__/g, '\0')
          .replace(/_/g, '.')
          .replace(/\0/g, '_'),
      );
    expect(settings.sort()).toEqual([
      'server.memory.heap.initial_size',
      'server.memory.heap.max_size',
      'server.memory.pagecache.size',
    ]);
    expect(neo4j!.environment.NEO4J_server_memory_heap_max__size).toBe('512m');
    expect(compose({ NEO4J_HEAP_SIZE: '2g' }).services.neo4j!.environment.NEO4J_server_memory_heap_max__size).toBe(
      '2g',
    );
  });

  it.each([{}, { NEO4J_PASSWORD: 'a-longer-secret' }])(
    'gives the app the credentials Neo4j is set up with (env %j)',
    (env: Environment) => {
      const services = compose(env).services;
      const [user, password] = services.neo4j!.environment.NEO4J_AUTH!.split('/');
      expect(user).toBe('neo4j');
      // Neo4j 5 refuses passwords shorter than 8 characters.
      expect(password!.length).toBeGreaterThanOrEqual(8);
      if (env.NEO4J_PASSWORD) expect(password).toBe(env.NEO4J_PASSWORD);
      // Read by the same code that `infragraph load` and `serve` use.
      expect(neo4jOptions(undefined, services.app!.environment)).toEqual({
        uri: 'bolt://neo4j:7687',
        user,
        password,
      });
    },
  );

  it("points the app at the neo4j service's bolt port", () => {
    const uri = new URL(app!.environment.NEO4J_URI!);
    expect(uri.protocol).toBe('bolt:');
    expect(uri.hostname in services).toBe(true);
    expect(uri.hostname).toBe('neo4j');
    expect(uri.port).toBe('7687');
    // Bolt listens on 7687 inside the container; the published port is for people on this machine.
    expect(neo4j!.ports).toContain('127.0.0.1:7687:7687');
  });

  it('checks Neo4j with cypher-shell, logging in with the password from NEO4J_AUTH', () => {
    const [form, script] = neo4j!.healthcheck.test;
    expect(form).toBe('CMD-SHELL');
    expect(script).toMatch(/^cypher-shell /);
    expect(runWithFakeCypherShell(script!, { NEO4J_AUTH: 'neo4j/s3cret-pass' })).toBe(
      '-u neo4j -p s3cret-pass RETURN 1',
    );
  });

  it('builds the app from the Dockerfile and starts it once Neo4j is healthy', () => {
    expect(app!.build).toBe('.');
    expect(app!.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(app!.init).toBe(true);
  });

  it('publishes the port the app listens on, 8080 by default', () => {
    expect(app!.environment.PORT).toBe('8080');
    expect(app!.environment.HOST).toBe('0.0.0.0');
    expect(app!.ports).toEqual(['8080:8080']);
    expect(compose({ INFRAGRAPH_PORT: '9000' }).services.app!.ports).toEqual(['9000:8080']);
  });

  it("checks the app's health on /api/health with node", () => {
    const [form, program, flag, script] = app!.healthcheck.test;
    expect([form, program, flag]).toEqual(['CMD', 'node', '-e']);
    expect(script).toContain(`fetch('http://127.0.0.1:${app!.environment.PORT}/api/health')`);
    expect(script).toMatch(/process\.exit\(r\.ok \? 0 : 1\)/);
  });

  it('gives both healthchecks an interval, a timeout and retries', () => {
    for (const service of [neo4j!, app!]) {
      expect(service.healthcheck).toMatchObject({
        interval: expect.stringMatching(/^\d+s$/),
        timeout: expect.stringMatching(/^\d+s$/),
        retries: expect.any(Number),
      });
    }
  });
});

// Runs a healthcheck's shell line with a stand-in cypher-shell that prints its arguments.
function runWithFakeCypherShell(script: string, env: Environment): string {
  const bin = mkdtempSync(path.join(tmpdir(), 'infragraph-compose-'));
  try {
    const out = path.join(bin, 'args');
    writeFileSync(path.join(bin, 'cypher-shell'), `#!/bin/sh\necho "$*" > '${out}'\n`);
    chmodSync(path.join(bin, 'cypher-shell'), 0o755);
    execFileSync('sh', ['-c', script], { env: { ...env, PATH: `${bin}:/usr/bin:/bin` } });
    return readFileSync(out, 'utf8').trim();
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
}
