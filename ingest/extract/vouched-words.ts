/**
 * Lower-case names in running prose that a link of the document vouches for: "a shell around zorpvirt" where some
 * link points to zorpvirt.example or to .../acme/zorpvirt/... A word English does not know is not yet a name (it may
 * be a typo or a unit), but one the document's own links carry as a host or a repository is.
 */
import type { ProseUnit } from '../prose.js';
import { isEnglishWord } from '../nlp.js';
import { isUnknownWord } from './name-shapes.js';

export interface VouchedWord {
  unit: ProseUnit;
  start: number;
  name: string;
}

const LOWER_WORD = /(?<![\p{L}\p{N}_./:@-])\p{Ll}[\p{Ll}\p{N}]{3,}(?![\p{L}\p{N}_]|[./-][\p{L}\p{N}])/gu;

/** The words of the document's link addresses: host labels and path parts ("zorpvirt" of zorpvirt.example/a). */
function urlWords(units: readonly ProseUnit[]): Set<string> {
  const words = new Set<string>();
  for (const link of units.flatMap((unit) => unit.links)) {
    if (link.url === undefined) continue;
    try {
      const { hostname, pathname } = new URL(link.url);
      for (const label of hostname.split('.')) words.add(label.toLowerCase());
      for (const part of pathname.split('/')) words.add(part.replace(/\.(?:md|html?|rst|txt)$/i, '').toLowerCase());
    } catch {
      // An address that does not parse vouches for nothing.
    }
  }
  return words;
}

/** Each lower-case word of prose (outside links and code) that the document's links vouch for. */
export function vouchedWords(units: readonly ProseUnit[]): VouchedWord[] {
  const vouching = urlWords(units);
  const found: VouchedWord[] = [];
  for (const unit of units) {
    if (unit.kind === 'title') continue;
    const marked = [...unit.links, ...unit.code];
    for (const match of unit.text.matchAll(LOWER_WORD)) {
      const start = match.index;
      const end = start + match[0].length;
      if (marked.some((span) => span.start < end && start < span.end)) continue;
      const word = match[0];
      if (vouching.has(word) && isUnknownWord(word) && !isPluralShaped(word) && !isGlued(word)) {
        found.push({ unit, start, name: word });
      }
    }
  }
  return found;
}

/** "zorplets", "docs": the plural of some word, a kind of thing or an abbreviation, not a program's name. */
function isPluralShaped(word: string): boolean {
  return /[^s]s$/.test(word);
}

/** "opensource": two English words written together, a phrase in an address, not a name. */
function isGlued(word: string): boolean {
  for (let i = 4; i <= word.length - 4; i++) {
    if (isEnglishWord(word.slice(0, i)) && isEnglishWord(word.slice(i))) return true;
  }
  return false;
}
