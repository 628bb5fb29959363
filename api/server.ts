/** Owns the port: startServer listens (port 0 picks a free one, for tests), stopServer closes everything. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphStore } from '../graph/store.js';
import { createApp } from './app.js';
import { answerClientError } from './client-error.js';
import type { AppOptions } from './app.js';

export interface ServerOptions extends AppOptions {
  store: GraphStore;
  port: number;
  host?: string;
}

export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
}

export const DEFAULT_HOST = '127.0.0.1';

/** Resolves once listening; rejects (EADDRINUSE, EACCES...) without leaving a half-open server. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { store, port, host = DEFAULT_HOST, ...appOptions } = options;
  const app = createApp(store, appOptions);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  server.on('clientError', answerClientError);
  // Slow or idle clients must not hold sockets forever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { server, url: `http://${shownHost}:${address.port}`, port: address.port };
}

/** Stops accepting, closes idle keep-alive sockets, and resolves when every connection is gone. */
export async function stopServer(server: Server): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}
