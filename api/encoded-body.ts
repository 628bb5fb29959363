/**
 * The content codings of the compression middleware, with its settings, so a kept answer can be compressed once
 * and sent as the middleware would have sent it (the same bytes), instead of being compressed again per request.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Bodies under this many bytes go out as they are (the middleware's default threshold, passed to it in app.ts). */
export const COMPRESSION_THRESHOLD = 1024;

export const CONTENT_CODINGS = ['br', 'gzip', 'deflate'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

export function isContentCoding(value: unknown): value is ContentCoding {
  return (CONTENT_CODINGS as readonly unknown[]).includes(value);
}

// The middleware's brotli quality (its default options otherwise match zlib's own).
const BROTLI_OPTIONS = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };

/** `body` under `coding`, compressed on the thread pool rather than the event loop. */
export function encodeBody(body: Buffer, coding: ContentCoding): Promise<Buffer> {
  if (coding === 'br') return promisify(zlib.brotliCompress)(body, BROTLI_OPTIONS);
  return promisify(coding === 'gzip' ? zlib.gzip : zlib.deflate)(body);
}
