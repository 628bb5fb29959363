/**
 * Starts the real server for the viewer's end-to-end tests and benchmark: `infragraph serve` (the built CLI, as
 * users run it) on a free port over a graph written to a temp file. Until the CLI serves the viewer, the same API
 * app is started in process with the viewer build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, stopServer } from '../../../api/server.js';
import { MemoryStore } from '../../../graph/memory-store.js';
import type { GraphData } from '../../../graph/types.js';
import { pino } from 'pino';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const VIEWER_DIST = path.join(ROOT, 'viewer/dist');

export interface ViewerServer {
  url: string;
  /** 'cli' when it is `infragraph serve`, 'in-process' otherwise. */
  mode: 'cli' | 'in-process';
  stop(): Promise<void>;
}

/** Serves `graph`; evidence files are looked up in `sources` (the seed's data/ folder by default). */
export async function startViewerServer(graph: GraphData, sources = path.join(ROOT, 'data')): Promise<ViewerServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'infragraph-viewer-'));
  const file = path.join(dir, 'graph.json');
  writeFileSync(file, JSON.stringify(graph));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  if (cliServesViewer()) return startCli(file, sources, cleanup);
  const store = await MemoryStore.fromFile(file);
  const running = await startServer({
    store,
    port: 0,
    sourceRoot: sources,
    viewerDir: VIEWER_DIST,
    logger: pino({ level: 'silent' }),
  });
  return {
    url: running.url,
    mode: 'in-process',
    stop: async () => {
      await stopServer(running.server);
      await store.close();
      cleanup();
    },
  };
}

/** Whether the built CLI has a serve command that knows about the viewer. */
function cliServesViewer(): boolean {
  const serve = path.join(ROOT, 'dist/bin/commands/serve.js');
  if (!existsSync(serve)) return false;
  return /viewerDir|defaultViewerDir/.test(readText(serve));
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function startCli(graph: string, sources: string, cleanup: () => void): Promise<ViewerServer> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/infragraph.js'), 'serve', '--port', '0', '--graph', graph, '--sources', sources],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`infragraph serve did not start in 30 s: ${output}`)), 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      cleanup();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(https?:\/\/[^\s]+?)\/api/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve({
        url: match[1]!,
        mode: 'cli',
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => {
              cleanup();
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`infragraph serve exited with ${code}: ${output}`)));
  });
}
