/**
 * A small server-sent events reader for tests: opens GET url, parses `event:`/`data:` frames as they arrive and
 * lets a test wait for the next event of a name. Raw text is kept so tests can check comments (heartbeats).
 */
import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';

export interface ServerEvent {
  event: string;
  data: unknown;
}

export interface EventStream {
  status: number;
  headers: IncomingHttpHeaders;
  events: ServerEvent[];
  raw(): string;
  /** Resolves with the first event named `event` after the first `from` events (default: all seen so far). */
  next(event: string, timeoutMs?: number, from?: number): Promise<ServerEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (response) => {
      let text = '';
      let pending = '';
      const events: ServerEvent[] = [];
      const waiters = new Set<() => void>();
      let endStream!: () => void;
      const ended = new Promise<void>((done) => (endStream = done));
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        pending += chunk;
        let cut: number;
        while ((cut = pending.indexOf('\n\n')) !== -1) {
          const block = pending.slice(0, cut);
          pending = pending.slice(cut + 2);
          const parsed = parseFrame(block);
          if (parsed) events.push(parsed);
        }
        for (const waiter of [...waiters]) waiter();
      });
      response.on('end', endStream);
      response.on('close', endStream);
      resolve({
        status: response.statusCode ?? 0,
        headers: response.headers,
        events,
        raw: () => text,
        ended,
        close: () => request.destroy(),
        next(event, timeoutMs = 10_000, from = events.length) {
          return new Promise((found, fail) => {
            const check = (): boolean => {
              const hit = events.slice(from).find((item) => item.event === event);
              if (!hit) return false;
              waiters.delete(waiter);
              clearTimeout(timer);
              found(hit);
              return true;
            };
            const waiter = (): void => void check();
            const timer = setTimeout(() => {
              waiters.delete(waiter);
              fail(new Error(`no '${event}' event within ${timeoutMs} ms; got: ${text}`));
            }, timeoutMs);
            waiters.add(waiter);
            check();
          });
        },
      });
    });
    request.on('error', reject);
  });
}

function parseFrame(block: string): ServerEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event: ')) event = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  if (data.length === 0) return null;
  return { event, data: JSON.parse(data.join('\n')) as unknown };
}
