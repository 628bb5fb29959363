/**
 * Very long runs without whitespace (a 200 KB line of one "word", base64, a minified blob) take the tagger time
 * quadratic in their length: one of its token tests scans the rest of the token from every letter. No name is
 * that long, so such runs are cut into tagger-sized pieces by spaces, keeping every offset where it was.
 */

/** Runs of non-whitespace longer than this are cut; names and URLs are far shorter. */
export const MAX_WORD_CHARS = 256;

/** `text` with a space in place of every (MAX_WORD_CHARS + 1)th character of over-long words; same length. */
export function breakLongWords(text: string): string {
  if (!new RegExp(`\\S{${MAX_WORD_CHARS + 1}}`).test(text)) return text;
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
