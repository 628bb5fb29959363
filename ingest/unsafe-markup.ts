/**
 * Notes are quoted in the graph (evidence, descriptions, titles, link targets), and the graph is shown in browsers.
 * Two things from a hostile or careless document must not get there: script tags and script URLs.
 */

// The `<` of any script tag becomes a look-alike of the same length, so every offset and line stays where it was.
const SCRIPT_TAG = /<(?=\s*\/?\s*script\b)/gi;

/** `text` with every `<script…>` and `</script>` made inert (`‹script>`); same length, same lines. */
export function neutraliseScriptTags(text: string): string {
  return text.replace(SCRIPT_TAG, '\u2039');
}

// Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:" runs).
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'ftp', 'ftps', 'mailto', 'news', 'irc', 'git', 'ssh', 'file']);

/** Whether a link target may be offered as a link: relative, or with a scheme that does not run code. */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const scheme = SCHEME.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}
