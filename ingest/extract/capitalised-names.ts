/**
 * Names a writer marks by capitalising words inside a sentence. A proper-noun phrase seen once is weak evidence (the
 * tagger reads many capitalised openers as names), but capitals in the middle of a sentence are deliberate: "App
 * Engine and Quux Run" capitalises two ordinary words to name a product.
 */
import { GENERIC_TITLE_WORDS } from './lexicon/section-words.js';
import { categoryOf, isPlainPlural } from './name-shapes.js';
import type { Phrase } from './proper-nouns.js';

/** Where a unit's text is already named: its link texts and the declared names found in it. */
export interface NamedSpan {
  start: number;
  end: number;
}

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The phrases of a text that its capitals mark as names, each as written. `lowerPhrases` holds the runs of two and
 * three words the document writes in lower case: "Load Balancing" capitalised once is "load balancing" elsewhere.
 */
export function capitalisedNames(
  text: string,
  phrases: readonly Phrase[],
  named: readonly NamedSpan[],
  lowerPhrases: ReadonlySet<string>,
): Phrase[] {
  const found: Phrase[] = [];
  const isNamed = (phrase: Phrase) => named.some((span) => span.start < phrase.end && phrase.start < span.end);
  for (const phrase of phrases) {
    const words = phrase.text.split(/\s+/);
    // "Quux Run": ordinary words, each capitalised, after a word of the same sentence; not a plural ("Zorp Workers"
    // are kinds of things) nor a part of a longer name or a link text.
    if (
      words.length >= 2 &&
      words.length <= 3 &&
      words.every((word) => TITLE_CASE_WORD.test(word) && !GENERIC_TITLE_WORDS.has(word.toLowerCase())) &&
      !isPlainPlural(words[words.length - 1]) &&
      !lowerPhrases.has(words.join(' ').toLowerCase()) &&
      categoryOf(phrase.text) === null &&
      insideSentence(text, phrase.start) &&
      !isNamed(phrase)
    ) {
      found.push(phrase);
    }
  }
  return found;
}

/** Whether a word of the same sentence comes before: a lower-case word, a number or a comma. */
function insideSentence(text: string, start: number): boolean {
  return /[\p{Ll}\p{N},]\s+$/u.test(text.slice(Math.max(0, start - 40), start));
}

/** The runs of two and three lower-case words of some texts ("load balancing", "fault tolerance"). */
export function lowercasePhrases(texts: Iterable<string>): Set<string> {
  const phrases = new Set<string>();
  for (const text of texts) {
    for (const clause of text.split(/[^\p{L}\s-]+/u)) {
      const words = clause.split(/\s+/).filter(Boolean);
      for (let i = 0; i + 1 < words.length; i++) {
        if (!/^\p{Ll}/u.test(words[i]) || !/^\p{Ll}/u.test(words[i + 1])) continue;
        phrases.add(`${words[i]} ${words[i + 1]}`);
        if (i + 2 < words.length && /^\p{Ll}/u.test(words[i + 2]))
          phrases.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
      }
    }
  }
  return phrases;
}
