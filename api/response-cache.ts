/**
 * Answers of the read-only routes, kept as the bytes sent, keyed by the route and its validated parameters, for as
 * long as the store's `revision` stays the same (a load, replace or close empties it). Each kept answer carries an
 * ETag, so a client that already holds it gets a 304. A store without a revision (one that other processes write
 * to) is never cached: every request asks it.
 *
 * It also remembers, per request target and Accept-Encoding, the exact head the app sent with a kept answer, so
 * api/middleware/replay.ts can send the same head and body again without running the middleware chain; and, per
 * Accept-Encoding, the content coding the compression middleware chose for it, so each kept answer is compressed
 * once per coding (off the event loop) and the compressed bytes kept beside it, instead of once per request.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { LruCache } from '../graph/lru-cache.js';
import type { GraphStore } from '../graph/store.js';
import { COMPRESSION_THRESHOLD, encodeBody, isContentCoding } from './encoded-body.js';
import type { ContentCoding } from './encoded-body.js';

export interface ResponseCacheLimits {
  maxEntries: number;
  /** The bodies' total size; a body larger than this is sent but not kept. */
  maxBytes: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheLimits = { maxEntries: 5000, maxBytes: 64 * 1024 * 1024 };

/** What identifies an answer: the route's name, then its parameters after validation (absent ones as null). */
export type AnswerKey = readonly [route: string, ...params: (string | number | null)[]];

interface KeptBody {
  body: Buffer;
  etag: string;
  /** The body compressed, per coding, once a client that gets that coding has asked for it. */
  encoded: Map<ContentCoding, Buffer>;
}

/** A status-200 answer as the app sent it: header names as written and their values, in order, then the body. */
export interface Replay {
  headers: string[];
  body: Buffer;
}

interface SentHead {
  cacheKey: string;
  coding: ContentCoding | undefined;
  headers: string[];
}

/** Distinct Accept-Encoding values whose coding is remembered (browsers send a handful between them). */
const MAX_ACCEPT_ENCODINGS = 64;

const JSON_TYPE = 'application/json; charset=utf-8';

export class ResponseCache {
  private readonly bodies: LruCache<string, KeptBody> | null;
  /** Request target + Accept-Encoding → the kept answer sent for it and the head it went out with. */
  private readonly heads: LruCache<string, SentHead> | null;
  /** Accept-Encoding → the coding the compression middleware chose for it (learnt from what it sent). */
  private readonly codings = new LruCache<string, ContentCoding>({
    maxEntries: MAX_ACCEPT_ENCODINGS,
    maxSize: Infinity,
  });
  private revision: number | undefined;

  /** `limits` false: no cache, every answer computed and sent as `response.json` would. */
  constructor(
    private readonly store: GraphStore,
    limits: ResponseCacheLimits | false = DEFAULT_RESPONSE_CACHE,
  ) {
    this.bodies = limits ? new LruCache({ maxEntries: limits.maxEntries, maxSize: limits.maxBytes }, keptSize) : null;
    this.heads = limits ? new LruCache({ maxEntries: limits.maxEntries, maxSize: Infinity }) : null;
  }

  /** Sends the answer for `key`: the kept bytes while the store is unchanged, else `answer()`'s (then kept). */
  async send(request: Request, response: Response, key: AnswerKey, answer: () => Promise<unknown>): Promise<void> {
    const revision = this.store.revision;
    if (!this.bodies || revision === undefined) {
      response.json(await answer());
      return;
    }
    if (revision !== this.revision) {
      this.bodies.clear();
      this.heads!.clear();
      this.revision = revision;
    }
    const cacheKey = JSON.stringify(key);
    let kept = this.bodies.get(cacheKey);
    if (!kept) {
      kept = keptBody(jsonText(await answer(), request.app.get('json escape') === true));
      // A load that landed while this answer was computed may have made it stale: send it, do not keep it.
      if (this.store.revision === revision && this.revision === revision) this.bodies.set(cacheKey, kept);
    }
    const coding = this.codingFor(request, kept);
    const body = coding ? (kept.encoded.get(coding) ?? (await this.encode(cacheKey, kept, coding))) : kept.body;
    if (request.method === 'GET') {
      response.once('finish', () => {
        if (!coding) this.learnCoding(request, response);
        if (replayable(request)) this.remember(request, response, cacheKey, kept, coding);
      });
    }
    response.set('Content-Type', JSON_TYPE);
    response.set('ETag', kept.etag);
    if (coding) {
      // The head the compression middleware writes, in its order; seeing the body encoded, it leaves it alone.
      response.vary('Accept-Encoding');
      response.set('Content-Encoding', coding);
    }
    response.send(body); // Express answers 304 itself when the request's If-None-Match holds this ETag
  }

  /**
   * What the app sent for this request the last time it asked the same target with the same Accept-Encoding, if
   * that answer is still kept and the store unchanged; undefined whenever the app must answer it itself.
   */
  replayFor(request: Request): Replay | undefined {
    const revision = this.store.revision;
    if (!this.heads || revision === undefined || revision !== this.revision || !replayable(request)) return undefined;
    const head = this.heads.get(headKey(request));
    const kept = head && this.bodies!.get(head.cacheKey);
    const body = kept && (head.coding ? kept.encoded.get(head.coding) : kept.body);
    return body ? { headers: head.headers, body } : undefined;
  }

  /** How much is kept now (for tests and diagnostics): answers, their bytes, and heads remembered for replay. */
  get stats(): { entries: number; bytes: number; heads: number } {
    return { entries: this.bodies?.count ?? 0, bytes: this.bodies?.size ?? 0, heads: this.heads?.count ?? 0 };
  }

  /**
   * The coding to send `kept` in: the one the compression middleware chose before for this Accept-Encoding, when it
   * would compress this body at all (a plain GET of a body above its threshold); undefined leaves it to the chain.
   */
  private codingFor(request: Request, kept: KeptBody): ContentCoding | undefined {
    if (!replayable(request) || kept.body.length < COMPRESSION_THRESHOLD) return undefined;
    const acceptEncoding = request.headers['accept-encoding'];
    return acceptEncoding === undefined ? undefined : this.codings.get(acceptEncoding);
  }

  /** What the compression middleware chose for this request's Accept-Encoding, once it compressed a body. */
  private learnCoding(request: Request, response: Response): void {
    const chosen = response.getHeader('Content-Encoding');
    const acceptEncoding = request.headers['accept-encoding'];
    if (acceptEncoding !== undefined && isContentCoding(chosen)) this.codings.set(acceptEncoding, chosen);
  }

  /** `kept` compressed, kept beside it (and counted in the cache's bytes) while it is still the kept answer. */
  private async encode(cacheKey: string, kept: KeptBody, coding: ContentCoding): Promise<Buffer> {
    const encoded = await encodeBody(kept.body, coding);
    if (this.bodies!.get(cacheKey) === kept && !kept.encoded.has(coding)) {
      kept.encoded.set(coding, encoded);
      this.bodies!.set(cacheKey, kept); // counted again with its new size; evicted if that is too much
    }
    return encoded;
  }

  /** Once `kept` went out whole as a 200 (in `coding`) and is still the kept answer, its head can be replayed. */
  private remember(
    request: Request,
    response: Response,
    cacheKey: string,
    kept: KeptBody,
    coding: ContentCoding | undefined,
  ): void {
    if (response.statusCode !== 200 || response.getHeader('Content-Encoding') !== coding) return;
    if (this.store.revision !== this.revision || this.bodies!.get(cacheKey) !== kept) return;
    const headers: string[] = [];
    // Names as the middleware wrote them (Node has this on every outgoing message; its types only on requests).
    const rawNames = (response as Response & { getRawHeaderNames(): string[] }).getRawHeaderNames();
    for (const name of rawNames) {
      const value = response.getHeader(name);
      for (const item of Array.isArray(value) ? value : [value]) headers.push(name, String(item));
    }
    this.heads!.set(headKey(request), { cacheKey, coding, headers });
  }
}

/** The text `response.json` sends, byte for byte: JSON.stringify, with <, > and & escaped when the app asks. */
export function jsonText(value: unknown, escape: boolean): string {
  const text = JSON.stringify(value);
  if (!escape || typeof text !== 'string') return text;
  return text.replace(/[<>&]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Only a plain GET is replayed: HEAD has no body, and a conditional request may be a 304 (Express decides those).
 * The head depends on nothing else the request carries but its target and Accept-Encoding (the app's CORS headers
 * would, so the app does not replay when CORS is on).
 */
function replayable(request: Request): boolean {
  const headers = request.headers;
  return (
    request.method === 'GET' && headers['if-none-match'] === undefined && headers['if-modified-since'] === undefined
  );
}

function headKey(request: Request): string {
  return `${request.originalUrl}\n${request.headers['accept-encoding'] ?? ''}`;
}

function keptBody(text: string): KeptBody {
  const body = Buffer.from(text, 'utf8');
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"`, encoded: new Map() };
}

function keptSize(kept: KeptBody): number {
  let size = kept.body.length;
  for (const encoded of kept.encoded.values()) size += encoded.length;
  return size;
}
