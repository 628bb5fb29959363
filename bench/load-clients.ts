/**
 * Fires a list of requests at a server from a number of concurrent clients, each on its own keep-alive connection,
 * and records every latency and every error: a status other than the one expected, or a socket failure.
 */
import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { LoadTarget } from './load-targets.js';

export interface LoadRun {
  latencies: number[];
  seconds: number;
  /** Error descriptions ("GET /api/x: 500 instead of 200"), counted. */
  errors: Map<string, number>;
  /** Connections opened; with keep-alive working this is the number of clients. */
  connections: number;
}

const ANSWER_WITHIN_MS = 30_000;

function get(agent: http.Agent, port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.setTimeout(ANSWER_WITHIN_MS, () => request.destroy(new Error(`no answer in ${ANSWER_WITHIN_MS} ms`)));
    request.on('error', reject);
  });
}

/** Sends each target once, `clients` at a time, in order; resolves when all have answered or failed. */
export async function fire(port: number, targets: readonly LoadTarget[], clients: number): Promise<LoadRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  let connections = 0;
  // Count the sockets the agent opens, to show the clients really kept their connections alive.
  const open = agent.createConnection.bind(agent) as (...args: unknown[]) => Duplex;
  (agent as unknown as { createConnection: (...args: unknown[]) => Duplex }).createConnection = (...args) => {
    connections++;
    return open(...args);
  };
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const fail = (reason: string) => errors.set(reason, (errors.get(reason) ?? 0) + 1);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < targets.length) {
        const target = targets[next++]!;
        const sent = performance.now();
        try {
          const status = await get(agent, port, target.path);
          latencies.push(performance.now() - sent);
          if (status !== target.expected) fail(`${target.kind}: ${status} instead of ${target.expected}`);
        } catch (error) {
          fail(`${target.kind}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { latencies, seconds, errors, connections };
}

/** The latency at `share` (0.5 for the median) of an unsorted list, in the list's unit. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}
