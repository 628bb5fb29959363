/* eslint-disable no-control-regex -- "\x00" marks backslash escapes, as in docutils. */
import { endsBeforeBoundary, ESC, startsAfterBoundary } from './chars.js';

/** A standalone URI or e-mail address found in text[start, end). */
export interface UriMatch {
  start: number;
  end: number;
  /** The scheme of an absolute URI; null for an e-mail address. */
  scheme: string | null;
}

// Character classes of docutils' URI pattern (RFC 2396); "\x00" lets escaped characters into URIs.
const URIC = /[-_.!~*'()[\];/:@&=+$,%a-zA-Z0-9\x00]/;
const URI_LAST = /[_~*/=+a-zA-Z0-9]/;
const EMAILC = /[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]/;
const SCHEME_FIRST = /[a-zA-Z]/;
const SCHEME_CHAR = /[a-zA-Z0-9.+-]/;

function test(pattern: RegExp, ch: string | undefined): boolean {
  return ch !== undefined && pattern.test(ch);
}

/** The part of an absolute URI after "scheme:", resolved once per run of URI characters. */
interface TailResult {
  runStart: number;
  runEnd: number;
  /** End of the hierarchical part of the first (greedy) success, and end of the whole URI; null when none. */
  success: { pathEnd: number; end: number } | null;
}

/**
 * Finds standalone URIs and e-mail addresses in text[lo, hi) the way docutils' `uri` pattern does (leftmost match,
 * greedy with backtracking), but without regex backtracking: each run of URI characters is resolved once and the
 * answer reused for every start inside it, so the scan stays linear.
 */
export class UriScanner {
  private schemeRun = { start: -1, end: -1 };
  private tail: TailResult = { runStart: -1, runEnd: -1, success: null };
  private localRun = { start: -1, end: -1, lastDoubleDot: -1 };
  private host = { at: -1, end: -1 };

  constructor(
    private readonly text: string,
    public lo: number,
    private readonly hi: number,
  ) {}

  /** The leftmost URI in text[lo, hi), or null. */
  search(): UriMatch | null {
    for (let at = this.lo; at < this.hi; at++) {
      const ch = this.text[at];
      if (!test(EMAILC, ch) || !startsAfterBoundary(this.text, at, this.lo)) continue;
      const match = this.matchAt(at);
      if (match) return match;
    }
    return null;
  }

  /** A URI starting exactly at `at` (the start-boundary rule is the caller's business). */
  matchAt(at: number): UriMatch | null {
    if (test(SCHEME_FIRST, this.text[at])) {
      const schemeEnd = this.schemeEnd(at);
      if (this.text[schemeEnd] === ':' && schemeEnd < this.hi) {
        const end = this.absoluteTail(schemeEnd + 1);
        if (end >= 0) return { start: at, end, scheme: this.text.slice(at, schemeEnd) };
      }
    }
    const end = this.email(at);
    return end >= 0 ? { start: at, end, scheme: null } : null;
  }

  private schemeEnd(at: number): number {
    if (at >= this.schemeRun.start && at < this.schemeRun.end) return this.schemeRun.end;
    let end = at + 1;
    while (end < this.hi && test(SCHEME_CHAR, this.text[end])) end++;
    this.schemeRun = { start: at, end };
    return end;
  }

  private runEnd(pattern: RegExp, from: number): number {
    let end = from;
    while (end < this.hi && test(pattern, this.text[end])) end++;
    return end;
  }

  /** A final URI character: one that is not punctuation, or any URI character right before ">". */
  private uriEndAt(at: number): boolean {
    const ch = this.text[at];
    return test(URI_LAST, ch) || (test(URIC, ch) && at + 1 < this.hi && this.text[at + 1] === '>');
  }

  private boundaryAt(at: number): boolean {
    return endsBeforeBoundary(this.text, at, this.hi);
  }

  /** End of "path[?query][#fragment]" starting at `from`, or -1. */
  private absoluteTail(from: number): number {
    const cached = this.tail;
    const inCachedRun = from === cached.runStart || (from > cached.runStart && from < cached.runEnd);
    if (!inCachedRun) {
      const runEnd = this.runEnd(URIC, from);
      this.tail = { runStart: from, runEnd, success: this.resolveTail(from, runEnd) };
    }
    const success = this.tail.success;
    return success && success.pathEnd >= from + 1 ? success.end : -1;
  }

  private resolveTail(from: number, runEnd: number): { pathEnd: number; end: number } | null {
    for (let pathEnd = runEnd; pathEnd > from; pathEnd--) {
      if (!this.uriEndAt(pathEnd - 1)) continue;
      const end = pathEnd === runEnd ? this.queryAndFragment(runEnd) : this.boundaryAt(pathEnd) ? pathEnd : -1;
      if (end >= 0) return { pathEnd, end };
    }
    return null;
  }

  /** Greedy optional "?query" then optional "#fragment" after the path, then the end boundary. */
  private queryAndFragment(at: number): number {
    if (this.text[at] === '?' && at < this.hi) {
      const queryRunEnd = this.runEnd(URIC, at + 1);
      for (let queryEnd = queryRunEnd; queryEnd > at + 1; queryEnd--) {
        if (!this.uriEndAt(queryEnd - 1)) continue;
        const end = queryEnd === queryRunEnd ? this.fragment(queryEnd) : this.boundaryAt(queryEnd) ? queryEnd : -1;
        if (end >= 0) return end;
      }
    }
    return this.fragment(at);
  }

  private fragment(at: number): number {
    if (this.text[at] === '#' && at < this.hi) {
      const fragmentRunEnd = this.runEnd(URIC, at + 1);
      for (let end = fragmentRunEnd; end > at + 1; end--) {
        if (this.uriEndAt(end - 1) && this.boundaryAt(end)) return end;
      }
    }
    return this.boundaryAt(at) ? at : -1;
  }

  /** End of "local@host" starting at `at`, or -1. */
  private email(at: number): number {
    if (this.text[at] === '.' || !test(EMAILC, this.text[at])) return -1;
    const run = this.localPartRun(at);
    const atSign = run.end;
    const localOk = run.lastDoubleDot < at && this.text[atSign - 1] !== '.' && this.text[atSign - 1] !== ESC;
    if (!localOk || this.text[atSign] !== '@' || atSign >= this.hi) return -1;
    return this.hostEnd(atSign + 1);
  }

  private localPartRun(at: number): { end: number; lastDoubleDot: number } {
    if (at >= this.localRun.start && at < this.localRun.end) return this.localRun;
    let end = at;
    let lastDoubleDot = -1;
    while (end < this.hi && (this.text[end] === '.' || test(EMAILC, this.text[end]))) {
      if (this.text[end] === '.' && this.text[end + 1] === '.') lastDoubleDot = end;
      end++;
    }
    this.localRun = { start: at, end, lastDoubleDot };
    return this.localRun;
  }

  /** Host "emailc+(.emailc*)*" then one final URI character then the boundary, longest first. */
  private hostEnd(from: number): number {
    if (this.host.at === from) return this.host.end;
    let result = -1;
    if (test(EMAILC, this.text[from])) {
      let runEnd = from;
      while (runEnd < this.hi && (this.text[runEnd] === '.' || test(EMAILC, this.text[runEnd]))) runEnd++;
      for (let last = Math.min(runEnd, this.hi - 1); last > from; last--) {
        if (this.uriEndAt(last) && this.boundaryAt(last + 1)) {
          result = last + 1;
          break;
        }
      }
    }
    this.host = { at: from, end: result };
    return result;
  }
}
