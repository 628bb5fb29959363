/**
 * The server side of live updates: the open `GET /api/events` streams and what they are told. `serve --watch`
 * publishes a `graph` event after each graph it swaps in and an `ingest-error` event when a re-ingest fails; every
 * stream starts with a `hello` event carrying the current version, so a client that reconnects can tell whether
 * it missed a swap. Without watching, a stream is the `hello` event alone (nothing will ever change).
 */
import type { ServerResponse } from 'node:http';

/** A graph swapped in: `version` is the store's revision, which changes with every graph swapped in. */
export interface GraphVersion {
  version: number;
  nodes: number;
  edges: number;
}

export interface HelloEvent {
  version: number;
  watching: boolean;
  /** The last re-ingest failed with this message and the previous graph is still served. */
  error?: string;
}

export interface LiveEventsOptions {
  watching: boolean;
  /** The version of the graph served at start (the store's revision); 0 by default. */
  version?: number;
  /** Comment lines sent this often keep proxies and browsers from dropping an idle stream. */
  heartbeatMs?: number;
  /** Streams beyond this many are refused (503), so idle clients cannot pile up sockets. */
  maxClients?: number;
}

export const DEFAULT_HEARTBEAT_MS = 25_000;
export const DEFAULT_MAX_CLIENTS = 64;
/** How soon a browser reconnects after the stream drops (a restart of the server). */
const RETRY_MS = 2000;

export class LiveEvents {
  readonly watching: boolean;
  readonly maxClients: number;
  private readonly heartbeatMs: number;
  private readonly clients = new Set<ServerResponse>();
  private heartbeat: NodeJS.Timeout | undefined;
  private version = 0;
  private lastError: string | undefined;
  private closed = false;

  constructor(options: LiveEventsOptions) {
    this.watching = options.watching;
    this.version = options.version ?? 0;
    this.heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    this.maxClients = options.maxClients ?? DEFAULT_MAX_CLIENTS;
  }

  get clientCount(): number {
    return this.clients.size;
  }

  hello(): HelloEvent {
    return { version: this.version, watching: this.watching, ...(this.lastError ? { error: this.lastError } : {}) };
  }

  /** Whether another stream may open now. */
  canAccept(): boolean {
    return !this.closed && this.clients.size < this.maxClients;
  }

  /** Sends the hello event; keeps the stream open while watching, ends it otherwise. */
  open(response: ServerResponse): void {
    response.write(`retry: ${RETRY_MS}\n${frame('hello', this.hello())}`);
    if (!this.watching || this.closed) {
      response.end();
      return;
    }
    this.clients.add(response);
    response.on('close', () => this.drop(response));
    this.heartbeat ??= setInterval(() => this.broadcast(': heartbeat\n\n'), this.heartbeatMs).unref();
  }

  publishGraph(graph: GraphVersion): void {
    this.version = graph.version;
    this.lastError = undefined;
    this.broadcast(frame('graph', graph));
  }

  publishError(message: string): void {
    this.lastError = message;
    this.broadcast(frame('ingest-error', { message }));
  }

  /** Ends every stream (their clients would otherwise keep the server from closing) and refuses new ones. */
  close(): void {
    this.closed = true;
    for (const response of [...this.clients]) response.end();
    this.clients.clear();
    this.stopHeartbeat();
  }

  private broadcast(text: string): void {
    for (const response of this.clients) response.write(text);
  }

  private drop(response: ServerResponse): void {
    this.clients.delete(response);
    if (this.clients.size === 0) this.stopHeartbeat();
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }
}

/** One server-sent event; JSON never holds a raw newline, so `data` is one line. */
function frame(event: string, data: object): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
