// Runs against a real Neo4j 5.26 (no Docker, no skip): if Java, Maven or Neo4j cannot start, this file fails.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4j, type Neo4jServer } from './server.js';

/** Resolves with the socket error code, or 'connected'. */
function probePort(port: number): Promise<string> {
  return new Promise((resolveProbe) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolveProbe('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolveProbe(error.code ?? error.message));
  });
}

describe('startNeo4j against a real server', () => {
  let server: Neo4jServer;
  let driver: Driver;
  let port: number;

  beforeAll(async () => {
    const started = performance.now();
    server = await startNeo4j();
    console.info(`neo4j: BOLT line after ${Math.round(performance.now() - started)} ms (incl. prepare.sh)`);
    port = Number(new URL(server.uri).port);
    // No token means scheme 'none' (auth.none() exists at run time but not in neo4j-driver 6.3's typings).
    driver = neo4j.driver(server.uri);
  }, 900_000);

  afterAll(async () => {
    await driver?.close();
    await server?.stop();
  });

  it('hands back a bolt:// URI on a loopback port', async () => {
    expect(server.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(port).toBeGreaterThan(0);
    expect(await probePort(port)).toBe('connected');
  });

  it('accepts a driver without credentials and speaks Bolt 5 as Neo4j 5.26', async () => {
    await expect(driver.verifyConnectivity()).resolves.toBeUndefined();
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\.26\.\d+$/);
    expect(info.protocolVersion?.getMajor()).toBe(5);
  });

  it('writes a node and reads it back', async () => {
    await driver.executeQuery('CREATE (:Probe {name: $name, weight: $weight})', { name: 'alpha', weight: 3 });
    const { records } = await driver.executeQuery(
      'MATCH (p:Probe {name: $name}) RETURN p.name AS name, p.weight AS weight',
      { name: 'alpha' },
      { routing: neo4j.routing.READ },
    );
    expect(records.map((record) => [record.get('name'), neo4j.integer.toNumber(record.get('weight'))])).toEqual([
      ['alpha', 3],
    ]);
  });

  it('rejects a write in a READ-routed query', async () => {
    await expect(
      driver.executeQuery('CREATE (:Probe {name: $name})', { name: 'beta' }, { routing: neo4j.routing.READ }),
    ).rejects.toThrow(/write/i);
    const { records } = await driver.executeQuery('MATCH (p:Probe {name: $name}) RETURN count(p) AS n', {
      name: 'beta',
    });
    expect(neo4j.integer.toNumber(records[0].get('n'))).toBe(0);
  });

  it('stops cleanly and closes the port', async () => {
    await driver.close();
    const started = performance.now();
    await server.stop();
    console.info(`neo4j: stopped in ${Math.round(performance.now() - started)} ms`);
    expect(await probePort(port)).toBe('ECONNREFUSED');
    await expect(server.stop()).resolves.toBeUndefined();
  }, 60_000);
});

describe('startNeo4j when the JVM cannot serve', () => {
  it('rejects with the exit status and stderr tail when the launcher exits at once', async () => {
    // sh rejects the JVM flags as options: a stand-in for a java that dies on start.
    const failure = startNeo4j({ javaCommand: 'sh' });
    await expect(failure).rejects.toThrow(/exited \(code 2\) before printing its BOLT line/);
    await expect(failure).rejects.toThrow(/stderr \(last 40 lines\):\n.*illegal option/i);
  });

  it('rejects when the launcher is missing', async () => {
    await expect(startNeo4j({ javaCommand: '/nonexistent/java' })).rejects.toThrow(/cannot run the JVM \(.*ENOENT/);
  });

  it('times out, then kills a launcher that never prints its BOLT line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'infragraph-silent-jvm-'));
    const script = join(dir, 'silent-java');
    const pidFile = join(dir, 'pid');
    // Ignores stdin's end, so only SIGKILL can stop it.
    await writeFile(script, `#!/bin/sh\necho $$ > ${pidFile}\necho starting >&2\nexec sleep 60\n`);
    await chmod(script, 0o755);
    try {
      await expect(startNeo4j({ javaCommand: script, startTimeoutMs: 1_000, stopGraceMs: 500 })).rejects.toThrow(
        /no BOLT line within 1000 ms\nstderr \(last 40 lines\):\nstarting/,
      );
      const pid = Number(await readFile(pidFile, 'utf8'));
      expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
