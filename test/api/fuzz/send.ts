/**
 * Sends a request target exactly as given (no normalising, no re-encoding: Latin-1 characters go out as single
 * bytes) over a keep-alive connection, and gives back the status, headers and raw body. A request that gets no
 * answer within the time limit is an error, so a hang fails the property instead of the whole run.
 */
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const ANSWER_WITHIN_MS = 10_000;

/** The body as sent before any content coding; a coding the client did not accept would fail here. */
function decoded(body: Buffer, encoding: string | undefined): Buffer {
  if (body.length === 0 || encoding === undefined || encoding === 'identity') return body;
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  throw new Error(`unknown content-encoding ${encoding}`);
}

export function send(
  agent: http.Agent,
  port: number,
  method: string,
  target: string,
  body?: string,
  extraHeaders: Readonly<Record<string, string>> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { 'Accept-Encoding': 'identity', ...extraHeaders };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = Buffer.byteLength(body);
    }
    const request = http.request(
      { host: '127.0.0.1', port, method: method.toUpperCase(), path: target, agent, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            const raw = decoded(Buffer.concat(chunks), response.headers['content-encoding']);
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: raw.toString('utf8') });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on('error', reject);
      },
    );
    request.setTimeout(ANSWER_WITHIN_MS, () => request.destroy(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Writes `GET <target> HTTP/1.1` byte for byte on a fresh connection, for targets no HTTP client would send (spaces,
 * CR, LF, NUL, DEL), and reads until the server closes it.
 */
export function sendRaw(port: number, target: Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(ANSWER_WITHIN_MS, () => socket.destroy(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split === -1 ? text : text.slice(0, split);
      const headers: http.IncomingHttpHeaders = {};
      for (const line of head.split('\r\n').slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(head.split(' ')[1]), headers, body: split === -1 ? '' : text.slice(split + 4) });
    });
    socket.end(
      Buffer.concat([Buffer.from('GET '), target, Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')]),
    );
  });
}
