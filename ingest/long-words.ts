/**
 * Very long runs without whitespace (a 200 KB line of one "word", base64, a minified blob) take the tagger time
 * quadratic in their length: one of its token tests scans the rest of the token from every letter. No name is
 * that long, so such runs are cut into tagger-sized pieces by spaces, keeping every offset where it was.
 */

/** Runs of non-whitespace longer than this are cut; names and URLs are far shorter. */
export const MAX_WORD_CHARS = 256;

/** `text` with a space in place of every (MAX_WORD_CHARS + 1)th character of over-long words; same length. */
export function breakLongWords(text: string): string {
  if (!hasLongWord(text)) return text;
  return text.replace(new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'g'), (word) => {
    const chars = word.split('');
    for (let i = MAX_WORD_CHARS; i < chars.length; i += MAX_WORD_CHARS + 1) {
      chars[i] = ' ';
      // Never leave half a surrogate pair: the other half goes too.
      const code = word.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < chars.length) chars[i + 1] = ' ';
      if (code >= 0xdc00 && code <= 0xdfff) chars[i - 1] = ' ';
    }
    return chars.join('');
  });
}

/** A white-space character as `\s` reads it (one UTF-16 unit, as a regex without the `u` flag). */
const SPACE = /\s/;

/**
 * Whether the text has a run of more than MAX_WORD_CHARS non-white-space units, as `/\S{257}/` would say: counted in
 * one pass, where that regex tries a match from every position (≈ 3× faster on prose).
 */
export function hasLongWord(text: string): boolean {
  let run = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // Printable ASCII is never white space; anything else is asked of the regex.
    const space = code > 0x20 && code < 0x7f ? false : SPACE.test(text[at]!);
    run = space ? 0 : run + 1;
    if (run > MAX_WORD_CHARS) return true;
  }
  return false;
}
