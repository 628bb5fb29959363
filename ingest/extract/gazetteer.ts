/**
 * The names a document declares, and where they occur. A document tells us its names through titles, link texts,
 * acronym declarations and proper nouns; once known, each name is found wherever the prose uses it.
 */
import { nameKey } from './names.js';
import { ADJECTIVE_SUFFIX } from './proper-nouns.js';

export type NameSignal = 'title' | 'term' | 'link' | 'acronym' | 'proper-noun' | 'code' | 'alias';

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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[-.'’][\p{L}\p{N}+#]+)*[+#]*/gu;
const MAX_NAME_WORDS = 6;

export class Gazetteer {
  /** key → the ways the name is written. */
  private readonly forms = new Map<string, Set<string>>();

  add(name: string): void {
    const key = nameKey(name);
    if (key.length === 0) return;
    const forms = this.forms.get(key) ?? new Set<string>();
    forms.add(name);
    this.forms.set(key, forms);
  }

  has(name: string): boolean {
    return this.forms.has(nameKey(name));
  }

  /**
   * Every occurrence of a known name in a text, longest first and without overlaps. A match must be written as the
   * name is, or be name-shaped itself: "mesh" in prose is not the product titled "Mesh".
   */
  find(text: string): NameMatch[] {
    // "Quux-compatible" is the name Quux used as an adjective.
    const words = [...text.matchAll(WORD)].map((m) => ({
      start: m.index,
      end: m.index + m[0].replace(ADJECTIVE_SUFFIX, '').length,
    }));
    const matches: NameMatch[] = [];
    for (let i = 0; i < words.length;) {
      let found: NameMatch | null = null;
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && !found; n--) {
        const start = words[i].start;
        const end = words[i + n - 1].end;
        const surface = text.slice(start, end);
        if (n > 1 && /[,;:()!?]|\.\s/.test(surface)) continue;
        const key = nameKey(surface);
        const forms = this.forms.get(key);
        if (forms && this.accepts(surface, forms)) found = { start, end, surface: surface.replace(/\s+/g, ' '), key };
        if (found) i += n;
      }
      if (found) matches.push(found);
      else i++;
    }
    return matches;
  }

  private accepts(surface: string, forms: Set<string>): boolean {
    const flat = surface.replace(/\s+/g, ' ');
    if (forms.has(flat)) return true;
    if (/\p{Lu}|\d/u.test(flat)) return true;
    return [...forms].every((form) => form === form.toLowerCase());
  }
}
