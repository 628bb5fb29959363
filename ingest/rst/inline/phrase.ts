/* eslint-disable no-control-regex -- "\x00" marks backslash escapes, as in docutils. */
import type { ReferenceNode } from '../ast.js';
import { ESC, isWhitespace } from './chars.js';
import { normalizeName, removeWhitespace, restoreBackslashes, splitEscapedWhitespace, unescape } from './escape.js';
import { UriScanner } from './uri.js';

// docutils' email pattern anchored at both ends: an embedded "<user@host>" becomes a mailto: link.
const EMAIL_ADDRESS =
  /^[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]+)*(?<!\x00)@[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]*)*[_~*/=+a-zA-Z0-9]$/;

interface EmbeddedLink {
  /** Offset in the phrase where the whitespace before "<" starts. */
  textEnd: number;
  /** What is between the angle brackets, still escaped. */
  alias: string;
}

/**
 * Finds a trailing "<uri>" or "<name_>" in an escaped phrase: "<" at the start or after spaces/newlines, no unescaped
 * angle bracket inside, no whitespace just inside either bracket.
 */
function embeddedLink(phrase: string): EmbeddedLink | null {
  const close = phrase.length - 1;
  if (phrase[close] !== '>' || close < 2) return null;
  if (isWhitespace(phrase[close - 1]) || phrase[close - 1] === ESC) return null;
  let open = close - 1;
  while (open >= 0 && !((phrase[open] === '<' || phrase[open] === '>') && phrase[open - 1] !== ESC)) open--;
  if (open < 0 || phrase[open] !== '<' || isWhitespace(phrase[open + 1]) || open + 1 === close) return null;
  let textEnd = open;
  while (textEnd > 0 && (phrase[textEnd - 1] === ' ' || phrase[textEnd - 1] === '\n')) textEnd--;
  if (textEnd === open && open > 0) return null;
  return { textEnd, alias: phrase.slice(open + 1, close) };
}

/** Whitespace inside an embedded URI is line wrapping: dropped, except escaped spaces, which stay as spaces. */
function embeddedUri(alias: string): string {
  let uri = unescape(splitEscapedWhitespace(alias).map(removeWhitespace).join(' '));
  if (EMAIL_ADDRESS.test(uri)) uri = `mailto:${uri}`;
  return uri.endsWith('\\_') ? `${uri.slice(0, -2)}_` : uri;
}

function isUriLike(alias: string): boolean {
  return new UriScanner(alias, 0, alias.length).matchAt(0) !== null;
}

/**
 * A phrase reference `text`_ / `text`__, with an optional embedded `text <uri>`_ or `text <name_>`_ target.
 * An embedded target makes the reference point there directly; "__" only says no named target is created.
 */
export function phraseReference(phrase: string, anonymous: boolean, line: number): ReferenceNode {
  const link = embeddedLink(phrase);
  if (!link) {
    const text = unescape(phrase);
    if (anonymous) return { type: 'reference', line, text, anonymous: true };
    return { type: 'reference', line, text, refname: normalizeName(text), anonymous: false };
  }
  const { alias } = link;
  const underscoreEscaped = restoreBackslashes(alias).endsWith('\\_');
  const isName = alias.endsWith('_') && !(underscoreEscaped || isUriLike(alias));
  let text = unescape(phrase.slice(0, link.textEnd));
  if (isName) {
    const refname = normalizeName(unescape(alias.slice(0, -1)));
    return { type: 'reference', line, text: text || refname, refname, anonymous };
  }
  const refuri = embeddedUri(alias);
  text ||= refuri;
  return { type: 'reference', line, text, refuri, anonymous };
}
