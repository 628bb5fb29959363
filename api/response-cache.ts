/**
 * Answers of the read-only routes, kept as the bytes sent, keyed by the route and its validated parameters, for as
 * long as the store's `revision` stays the same (a load, replace or close empties it). Each kept answer carries an
 * ETag, so a client that already holds it gets a 304. A store without a revision (one that other processes write
 * to) is never cached: every request asks it.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { LruCache } from '../graph/lru-cache.js';
import type { GraphStore } from '../graph/store.js';

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
}

const JSON_TYPE = 'application/json; charset=utf-8';

export class ResponseCache {
  private readonly bodies: LruCache<string, KeptBody> | null;
  private revision: number | undefined;

  /** `limits` false: no cache, every answer computed and sent as `response.json` would. */
  constructor(
    private readonly store: GraphStore,
    limits: ResponseCacheLimits | false = DEFAULT_RESPONSE_CACHE,
  ) {
    this.bodies = limits
      ? new LruCache({ maxEntries: limits.maxEntries, maxSize: limits.maxBytes }, (kept) => kept.body.length)
      : null;
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
      this.revision = revision;
    }
    const cacheKey = JSON.stringify(key);
    let kept = this.bodies.get(cacheKey);
    if (!kept) {
      kept = keptBody(jsonText(await answer(), request.app.get('json escape') === true));
      // A load that landed while this answer was computed may have made it stale: send it, do not keep it.
      if (this.store.revision === revision && this.revision === revision) this.bodies.set(cacheKey, kept);
    }
    response.set('Content-Type', JSON_TYPE);
    response.set('ETag', kept.etag);
    response.send(kept.body); // Express answers 304 itself when the request's If-None-Match holds this ETag
  }

  /** How much is kept now (for tests and diagnostics). */
  get stats(): { entries: number; bytes: number } {
    return { entries: this.bodies?.count ?? 0, bytes: this.bodies?.size ?? 0 };
  }
}

/** The text `response.json` sends, byte for byte: JSON.stringify, with <, > and & escaped when the app asks. */
export function jsonText(value: unknown, escape: boolean): string {
  const text = JSON.stringify(value);
  if (!escape || typeof text !== 'string') return text;
  return text.replace(/[<>&]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function keptBody(text: string): KeptBody {
  const body = Buffer.from(text, 'utf8');
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}
