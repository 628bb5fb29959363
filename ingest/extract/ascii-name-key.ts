/**
 * `nameKey` of a slice of ASCII text, without building the slice: for ASCII, Unicode normalisation changes nothing
 * and case folding and the dropped separators work character by character, so the key of a run of words is the
 * concatenation of the keys of its pieces. That lets the gazetteer extend a candidate name word by word instead of
 * re-normalising every n-gram. Returns null when the slice holds a non-ASCII character: the caller then uses
 * `nameKey` itself.
 */
export function asciiNameKey(text: string, start: number, end: number): string | null {
  let key = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return null;
    // The separators nameKey drops: ASCII whitespace (as \s), hyphen, underscore, dot, apostrophe, slash.
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) continue;
    if (code === 0x2d || code === 0x5f || code === 0x2e || code === 0x27 || code === 0x2f) continue;
    key += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[i];
  }
  return key;
}
