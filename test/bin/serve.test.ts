/** `infragraph serve` in process: settings precedence, one-line failures, and a real server that stops cleanly. */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serveCommand, serveSettings } from '../../bin/commands/serve.js';
import type { Terminal } from '../../bin/terminal.js';
import { GraphFileError } from '../../graph/io.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const SMALL = 'test/fixtures/graphs/small.json';

function fakeTerminal(): Terminal & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    cwd: repo,
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    progressStream: process.stderr,
    stdout,
    stderr,
  };
}

describe('serveSettings', () => {
  const at = (file: string) => path.join('/home/u', file);
  it.each([
    [[], {}, { port: 8080, host: '127.0.0.1', graph: at('data/graph.json'), sources: at('data') }],
    [
      [],
      { PORT: '9000', HOST: '0.0.0.0' },
      { port: 9000, host: '0.0.0.0', graph: at('data/graph.json'), sources: at('data') },
    ],
    [['--port', '7000', '--host', '::1'], { PORT: '9000', HOST: '0.0.0.0' }, { port: 7000, host: '::1' }],
    [['--port', '0'], {}, { port: 0 }],
    [['--graph', 'g/x.json'], {}, { graph: at('g/x.json'), sources: at('g') }],
    [['--graph', 'g/x.json', '--sources', 'notes'], {}, { graph: at('g/x.json'), sources: at('notes') }],
    [['--viewer', path.join(repo, 'viewer')], {}, { viewer: path.join(repo, 'viewer') }],
    [[], { PORT: '' }, { port: 8080, logLevel: 'warn' }],
    [[], { LOG_LEVEL: 'info' }, { logLevel: 'info', corsOrigins: [] }],
    [
      [],
      { CORS_ORIGINS: 'https://a.example, http://b.example:8081' },
      { corsOrigins: ['https://a.example', 'http://b.example:8081'] },
    ],
  ] as const)('%j with env %j', (args, env, expected) => {
    expect(serveSettings([...args], env, '/home/u')).toMatchObject(expected);
  });

  it.each([
    [['--port', 'http'], {}, "--port: 'http' is not a port"],
    [['--port', '65536'], {}, "--port: '65536' is not a port"],
    [['--port=-1'], {}, "--port: '-1' is not a port"],
    [[], { PORT: '80a' }, "PORT: '80a' is not a port"],
    [[], { LOG_LEVEL: 'loud' }, "LOG_LEVEL: 'loud' is not one of"],
    [['--viewer', 'no/such/dist'], {}, '--viewer: no/such/dist has no index.html'],
    [[], { CORS_ORIGINS: '*' }, "CORS_ORIGINS: '*' is not an origin"],
    [[], { CORS_ORIGINS: 'https://a.example/' }, "CORS_ORIGINS: 'https://a.example/' is not an origin"],
    [[], { CORS_ORIGINS: 'ftp://a.example' }, "CORS_ORIGINS: 'ftp://a.example' is not an origin"],
  ])('refuses %j with env %j', (args, env, message) => {
    expect(() => serveSettings(args, env, '/home/u')).toThrow(message);
  });
});

describe('serveSettings with --watch', () => {
  it('watches the inputs and serves sources from the folder holding them', () => {
    const settings = serveSettings(
      ['--watch', '--input', 'test/fixtures/rst', '--input', 'data/cloud-infrastructure-technologies.rst'],
      {},
      repo,
    );
    expect(settings.watch).toEqual({
      inputs: [
        { input: 'test/fixtures/rst', folder: true },
        { input: 'data/cloud-infrastructure-technologies.rst', folder: false },
      ],
    });
    expect(settings.sources).toBe(repo.replace(/\/$/, ''));
  });

  it('defaults to the graph folder and takes a curation file', () => {
    const settings = serveSettings(['--watch', '--curation', 'data/curation.yaml'], {}, '/home/u');
    expect(settings).toMatchObject({ sources: '/home/u/data', watch: { inputs: [], curation: 'data/curation.yaml' } });
    expect(serveSettings([], {}, '/home/u').watch).toBeUndefined();
  });

  it.each([
    [['--input', 'data'], {}, '--input is only read with --watch'],
    [['--curation', 'c.yaml'], {}, '--curation is only read with --watch'],
    [
      ['--watch'],
      { NEO4J_URI: 'bolt://db:7687' },
      '--watch serves the graph from memory and cannot be used with Neo4j',
    ],
    [['--watch', '--neo4j', 'bolt://db:7687'], {}, 'cannot be used with Neo4j'],
    [['--watch', '--input', 'no/such/notes'], {}, '--input: no/such/notes is not a file or folder'],
  ])('refuses %j with env %j', (args, env, message) => {
    expect(() => serveSettings(args, env, repo)).toThrow(message);
  });
});

describe('serveCommand', () => {
  it('serves the graph until asked to stop', async () => {
    const terminal = fakeTerminal();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    // viewer/index.html stands in for a build here
    const done = serveCommand(['--graph', SMALL, '--port', '0', '--viewer', 'viewer'], terminal, {
      env: {},
      stop: stopped,
    });
    await expect
      .poll(() => terminal.stdout.join(''), { timeout: 5000 })
      .toMatch(/API at http:\/\/127\.0\.0\.1:\d+\/api/);
    const url = /API at (http:\/\/\S+\/api)/.exec(terminal.stdout.join(''))![1]!;
    expect(terminal.stdout.join('')).toContain('Serving 21 entities and 26 relations');
    const health = (await (await fetch(`${url}/health`)).json()) as { nodes: number };
    expect(health.nodes).toBe(21);
    const page = await fetch(url.replace(/api$/, ''));
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    stop();
    expect(await done).toBe(0);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  });

  it('reports a missing graph as a GraphFileError naming the file', async () => {
    const terminal = fakeTerminal();
    const run = serveCommand(['--graph', 'no/such/graph.json'], terminal, { env: {}, stop: Promise.resolve() });
    await expect(run).rejects.toThrow(GraphFileError);
    await expect(run).rejects.toThrow(/^no\/such\/graph\.json: /);
  });

  it('reports a corrupt graph as a GraphFileError', async () => {
    const run = serveCommand(['--graph', 'package.json'], fakeTerminal(), { env: {}, stop: Promise.resolve() });
    await expect(run).rejects.toThrow(/^package\.json: not an infragraph graph/);
  });

  it('explains an unreachable Neo4j in one line', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    blocker.close(); // a port nobody listens on
    const terminal = fakeTerminal();
    const code = await serveCommand(['--neo4j', `bolt://127.0.0.1:${port}`], terminal, { env: {} });
    expect(code).toBe(1);
    expect(terminal.stderr).toHaveLength(1);
    expect(terminal.stderr[0]).toMatch(new RegExp(`^infragraph serve: .*127\\.0\\.0\\.1:${port}`));
  });

  it('explains a bad port in one usage line', async () => {
    const terminal = fakeTerminal();
    expect(await serveCommand(['--graph', SMALL], terminal, { env: { PORT: 'eighty' } })).toBe(2);
    expect(terminal.stderr).toEqual([
      "infragraph serve: PORT: 'eighty' is not a port (0 to 65535) (see infragraph serve --help)\n",
    ]);
  });

  it('explains a port in use in one line', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const terminal = fakeTerminal();
    const code = await serveCommand(['--graph', SMALL, '--port', String(port)], terminal, { env: {} });
    blocker.close();
    expect(code).toBe(1);
    expect(terminal.stderr).toEqual([`infragraph serve: cannot listen on 127.0.0.1:${port}: the port is in use\n`]);
  });
});
