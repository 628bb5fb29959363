/**
 * Names known by the company they keep: conjuncts of a coordination ("Zorp, Quux CI and frobd") and the terms of
 * sibling list items ("- zorpDisk: ...", "- quuxFile: ...") are things of one sort, so when most of them are names,
 * the others are names too, even when they occur only there.
 */
import type { ProseUnit } from '../prose.js';
import { coordinations } from './coordination.js';
import { Gazetteer, type NameDeclaration } from './gazetteer.js';
import { identifierSpells } from './identifier-names.js';
import { AMBIGUOUS_LANGUAGES, PROGRAMMING_LANGUAGES } from './lexicon/languages.js';
import { GENERIC_TITLE_WORDS } from './lexicon/section-words.js';
import { isUnknownWord, looksLikeName, namesInLabel } from './name-shapes.js';
import type { Declare } from './types.js';

export function declareSiblingNames(
  units: readonly ProseUnit[],
  declarations: readonly NameDeclaration[],
  strong: Gazetteer,
  commonWords: ReadonlySet<string>,
  declare: Declare,
): void {
  const known = new Gazetteer();
  for (const declaration of declarations) known.add(declaration.name);
  declareCoordinatedNames(units, known, strong, commonWords, declare);
  const written = new Set(declarations.flatMap((declaration) => [declaration.name, ...declaration.aliases]));
  declareListTerms(units, known, strong, written, declare);
}

/** A name written like one, or a lower-case word English does not know. */
function isNameLike(item: string): boolean {
  return (
    // "ZQ/HTTP" is two names, left to what reads slashes.
    (looksLikeName(item) && !NOT_ITEMS.has(item.toLowerCase()) && !item.includes('/')) ||
    (/^\p{Ll}[\p{Ll}\p{N}+-]{2,}$/u.test(item) && isUnknownWord(item))
  );
}

/** Shaped as no ordinary word is, or with a word English does not know: "ZorpDB", "Z8s", "ZAR", "zorpd", "Frobnik". */
function isDistinctiveItem(item: string): boolean {
  return (
    /\p{L}\p{Lu}|\d|^\p{Lu}{2,}/u.test(item) ||
    item.split(/[\s-]+/).some((word) => word.length >= 3 && isUnknownWord(word.toLowerCase().replace(/[^\p{L}]/gu, '')))
  );
}

/** Known, or shaped as no ordinary word is: "ZorpDB", "Z8s", "ZAR", "zorpd". */
function isEvident(item: string, known: Gazetteer): boolean {
  return known.has(item) || /\p{L}\p{Lu}|\d|^\p{Lu}{2,}/u.test(item) || /^\p{Ll}/u.test(item);
}

/**
 * "Zorp, Quux CI, Blipper and frobd": in a coordination with a strongly declared name where most conjuncts already
 * look like names, or one where all do, or a family of names sharing a first word, every conjunct written like a
 * name is one, even when it occurs only there.
 */
function declareCoordinatedNames(
  units: readonly ProseUnit[],
  known: Gazetteer,
  strong: Gazetteer,
  commonWords: ReadonlySet<string>,
  declare: Declare,
): void {
  for (const unit of units) {
    if (unit.kind === 'title') continue;
    for (const items of coordinations(unit.text, isNameLike)) {
      const evident = items.filter((item) => isEvident(item.text, known)).length;
      // "Acme Core, Acme Hub and Acme Edge": a family of names sharing their first word.
      const firsts = new Set(items.map((item) => (item.text.includes(' ') ? item.text.split(' ')[0] : '')));
      const family = firsts.size === 1 && !firsts.has('');
      // Two languages the lexicon knows make a list of languages: "Zorplang, Python, Go and Ruby".
      const languages = items.filter((item) => {
        const lower = item.text.toLowerCase();
        return PROGRAMMING_LANGUAGES.has(lower) && !AMBIGUOUS_LANGUAGES.has(lower);
      }).length;
      const declared = items.some((item) => strong.has(item.text)) || languages >= 2;
      // Names all, by their shape or by words English does not know: "Zorpd, QX and Frobnik", not "Development,
      // QA and Production"; and one capitalised: "ultra-light, ultra-fast, ultra-simple" are words made up on the spot.
      const allEvident =
        items.every((item) => strong.has(item.text) || isDistinctiveItem(item.text)) &&
        items.some((item) => !/^\p{Ll}/u.test(item.text));
      // "includes the Citadon, Warden, and Ferry": capitalised words the document never writes in lower case, listed
      // after an article (people go without one), name things, however English they are.
      const unheard =
        items.every(
          (item) =>
            /^\p{Lu}\p{Ll}+$/u.test(item.text) &&
            !commonWords.has(item.text.toLowerCase()) &&
            !GENERIC_TITLE_WORDS.has(item.text.toLowerCase()),
        ) && /\bthe\s+$/i.test(unit.text.slice(Math.max(0, items[0].start - 8), items[0].start));
      if (!family && !(declared && evident * 2 >= items.length) && !allEvident && !unheard) continue;
      for (const item of items) {
        // "A, B, and mirroring": an English word in lower case is one of the things listed, not a name.
        if (/^\p{Ll}[\p{Ll}-]*$/u.test(item.text) && isInflectedEnglish(item.text)) continue;
        if (!strong.has(item.text)) declare(unit, item.start, item.text, 'list');
      }
    }
  }
}

/** An English word, or one inflected ("mirroring", "tunnels", "bonded"). */
function isInflectedEnglish(word: string): boolean {
  const stems = [word, word.replace(/(?:ing|ed|e?s)$/, ''), word.replace(/(?:ing|ed)$/, 'e')];
  return stems.some((stem) => stem.length >= 3 && !isUnknownWord(stem));
}

/** Capitalised words that open or close a clause without naming anything. */
const NOT_ITEMS = new Set(['this', 'that', 'these', 'those', 'it', 'they', 'we', 'you', 'i', 'there', 'here', 'etc']);

/**
 * "- zorpDisk: To mount ...", "- secret: To attach ...": the terms before the colons of sibling items. When most
 * are known or shaped like names (and one is declared, or there are three or more), each is a name; in a list of
 * identifiers even an English word ("secret") is.
 */
function declareListTerms(
  units: readonly ProseUnit[],
  known: Gazetteer,
  strong: Gazetteer,
  written: ReadonlySet<string>,
  declare: Declare,
): void {
  const lists = new Map<string, { unit: ProseUnit; term: string }[]>();
  for (const unit of units) {
    if (unit.kind !== 'item') continue;
    const match = TERM.exec(unit.text);
    if (!match) continue;
    const key = `${unit.leadIn}|${unit.container}|${unit.section?.line}`;
    // An English word set off by a dash heads a description ("network - Zorp plugs into ..."), not an identifier.
    const term = match[1].trim();
    if (match[2] !== ':' && /^\p{Ll}[\p{L}\p{N}_-]*$/u.test(term) && !isUnknownWord(term)) continue;
    lists.set(key, [...(lists.get(key) ?? []), { unit, term }]);
  }
  for (const items of lists.values()) {
    for (const { unit, term } of items) declareSpeltName(unit, term, known, declare);
    if (items.length < 2) continue;
    const declared = items.some(({ term }) => strong.has(termName(term)));
    const identifiers = items.every(({ term }) => /^[\p{L}\p{N}_-]+$/u.test(term));
    if (items.filter(({ term }) => isEvident(termName(term), known)).length * 2 < items.length) continue;
    if (!declared && items.length < 3) continue;
    for (const { unit, term } of items) {
      // A declared name written in lower case here ("zfs" of "ZFS") is declared as written, so it is found here.
      if (strong.has(termName(term)) && (written.has(term) || !/^\p{Ll}/u.test(term))) continue;
      const [named] = namesInLabel(term);
      if (named && !GENERIC_TITLE_WORDS.has(named.name.toLowerCase()))
        declare(unit, 0, named.name, 'term', named.aliases);
      else if (identifiers && /^\p{Ll}[\p{L}\p{N}_-]{2,}$/u.test(term)) declare(unit, 0, term, 'term');
    }
  }
}

/** "- zorpDisk: To mount a Zorp Data Disk ...": the identifier is another name of the thing its item names. */
function declareSpeltName(unit: ProseUnit, term: string, known: Gazetteer, declare: Declare): void {
  if (!/^[\p{L}][\p{L}\p{N}_-]*$/u.test(term)) return;
  const description = unit.text.slice(term.length + 1);
  const sentence = description.slice(0, description.search(/[.;](?:\s|$)/) + 1 || undefined);
  const spelt = known.find(sentence).find((match) => identifierSpells(term, match.surface));
  if (spelt) declare(unit, 0, spelt.surface, 'alias', [term]);
}

/**
 * "Zorp Mesh (ZM): ..." → "Zorp Mesh (ZM)"; the name inside is read by namesInLabel. A dash between spaces sets a
 * term off as a colon does ("Zorp - For storing images").
 */
const TERM = /^([^:\n]{1,40}?)(:|\s[-–—])\s/;

function termName(term: string): string {
  return namesInLabel(term)[0]?.name ?? term;
}
