// bin/docker-entrypoint.sh with stand-ins for node and sleep on PATH: which infragraph commands it runs, in what
// order, and what it does when the load keeps failing.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../bin/docker-entrypoint.sh', import.meta.url));
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

interface Run {
  status: number | null;
  stderr: string;
  /** Each `node` command line the script ran. */
  commands: string[];
}

// The fake node fails `load` until it has been called `failLoads` times, and succeeds at everything else.
function run(env: Record<string, string>, failLoads = 0, args: string[] = []): Run {
  const bin = mkdtempSync(path.join(tmpdir(), 'infragraph-entrypoint-'));
  folders.push(bin);
  const log = path.join(bin, 'log');
  const count = path.join(bin, 'loads');
  writeFileSync(
    path.join(bin, 'node'),
    `#!/bin/sh\necho "$*" >> '${log}'\nif [ "$2" = load ]; then\n  n=$(($(cat '${count}' 2>/dev/null || echo 0) + 1))\n` +
      `  echo $n > '${count}'\n  [ $n -gt ${failLoads} ] || exit 1\nfi\n`,
  );
  writeFileSync(path.join(bin, 'sleep'), '#!/bin/sh\n');
  for (const file of ['node', 'sleep']) chmodSync(path.join(bin, file), 0o755);
  const result = spawnSync('sh', [script, ...args], {
    env: { ...env, PATH: `${bin}:/usr/bin:/bin` },
    encoding: 'utf8',
  });
  const commands = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  return { status: result.status, stderr: result.stderr, commands };
}

const SERVE = 'bin/infragraph.js serve --graph data/graph.json';
const LOAD = 'bin/infragraph.js load --graph data/graph.json';

describe('docker-entrypoint.sh', () => {
  it.each([
    ['without NEO4J_URI it only serves the file', {}, 0, [SERVE]],
    ['with NEO4J_URI it loads, then serves', { NEO4J_URI: 'bolt://neo4j:7687' }, 0, [LOAD, SERVE]],
    ['a failed load is tried again', { NEO4J_URI: 'bolt://neo4j:7687' }, 2, [LOAD, LOAD, LOAD, SERVE]],
    ['GRAPH names another graph', { GRAPH: 'other.json' }, 0, ['bin/infragraph.js serve --graph other.json']],
  ])('%s', (_name, env, failLoads, expected) => {
    const result = run(env, failLoads);
    expect(result.commands).toEqual(expected);
    expect(result.status).toBe(0);
  });

  it('passes its arguments on to serve', () => {
    expect(run({}, 0, ['--port', '9000']).commands).toEqual([`${SERVE} --port 9000`]);
  });

  it('gives up after LOAD_ATTEMPTS failed loads, with one line and without serving', () => {
    const result = run({ NEO4J_URI: 'bolt://neo4j:7687', LOAD_ATTEMPTS: '3' }, 99);
    expect(result.commands).toEqual([LOAD, LOAD, LOAD]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'docker-entrypoint: could not load data/graph.json into bolt://neo4j:7687 after 3 attempts\n',
    );
  });
});
