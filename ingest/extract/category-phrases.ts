/**
 * Category phrases in running text: a category head from the generic lexicon ("hypervisors", "container runtime",
 * "network proxy") with the qualifiers that narrow it ("Type-1", "ZNI"), but not the adjectives that only praise it.
 */
import { CATEGORY_HEADS, QUALIFIED_ONLY_HEADS } from './lexicon/categories.js';
import { headMatcher, headPattern } from './head-match.js';
import { ADJECTIVE_SUFFIX } from './proper-nouns.js';
import { singular } from './names.js';

export interface CategorySpan {
  start: number;
  end: number;
  category: string;
}

/**
 * Heads by number of words, longest first, each with a matcher for its singular and plural forms, with the
 * lower-case text any match must contain (its first word, less a last letter a plural may change): a head whose
 * cue is absent from the lower-cased text cannot match, so it is not looked for.
 */
const HEADS = [...CATEGORY_HEADS]
  .sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)
  .map((head) => ({
    head,
    cue: (head.includes(' ') ? head.slice(0, head.indexOf(' ')) : head.slice(0, -1)).toLowerCase(),
    matcher: headMatcher(head),
    /** Compiled only if a text needs it (see headMatches). */
    pattern: undefined as RegExp | undefined,
  }));
/** The heads in the order they are tried (the indexes of headsAtWordStarts). */
export const HEADS_IN_ORDER: readonly string[] = HEADS.map((entry) => entry.head);

/**
 * The heads whose cue begins with each string of CUE_KEY letters (the length of the shortest cue), in HEADS order:
 * a head can only match where a word starts, so the cues at a text's word starts are all worth looking for.
 */
const CUE_KEY = Math.max(1, Math.min(...HEADS.map((entry) => entry.cue.length)));
const HEADS_BY_CUE_KEY = new Map<string, number[]>();
HEADS.forEach((entry, index) => {
  const key = entry.cue.slice(0, CUE_KEY);
  HEADS_BY_CUE_KEY.set(key, [...(HEADS_BY_CUE_KEY.get(key) ?? []), index]);
});
/** The only characters a case-insensitive Unicode regex matches to an ASCII letter besides the ASCII letters. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** A qualifier narrows a category: an acronym, a numbered type, or a word that is itself a category word. */
function isQualifier(word: string): boolean {
  if (ADJECTIVE_SUFFIX.test(word)) return false;
  return (
    /^\p{Lu}{2,6}$/u.test(word) ||
    // "ZaaS", "PaaZ": an acronym with small letters inside.
    /^(?=(?:\P{Lu}*\p{Lu}){2})\p{Lu}[\p{L}]{1,4}$/u.test(word) ||
    /^[\p{L}]+-\d+$/u.test(word) ||
    /^type-?\d/i.test(word) ||
    DOMAIN_QUALIFIERS.has(word.toLowerCase())
  );
}

const BROAD_HEAD_WORDS = new Set(['as', 'code', 'software', 'load', 'boot']);

/** Nouns that narrow a category to a domain ("orchestration framework", "application protocol"). */
const DOMAIN_QUALIFIERS = new Set([
  // Words that open a head narrow its last word; not the small or broad ones ("infrastructure as code", "software").
  ...CATEGORY_HEADS.flatMap((head) => head.split(/\s+/).slice(0, -1)).filter((word) => !BROAD_HEAD_WORDS.has(word)),
  'orchestration',
  'application',
  'observability',
  'encapsulation',
  'networking',
  'security',
  'logging',
  'management',
  'virtualization',
  'cloud',
  'storage',
  'network',
  'container',
  'service',
  'monitoring',
  'tracing',
  'deployment',
  'configuration',
  'automation',
  'build',
  'messaging',
  'database',
  'web',
  'desktop',
  'conversion',
  'user-space',
  'library',
  'distributed',
  'volume',
  'workflow',
  'continuous',
  'delivery',
  'integration',
  'infrastructure',
  'debugging',
  'threat',
  'detection',
  'data',
  'search',
  'analytics',
  'analysis',
  'malware',
  'interactive',
  'shell',
  'bytecode',
  'multilayer',
  'tunneling',
  'transfer',
  'file',
  'job',
  'flow',
]);

/**
 * The matches of a head's pattern, as `text.matchAll(headPattern(head))` finds them, as [start, end] pairs. Every
 * match starts where the lower-cased text holds the cue (the pattern begins with the cue's letters, matched without
 * case), so when lower-casing kept every offset, matching at each of the cue's places finds the same matches.
 */
function* headMatches(text: string, lower: string | null, entry: (typeof HEADS)[number]): Generator<[number, number]> {
  if (lower === null || lower.length !== text.length) {
    entry.pattern ??= headPattern(entry.head);
    entry.pattern.lastIndex = 0;
    for (const match of text.matchAll(entry.pattern)) yield [match.index, match.index + match[0].length];
    return;
  }
  for (let from = lower.indexOf(entry.cue); from !== -1;) {
    const end = entry.matcher.matchAt(text, from);
    if (end !== -1) yield [from, end];
    from = lower.indexOf(entry.cue, end !== -1 ? end : from + 1);
  }
}

/**
 * Which heads may match in a lower-cased text (1 at their index), read from the text's word starts in one pass instead
 * of searching the text once per head. A match starts at no word character (headMatcher), and where lower-casing kept
 * the length it kept every character in place, so a cue whose every occurrence follows an ASCII letter, digit or hyphen
 * cannot match: leaving its head out changes nothing.
 */
export function headsAtWordStarts(lower: string): Uint8Array {
  const wanted = new Uint8Array(HEADS.length);
  for (let at = 0; at + CUE_KEY <= lower.length; at++) {
    if (at > 0 && isAsciiWordChar(lower.charCodeAt(at - 1))) continue;
    const heads = HEADS_BY_CUE_KEY.get(lower.slice(at, at + CUE_KEY));
    if (heads) for (const index of heads) wanted[index] = 1;
  }
  return wanted;
}

/** a-z, 0-9 or a hyphen (the text is lower-cased). */
function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}

/** Category phrases of a text, outside the given spans (the names already found there). */
export function categoryPhrases(text: string, taken: readonly { start: number; end: number }[]): CategorySpan[] {
  const found: CategorySpan[] = [];
  // A name wholly inside a multi-word head ("Unixy" in "Unixy distribution") narrows it; any other overlap wins.
  const overlaps = (start: number, end: number) =>
    found.some((span) => start < span.end && span.start < end) ||
    taken.some((span) => start < span.end && span.start < end && !(span.start >= start && span.end <= end));
  // "ſ" and the Kelvin sign match "s" and "k" under /iu but lower-case to themselves: such text is not prefiltered.
  const lower = FOLDS_TO_ASCII.test(text) ? null : text.toLowerCase();
  const wanted = lower !== null && lower.length === text.length ? headsAtWordStarts(lower) : null;
  for (let index = 0; index < HEADS.length; index++) {
    const entry = HEADS[index]!;
    const { head, cue } = entry;
    if (wanted !== null ? wanted[index] === 0 : lower !== null && !lower.includes(cue)) continue;
    for (const [matchStart, end] of headMatches(text, lower, entry)) {
      let start = matchStart;
      const written = text.slice(matchStart, end);
      if (overlaps(start, end)) continue;
      // One qualifier to the left, when it narrows the category ("Type-1 hypervisors", "ZNI plugins").
      // ... or a coordination of qualifiers whose first narrows it ("Type-1, native or bare-metal hypervisors").
      const window = text.slice(Math.max(0, start - 60), start);
      const before = /([\p{L}\p{N}-]+)\s+$/u.exec(window);
      const coordinated = /([\p{L}\p{N}-]+)(?:,\s*[\p{L}\p{N}-]+)*,?\s+(?:or|and)\s+[\p{L}\p{N}-]+\s+$/u.exec(window);
      const numberedAside = /([\p{L}]+-\d+),\s+[\p{L}-]+\s+$/u.exec(window);
      let qualifier = '';
      if (before && isQualifier(before[1])) {
        qualifier = before[1];
        start -= before[0].length;
        // ... and a second one before it ("threat detection engine", "continuous delivery platform").
        const further = /([\p{L}\p{N}-]+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
        if (further && isQualifier(further[1]) && !overlaps(start - further[0].length, start)) {
          qualifier = `${further[1]} ${qualifier}`;
          start -= further[0].length;
        }
      } else if (coordinated && isQualifier(coordinated[1])) {
        qualifier = coordinated[1];
        start -= coordinated[0].length;
      } else if (numberedAside && isQualifier(numberedAside[1])) {
        // "Type-2, hosted hypervisors": a numbered type, then one word said of it in passing.
        qualifier = numberedAside[1];
        start -= numberedAside[0].length;
      }
      if (qualifier === '' && QUALIFIED_ONLY_HEADS.has(head)) continue;
      const words = written.split(/\s+/);
      // Singular only when written as a plural of the head ("hypervisors"); "ACME-aaS" stays as written.
      const last = words[words.length - 1];
      if (last.toLowerCase() !== head.split(' ').pop()) words[words.length - 1] = singular(last);
      const category = [qualifier, ...words].filter(Boolean).join(' ').toLowerCase();
      found.push({ start, end, category });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
