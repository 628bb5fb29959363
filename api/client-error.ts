/**
 * Requests Node's HTTP parser refuses (raw control or non-ASCII bytes in the target, oversized headers, a client
 * too slow to send its headers) never reach Express; by default Node answers them with an empty text response.
 * This answers them in the API's one error shape instead, then closes the connection as Node does.
 */
import type { Socket } from 'node:net';

const STATUS_LINES: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

const MESSAGES: Record<string, string> = {
  HPE_HEADER_OVERFLOW: 'request headers are too large',
  ERR_HTTP_REQUEST_TIMEOUT: 'the request was not received in time',
};

// Node's own handler reads this field too: a response already under way must not be interleaved with another.
type ServerSocket = Socket & { _httpMessage?: { headersSent?: boolean } | null };

export function answerClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket): void {
  const code = error.code ?? '';
  // An answer to HEAD has no body: a client would read one as garbage after the response.
  const head = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  const inFlight = (socket as ServerSocket)._httpMessage;
  if (code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) {
    const message = MESSAGES[code] ?? 'malformed request: the HTTP parser refused it (percent-encode the target)';
    const body = JSON.stringify({ error: { code: 'bad_request', message } });
    socket.write(
      `HTTP/1.1 ${STATUS_LINES[code] ?? '400 Bad Request'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        (head ? '' : body),
    );
  }
  socket.destroy(error);
}
