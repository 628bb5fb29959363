/**
 * Word-level helpers shared by the question parser, the entity resolver and the category filter: how two
 * spellings of a name are compared when plural, capitalisation, articles and punctuation must not matter.
 */

const ARTICLE = /^(?:the|a|an)\s+/i;

/** "the Pipe Network Interface" → "Pipe Network Interface". */
export function withoutArticle(phrase: string): string {
  return phrase.replace(ARTICLE, '').trim();
}

/**
 * A conservative English singular for one word: "runtimes" → "runtime", "proxies" → "proxy", "meshes" → "mesh".
 * Short words and words ending in "ss"/"us"/"is" are left alone. It is blind to names that merely end in "s"
 * ("Atlas" → "Atla"), so callers always try the phrase as written first.
 */
export function singularWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 3 || /(?:ss|us|is)$/.test(lower)) return word;
  if (lower.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|ss|z)es$/.test(lower)) return word.slice(0, -2);
  if (lower.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The singular of a phrase: only its last word changes ("box runtimes" → "box runtime"). */
export function singularPhrase(phrase: string): string {
  const words = phrase.split(/\s+/);
  const last = words.length - 1;
  words[last] = singularWord(words[last] ?? '');
  return words.join(' ');
}

/** Lower-case words of a phrase, punctuation dropped, each made singular: the key categories are compared by. */
export function wordKeys(phrase: string): string[] {
  return phrase
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((word) => word !== '')
    .map(singularWord);
}

/** Case, spaces, hyphens and dots do not count: "Ship-OS" = "shipos". */
export function compactKey(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\s\-._]+/g, '');
}

/** Restricted Damerau-Levenshtein distance (a swap of two neighbours costs 1), for typo tolerance. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Words an acronym never takes its initial from ("Pipe Network Interface" → PNI, "Network of Things" → NT). */
export const MINOR_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'a', 'an', 'to', 'in', 'on']);

/**
 * The acronyms a long form may stand for: initials of every word and of the major words only, upper-case;
 * hyphenated words give an initial per part ("Box-Defined Storage" → BDS). Empty for a single word.
 */
export function initialsOf(phrase: string): string[] {
  const words = phrase.split(/[\s\-/]+/).filter((word) => /^[A-Za-z]/.test(word));
  if (words.length < 2) return [];
  const all = words.map((word) => word[0]!.toUpperCase()).join('');
  const major = words
    .filter((word) => !MINOR_WORDS.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return [...new Set([major, all])].filter((initials) => initials.length >= 2);
}

/** An acronym-shaped name: two or more letters, all capitals (digits allowed), like "PNI" or "B2B". */
export function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z0-9]+$/.test(name) && /[A-Z].*[A-Z]/.test(name);
}
