/**
 * Proper-noun phrases from the tagger: runs of name-shaped words that the model tags as proper nouns, without the
 * capitalised common words that merely open a sentence ("Examples are ...", "Users can ...").
 */
import type { TaggedText, Token } from '../nlp.js';
import { GENERIC_TITLE_WORDS } from './lexicon/section-words.js';
import { isPlainPlural } from './name-shapes.js';
import { isNameShaped } from './names.js';
import type { Span } from '../prose.js';

export interface Phrase {
  text: string;
  start: number;
  end: number;
}

const MAX_WORDS = 4;
/** Suffixes that turn a name into an adjective: "ZCI-compatible", "Unixy-based", "Orchestrix-native". */
export const ADJECTIVE_SUFFIX =
  /-(?:compatible|compliant|conformant|based|native|powered|like|specific|enabled|aware|ready|only|friendly|centric)$/i;
/** Capitalised words that are never names on their own. */
const NEVER_NAMES = new Set(['i', 'it', 'its', 'we', 'you', 'they', 'this', 'that', 'these', 'those', 'there', 'here']);

/** Words: tokens written together without spaces ("ZRI", "-", "O" → "ZRI-O"), with their tags. */
function words(text: string, tokens: Token[]): { text: string; start: number; end: number; tags: string[] }[] {
  const result: { text: string; start: number; end: number; tags: string[] }[] = [];
  for (const token of tokens) {
    const last = result[result.length - 1];
    // A possessive ends the name: "Acme's Zorp" is Acme and Zorp.
    const possessive = /^['’]s$/.test(token.value);
    if (
      last &&
      last.end === token.start &&
      !possessive &&
      !/^[,;:()!?"“”/]$/.test(token.value) &&
      !/[,;:()!?"“”/]$/.test(last.text)
    ) {
      last.text += token.value;
      last.end = token.end;
      last.tags.push(token.pos);
    } else result.push({ text: token.value, start: token.start, end: token.end, tags: [token.pos] });
  }
  for (const word of result) {
    // A full stop ends the sentence, not the name ("... and Xyn." → "Xyn"); "ZCI-compatible" names ZCI.
    const trimmed = word.text.replace(/\.+$/, '').replace(ADJECTIVE_SUFFIX, '');
    if (trimmed.length > 0) {
      word.end -= word.text.length - trimmed.length;
      word.text = trimmed;
    }
  }
  return result;
}

/**
 * Proper-noun phrases of one tagged text. `commonWords` holds the words the document writes in lower case; a
 * capitalised sentence opener that is one of them is an ordinary word.
 */
export function properNounPhrases(text: string, tagged: TaggedText, commonWords: ReadonlySet<string>): Phrase[] {
  const phrases: Phrase[] = [];
  for (const sentence of tagged.sentences) {
    const sentenceWords = words(text, tagged.tokens.slice(sentence.firstToken, sentence.endToken));
    let run: typeof sentenceWords = [];
    const flush = () => {
      const generic = (word: { text: string }) => GENERIC_TITLE_WORDS.has(word.text.toLowerCase());
      // "Zorp Storage" is Zorp; after two words of a name, "Acme Zorp Service" keeps its last word.
      while (run.length > 0 && generic(run[run.length - 1]) && run.filter((w) => !generic(w)).length < 2) run.pop();
      while (run.length > 0 && GENERIC_TITLE_WORDS.has(run[0].text.toLowerCase())) run.shift();
      if (run.length > 0 && run.length <= MAX_WORDS) {
        phrases.push({
          text: text.slice(run[0].start, run[run.length - 1].end),
          start: run[0].start,
          end: run[run.length - 1].end,
        });
      }
      run = [];
    };
    sentenceWords.forEach((word, i) => {
      const lower = word.text.toLowerCase();
      // A sentence opener, or the first word after a colon ("Steerly: Package manager for ...").
      const opensClause = i === 0 || /:\s*$/.test(text.slice(Math.max(0, word.start - 3), word.start));
      // "Administrators can ...": an opener that is the plural of an English word is a word, even written nowhere else.
      const opener =
        opensClause && /^\p{Lu}\p{Ll}+$/u.test(word.text) && (commonWords.has(lower) || isPlainPlural(word.text));
      // A line break of the source is a space: "Zorp Device\nManager" is one name.
      const adjacent = run.length > 0 && /^[ \n]$/.test(text.slice(run[run.length - 1].end, word.start));
      const named =
        isNameShaped(word.text) &&
        /\p{L}/u.test(word.text) &&
        !opener &&
        !NEVER_NAMES.has(lower) &&
        // A capitalised word right after a name goes on with it, however the tagger reads it ("Azurite Stack").
        (word.tags.includes('PROPN') || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || (adjacent && i > 0));
      if (named && (run.length === 0 || adjacent)) run.push(word);
      else {
        flush();
        if (named) run.push(word);
      }
    });
    flush();
  }
  return phrases;
}

/**
 * The words a set of texts uses as ordinary words: written in lower case at least twice and at least as often as
 * capitalised. "vagabond downloads it" once does not make "Vagabond" a common word; "containers" everywhere does.
 */
export function lowercaseWords(texts: Iterable<string>): Set<string> {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(/(?<![\p{L}\p{N}-])\p{L}[\p{L}-]*(?![\p{L}\p{N}])/gu)) {
      const word = match[0];
      const key = word.toLowerCase();
      const counts = word === key ? lower : capitalised;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return new Set(
    [...lower.entries()].filter(([word, n]) => n >= 2 && n >= (capitalised.get(word) ?? 0)).map(([w]) => w),
  );
}

/** The running text of prose units without their code spans and link texts (which name things, not words). */
export function plainProse(units: readonly { kind: string; text: string; links: Span[]; code: Span[] }[]): string[] {
  return units
    .filter((unit) => unit.kind !== 'title')
    .map((unit) => {
      let text = unit.text;
      for (const span of [...unit.links, ...unit.code].sort((a, b) => b.start - a.start)) {
        text = text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
      }
      return text;
    });
}
