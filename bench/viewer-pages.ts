/**
 * For the viewer benchmark: one origin serving both pages under the same conditions. /app/ is the viewer build,
 * /bare/ the bare sigma page; /app/api/* and /bare/api/* go to the real API server (piped, so both pages pay the
 * same hop).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface PagesServer {
  url: string;
  close(): Promise<void>;
}

export async function servePages(roots: Record<string, string>, api: string): Promise<PagesServer> {
  const target = new URL(api);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const [, prefix, ...rest] = url.pathname.split('/');
    const root = prefix ? roots[prefix] : undefined;
    if (!root) return void response.writeHead(404).end();
    if (rest[0] === 'api') {
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: `/${rest.join('/')}${url.search}`,
          headers: { accept: 'application/json' },
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      upstream.on('error', () => response.writeHead(502).end());
      return void upstream.end();
    }
    const file = path.join(root, rest.join('/') || 'index.html');
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile())
      return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
