/**
 * The names a document declares, and where they occur. A document tells us its names through titles, link texts,
 * acronym declarations and proper nouns; once known, each name is found wherever the prose uses it.
 */
import { asciiNameKey } from './ascii-name-key.js';
import { nameKey } from './names.js';
import { ADJECTIVE_SUFFIX } from './proper-nouns.js';
import { wordSpans } from './word-spans.js';

export type NameSignal =
  'title' | 'term' | 'link' | 'acronym' | 'proper-noun' | 'code' | 'alias' | 'list' | 'compound' | 'concept';

export interface NameDeclaration {
  name: string;
  aliases: string[];
  signal: NameSignal;
  url?: string;
  file: string;
  line: number;
}

export interface NameMatch {
  start: number;
  end: number;
  surface: string;
  key: string;
}

const MAX_NAME_WORDS = 6;
const SEPARATOR = /[\s\-_.'’/]/;

interface Word {
  start: number;
  end: number;
}

/** A run of words whose key is a known name. */
interface Candidate {
  words: number;
  end: number;
  key: string;
}

export class Gazetteer {
  /** key → the ways the name is written. */
  private readonly forms = new Map<string, Set<string>>();
  /** Every prefix of every key: a run of words whose key is no prefix cannot grow into a name. */
  private readonly prefixes = new Set<string>();

  add(name: string): void {
    const key = nameKey(name);
    if (key.length === 0) return;
    const forms = this.forms.get(key);
    if (forms) {
      // The key's prefixes went in with its first form.
      forms.add(name);
      return;
    }
    this.forms.set(key, new Set([name]));
    for (let length = 1; length <= key.length; length++) this.prefixes.add(key.slice(0, length));
  }

  /** A gazetteer with the same names, to add more to. */
  clone(): Gazetteer {
    const copy = new Gazetteer();
    for (const [key, forms] of this.forms) copy.forms.set(key, new Set(forms));
    for (const prefix of this.prefixes) copy.prefixes.add(prefix);
    return copy;
  }

  has(name: string): boolean {
    return this.forms.has(nameKey(name));
  }

  /**
   * Every occurrence of a known name in a text, longest first and without overlaps. A match must be written as the
   * name is, or be name-shaped itself: "mesh" in prose is not the product titled "Mesh".
   */
  find(text: string): NameMatch[] {
    // "Quux-compatible" is the name Quux used as an adjective (only a word with a hyphen can be one).
    const words: Word[] = wordSpans(text);
    for (const word of words) {
      const written = text.slice(word.start, word.end);
      if (written.includes('-')) word.end -= ADJECTIVE_SUFFIX.exec(written)?.[0].length ?? 0;
    }
    const matches: NameMatch[] = [];
    for (let i = 0; i < words.length;) {
      const found = this.longestAt(text, words, i);
      if (found) {
        matches.push(found.match);
        i += found.words;
      } else i++;
    }
    return matches;
  }

  /** The longest known name starting at word `first` that the text writes acceptably, if any. */
  private longestAt(text: string, words: readonly Word[], first: number): { match: NameMatch; words: number } | null {
    const candidates = this.candidatesAt(text, words, first);
    const start = words[first].start;
    for (let c = candidates.length - 1; c >= 0; c--) {
      const { words: n, end, key } = candidates[c];
      const surface = text.slice(start, end);
      if (n > 1 && /[,;:()!?]|\.\s/.test(surface)) continue;
      if (this.accepts(surface, this.forms.get(key)!)) {
        return { match: { start, end, surface: surface.replace(/\s+/g, ' '), key }, words: n };
      }
    }
    return null;
  }

  /**
   * The runs of 1..MAX_NAME_WORDS words from `first` whose key is a known name, shortest first. ASCII runs grow
   * their key piece by piece and stop at the first key no name starts with; anything else is keyed whole.
   */
  private candidatesAt(text: string, words: readonly Word[], first: number): Candidate[] {
    const candidates: Candidate[] = [];
    const start = words[first].start;
    let key: string | null = '';
    let pieceStart = start;
    for (let n = 1; n <= Math.min(MAX_NAME_WORDS, words.length - first); n++) {
      const end = words[first + n - 1].end;
      const piece = key === null ? null : asciiNameKey(text, pieceStart, end);
      if (key !== null && piece !== null) {
        key += piece;
        if (!this.prefixes.has(key)) {
          // Every longer ASCII run extends this key; only a non-ASCII piece ahead could still change it.
          if (this.asciiUpTo(text, end, words, first)) break;
        }
      } else key = null;
      const runKey = key ?? nameKey(text.slice(start, end));
      if (this.forms.has(runKey)) candidates.push({ words: n, end, key: runKey });
      pieceStart = end;
    }
    return candidates;
  }

  /** Whether the text from `from` to the end of the longest run considered from word `first` is ASCII. */
  private asciiUpTo(text: string, from: number, words: readonly Word[], first: number): boolean {
    const last = words[Math.min(first + MAX_NAME_WORDS, words.length) - 1].end;
    for (let i = from; i < last; i++) if (text.charCodeAt(i) > 0x7f) return false;
    return true;
  }

  private accepts(surface: string, forms: Set<string>): boolean {
    const flat = surface.replace(/\s+/g, ' ');
    if (forms.has(flat)) return true;
    // "a QI" is not "AQI": words that only run together into a one-word name must be that name, case and all.
    if (flat.includes(' ') && [...forms].every((form) => !SEPARATOR.test(form))) {
      return forms.has(flat.replace(/ /g, ''));
    }
    if (/\p{Lu}|\d/u.test(flat)) return true;
    return [...forms].every((form) => form === form.toLowerCase());
  }
}
