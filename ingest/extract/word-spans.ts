/**
 * The words of a text as the gazetteer reads them: the matches of WORD_PATTERN ("Zorp", "C++", "Z#", "zorp-d",
 * "v1.2", "Acme’s"), found by one scan instead of the regex (Gazetteer.find ≈ 20% faster).
 *
 * Why it is the same: every part of the pattern after its first letter is greedy and may match nothing, so a match
 * is the longest run from a letter or digit; the closing `[+#]*` adds nothing, as the run before it took every `+`
 * and `#`. Like a `u` regex, the scan reads code points, so letters beyond the Basic Multilingual Plane count.
 */

/** The pattern, as the definition the scan is tested against. */
export const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[-.'’][\p{L}\p{N}+#]+)*[+#]*/gu;

export interface WordSpan {
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

export function wordSpans(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  let at = 0;
  while (at < text.length) {
    const first = letterOrDigitAt(text, at);
    if (first === 0) {
      at += codePointLength(text, at);
      continue;
    }
    const start = at;
    at = runEnd(text, at + first);
    for (;;) {
      const code = text.charCodeAt(at);
      const separator = code === 0x2d || code === 0x2e || code === 0x27 || code === 0x2019;
      if (!separator || runEnd(text, at + 1) === at + 1) break;
      at = runEnd(text, at + 1);
    }
    words.push({ start, end: at });
  }
  return words;
}

/** The end of a run of letters, digits, `+` and `#` from `at`. */
function runEnd(text: string, at: number): number {
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 0x2b || code === 0x23) at++;
    else {
      const length = letterOrDigitAt(text, at);
      if (length === 0) break;
      at += length;
    }
  }
  return at;
}

/** The length (1 or 2 units) of the letter or digit at `at`, or 0 when there is none. */
function letterOrDigitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return 1;
  if (code < 0x80 || Number.isNaN(code)) return 0;
  const length = codePointLength(text, at);
  return LETTER_OR_DIGIT.test(text.slice(at, at + length)) ? length : 0;
}

/** 2 at the start of a surrogate pair, else 1. */
function codePointLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}
