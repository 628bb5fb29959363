/**
 * Text made safe for XML 1.0, in element content and in double-quoted attributes alike. Characters XML 1.0 cannot
 * hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD rather than an unreadable file;
 * CR, LF and tab are written as character references so parsers do not normalise them away.
 */
// Control characters are exactly what XML cannot hold.
const INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function escapeXml(text: string): string {
  return text.replace(INVALID, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char]!);
}
