/**
 * Whether a piece of text names a thing, and which parts of a section title or link text are the name: "X (Y)" gives
 * X with the alias Y, "X/Y" two names, "X - Commercial" the name X, "Some Example: X" the name X.
 */
import { abbreviates } from './acronyms.js';
import { CATEGORY_HEADS, QUALIFIED_ONLY_HEADS } from './lexicon/categories.js';
import { GENERIC_TITLE_WORDS } from './lexicon/section-words.js';
import { isEnglishWord } from '../nlp.js';
import { cleanName, isNameShaped, singular } from './names.js';

/** Small words that may stand inside a multi-word name ("Acme VM Server for SPARQ"). */
const NAME_CONNECTORS = new Set(['for', 'of', 'on', 'and', 'the', 'de', 'as', 'a', '&']);

export interface NameParts {
  name: string;
  aliases: string[];
}

/**
 * Splits a title or link text into the names it gives (empty when it names nothing). With `commonWords` (the words
 * the document writes in lower case), generic words around the name are trimmed ("Meshly Architecture" → "Meshly")
 * and a name needs one distinctive word: title case alone ("Synced Folders") does not make a name.
 */
export function namesInLabel(text: string, commonWords?: ReadonlySet<string>): NameParts[] {
  const parts = splitLabel(text);
  if (!commonWords) return parts;
  return parts.flatMap(({ name, aliases }) => {
    const trimmed = trimGenericWords(name);
    // A capitalised phrase with its acronym is a name even when its words are common ("Zorp Queue Manager").
    const spelt =
      trimmed === name &&
      aliases.some((alias) => /^\p{Lu}{2,6}$/u.test(alias) && abbreviates(alias, name.split(/\s+/)));
    const capitalised = name.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));
    if (spelt && capitalised) return [{ name, aliases }];
    if (!trimmed || !looksLikeName(trimmed) || !isDistinctive(trimmed, commonWords)) return [];
    return [{ name: trimmed, aliases: aliases.filter((alias) => isDistinctive(alias, commonWords)) }];
  });
}

/** Words that name an aspect of a thing in a title ("Meshly Architecture"), never part of its name. */
const ASPECT_WORDS = new Set([
  'introduction',
  'overview',
  'summary',
  'benefits',
  'advantages',
  'disadvantages',
  'features',
  'architecture',
  'components',
  'modes',
  'examples',
  'example',
  'documentation',
  'docs',
  'concepts',
  'tutorial',
  'tutorials',
  'guide',
  'getting',
  'started',
  'explore',
  'using',
  'installing',
  'installation',
  'usage',
  'setup',
  'configuration',
  'internals',
  'basics',
  'faq',
  'reference',
  'references',
  'hosted',
  'solutions',
  'vs',
  'vs.',
  'versus',
  'key',
]);

/** Drops generic words and connectors at either end of a name ("Getting Started on Herokee" → "Herokee"). */
export function trimGenericWords(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const generic = (word: string) => ASPECT_WORDS.has(word.toLowerCase()) || NAME_CONNECTORS.has(word.toLowerCase());
  while (words.length > 0 && generic(words[0])) words.shift();
  while (words.length > 0 && generic(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** One word of the name is not an ordinary word of the document: "Orchestrix", "ESQi", "O8x" — not "Synced". */
export function isDistinctive(name: string, commonWords: ReadonlySet<string>): boolean {
  return name
    .split(/\s+/)
    .some(
      (word) =>
        /\p{L}\p{Lu}|\d|^\p{Lu}{2,}/u.test(word) ||
        (!commonWords.has(word.toLowerCase()) &&
          !GENERIC_TITLE_WORDS.has(word.toLowerCase()) &&
          /\p{L}{2}/u.test(word)),
    );
}

function splitLabel(text: string): NameParts[] {
  let label = cleanName(text);
  // "Zorp Service Mesh - Commercial", "Boxer - What is a Container": the name is before the dash.
  const dash = label.split(/\s+[-–—]\s+/);
  if (dash.length > 1) label = dash[0];
  // "Type-1/2 Hypervisor Example: Unixy QVM": the name is after the colon when what is before is generic.
  const colon = label.lastIndexOf(': ');
  if (colon > 0) label = label.slice(colon + 2);
  const parts: NameParts[] = [];
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(label);
  if (paren) {
    const [, outer, inner] = paren;
    if (looksLikeName(outer)) {
      const aliases = looksLikeName(inner) && inner.split(/\s+/).length <= 3 ? [cleanName(inner)] : [];
      return [{ name: cleanName(outer), aliases }];
    }
    label = outer;
  }
  const slashed = label.split('/').map(cleanName);
  // "ZQM/Zorp Queue Manager": an acronym and what it stands for are one name.
  if (slashed.length === 2) {
    const [a, b] = slashed;
    const [short, long] = a.includes(' ') ? [b, a] : [a, b];
    if (/^\p{Lu}{2,6}$/u.test(short) && long.includes(' ') && abbreviates(short, long.split(/\s+/))) {
      return [{ name: long, aliases: [short] }];
    }
  }
  // "Quux/Blipz" is two names; "QC/OS" and "CI/CD" are one.
  if (slashed.length > 1 && slashed.every((part) => part.length >= 4 || part.includes(' '))) {
    for (const part of slashed) if (looksLikeName(part)) parts.push({ name: part, aliases: [] });
    return parts;
  }
  return looksLikeName(label) ? [{ name: label, aliases: [] }] : [];
}

/**
 * A name is short, is not made only of generic words, and is written like a name: every word name-shaped except
 * small connectors inside it. Lower-case single words ("boxd") pass only with `lowercaseOk` (when a URL or
 * the document vouches for them).
 */
export function looksLikeName(text: string, lowercaseOk = false): boolean {
  // Pure and asked again and again about the same few phrases (each conjunct, each run of words): remember answers.
  // One map per flag, keyed by the text itself: a key built by concatenation is hashed afresh at every call.
  const answers = lowercaseOk ? nameShapeAnswersLowercaseOk : nameShapeAnswers;
  const known = answers.get(text);
  if (known !== undefined) return known;
  if (answers.size >= MAX_REMEMBERED) answers.clear();
  const answer = judgeNameShape(text, lowercaseOk);
  answers.set(text, answer);
  return answer;
}

const nameShapeAnswers = new Map<string, boolean>();
const nameShapeAnswersLowercaseOk = new Map<string, boolean>();
/** Bounds the memory the answers take on huge inputs; past it, start afresh. */
const MAX_REMEMBERED = 100_000;

function judgeNameShape(text: string, lowercaseOk: boolean): boolean {
  const words = cleanName(text).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  if (!words.some((word) => /\p{L}/u.test(word))) return false;
  // "Container Runtimes" is a category and "Key Features" an aspect; "Zorp Service Mesh" is a name.
  const generic = (word: string) => GENERIC_TITLE_WORDS.has(word.toLowerCase()) || isCategoryWord(word);
  if (words.every((word) => GENERIC_TITLE_WORDS.has(word.toLowerCase()))) return false;
  // ... but a capitalised standard is a name: "Zorp Network Interface".
  const last = words[words.length - 1];
  const namedThing =
    /^(?:Interface|Specification|Standard|Protocol|Initiative|Format|Model)$/.test(last) &&
    words.every((w) => /^\p{Lu}/u.test(w));
  if (categoryOf(words.join(' ')) !== null && words.every(generic) && !namedThing) return false;
  if (words.length === 1)
    return isNameShaped(words[0]) || (lowercaseOk && /^[\p{Ll}][\p{L}\p{N}.+-]*$/u.test(words[0]));
  return words.every(
    (word, i) => isNameShaped(word) || (i > 0 && i < words.length - 1 && NAME_CONNECTORS.has(word.toLowerCase())),
  );
}

const CATEGORY_WORDS = new Set(CATEGORY_HEADS.flatMap((head) => head.split(/\s+/)));
function isCategoryWord(word: string): boolean {
  return CATEGORY_WORDS.has(singular(word).toLowerCase());
}

/**
 * The category a noun phrase names, lower case and singular ("Type-1 hypervisors" → "type-1 hypervisor"), or null.
 * Heads too generic alone ("plugin") need a qualifier ("ZNI plugin").
 */
export function categoryOf(phrase: string): string | null {
  const words = cleanName(phrase)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (words.length === 0 || words.length > 5) return null;
  words[words.length - 1] = singular(words[words.length - 1]);
  const text = words.join(' ');
  for (const head of HEADS_BY_LAST_WORD.get(words[words.length - 1]) ?? []) {
    if (text !== head && !text.endsWith(` ${head}`)) continue;
    const qualifier = text.slice(0, text.length - head.length).trim();
    if (qualifier === '' && QUALIFIED_ONLY_HEADS.has(head)) return null;
    return text;
  }
  return null;
}

/**
 * The heads by their last word, in lexicon order: a phrase can only end with a head whose last word is its own, so
 * categoryOf tries those few instead of every head.
 */
const HEADS_BY_LAST_WORD = new Map<string, string[]>();
for (const head of CATEGORY_HEADS) {
  const last = head.split(' ').pop()!;
  HEADS_BY_LAST_WORD.set(last, [...(HEADS_BY_LAST_WORD.get(last) ?? []), head]);
}

/** A lower-case word the English model does not know and that is not a category noun: "zorpsh", "zorpd". */
export function isUnknownWord(word: string): boolean {
  return !CATEGORY_WORDS.has(singular(word)) && !isEnglishWord(word.replace(/[.+-]+$/, ''));
}

/** The plural of an English word ("Volumes", "boxes"): a kind of things, not a name. */
export function isPlainPlural(word: string): boolean {
  if (!/^\p{Lu}?\p{Ll}+s$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return [lower.slice(0, -1), lower.replace(/es$/, ''), lower.replace(/ies$/, 'y')].some(
    (stem) => stem !== lower && stem.length >= 3 && isEnglishWord(stem),
  );
}
