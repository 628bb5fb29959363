/**
 * Which names a document declares, from its strongest signals to its weakest: section titles, link texts (their URL
 * vouches for lower-case names such as "boxd"), acronym declarations, then proper-noun phrases that do not
 * merely wrap a stronger name.
 */
import type { TaggedText } from '../nlp.js';
import { lineAt, type ProseUnit } from '../prose.js';
import { acronymDeclarations } from './acronyms.js';
import { capitalisedNames, lowercasePhrases } from './capitalised-names.js';
import { codeAliases } from './code-aliases.js';
import { Gazetteer, type NameDeclaration, type NameMatch } from './gazetteer.js';
import { AMBIGUOUS_LANGUAGES, PROGRAMMING_LANGUAGES } from './lexicon/languages.js';
import { GENERIC_TITLE_WORDS } from './lexicon/section-words.js';
import {
  categoryOf,
  isDistinctive,
  isUnknownWord,
  looksLikeName,
  namesInLabel,
  trimGenericWords,
} from './name-shapes.js';
import { cleanName, nameKey } from './names.js';
import { programNames } from './program-names.js';
import { plainProse, properNounPhrases, type Phrase } from './proper-nouns.js';
import { declareSectionShortForms } from './section-short-forms.js';
import { declareSiblingNames } from './sibling-names.js';
import { vouchedWords } from './vouched-words.js';

export function namesDeclaredIn(
  units: readonly ProseUnit[],
  tagged: readonly TaggedText[],
  commonWords: ReadonlySet<string>,
): NameDeclaration[] {
  const declarations: NameDeclaration[] = [];
  const unitOf: ProseUnit[] = [];
  const declare = (
    unit: ProseUnit,
    offset: number,
    name: string,
    signal: NameDeclaration['signal'],
    aliases: string[] = [],
    url?: string,
  ) => {
    // A licence ("Zorp Public License") is a legal text, and an address is where a thing is, not its name.
    if (NOT_A_THING.test(name)) return;
    const declaration: NameDeclaration = { name, aliases, signal, file: unit.file, line: lineAt(unit, offset) };
    if (url !== undefined) declaration.url = url;
    declarations.push(declaration);
    unitOf.push(unit);
  };
  const terms = units.filter((unit) => unit.kind === 'term').map((unit) => unit.text.trim());
  for (const unit of units) {
    // A definition-list term or a list item that is only a name ("zorpsh", "- Linkerz") names a thing.
    if ((unit.kind === 'term' || unit.kind === 'item') && isBareName(unit.text, commonWords)) {
      declare(unit, 0, cleanName(unit.text), 'term');
    } else if (unit.kind === 'term' && isFamilyIdentifier(unit.text.trim(), terms)) {
      declare(unit, 0, unit.text.trim(), 'term');
    }
    if (unit.kind === 'title') {
      const names = namesInLabel(unit.text, commonWords);
      for (const { name, aliases } of names) declare(unit, 0, name, 'title', aliases);
      // "Cloud computing", "Microservices": a section about a concept.
      if (names.length === 0 && isConceptTitle(unit.text)) declare(unit, 0, cleanName(unit.text), 'concept');
      // "Applications using libzorp": a lower-case word of a title that is no English word names a thing.
      for (const match of unit.text.matchAll(/(?<![\p{L}\p{N}-])\p{Ll}[\p{Ll}\p{N}-]{2,}(?![\p{L}\p{N}])/gu)) {
        if (isUnknownWord(match[0])) declare(unit, match.index, match[0], 'title');
      }
    }
    for (const link of unit.links) {
      const names = namesInLabel(link.text, commonWords);
      for (const { name, aliases } of names) declare(unit, link.start, name, 'link', aliases, link.url);
      // A lower-case link text ("boxd") is a name when its URL carries it.
      const text = cleanName(link.text);
      const vouched = link.url !== undefined && urlVouchesFor(link.url, text);
      // The URL outweighs the document writing the name in lower case everywhere ("boxd", "zorpd").
      const lowerName = names.length === 0 && /^\p{Ll}[\p{L}\p{N}.+-]*$/u.test(text) && text.length >= 3;
      if (lowerName && (vouched || isUnknownWord(text))) {
        declare(unit, link.start, text, 'link', [], link.url);
      }
      // "Fnord" linked to .../fnord.md, "Quux Volumes" to .../quux-volumes/: the URL names the thing.
      const ordinary = names.length === 0 && !lowerName && looksLikeName(text) && text.split(' ').length <= 3;
      if (ordinary && vouched && !text.split(' ').every((word) => GENERIC_TITLE_WORDS.has(word.toLowerCase()))) {
        declare(unit, link.start, text, 'link', [], link.url);
      }
    }
    for (const acronym of acronymDeclarations(unit.text)) {
      if (acronym.common) continue;
      // A capitalised category with its acronym is a name too: "Zorp File System (ZFS)".
      const capitalised = acronym.long.split(/\s+/).every((word) => /^[\p{Lu}\d]/u.test(word));
      const named = looksLikeName(acronym.long) || (capitalised && acronym.long.includes(' '));
      if (named && isDistinctive(`${acronym.long} ${acronym.short}`, commonWords)) {
        declare(unit, acronym.start, cleanName(acronym.long), 'acronym', [acronym.short]);
      }
    }
  }
  const strong = new Gazetteer();
  for (const declaration of declarations) {
    if (declaration.signal === 'concept') continue;
    strong.add(declaration.name);
    for (const alias of declaration.aliases) strong.add(alias);
  }
  const declaredNames = declarations.flatMap((d) => [d.name, ...d.aliases]);
  const strongKeys = {
    names: new Set(declaredNames.map(nameKey)),
    acronyms: new Set(declaredNames.filter((name) => /^\p{Lu}{2,}$/u.test(name)).map(nameKey)),
  };
  // Titles capitalise every word: their names come from namesInLabel alone.
  const phrasesOf = units.map((unit, i) =>
    unit.kind === 'title' ? [] : properNounPhrases(unit.text, tagged[i], commonWords),
  );
  const heads = compoundHeads(strong, phrasesOf.flat(), commonWords);
  const lowerPhrases = lowercasePhrases(plainProse(units));
  const capitalised: { unit: ProseUnit; start: number; name: string }[] = [];
  // Lower-case titles ("boxd") are names once a link has vouched for them.
  units.forEach((unit, i) => {
    if (unit.kind === 'title' && strong.has(unit.text) && namesInLabel(unit.text, commonWords).length === 0) {
      declare(unit, 0, cleanName(unit.text), 'title');
    }
    // "Acme's Zorp": the possessor and the thing are two names, and the whole is one way of writing the thing.
    phrasesOf[i].forEach((phrase, p) => {
      const next = phrasesOf[i][p + 1];
      if (next && /^['’]s\s+$/.test(unit.text.slice(phrase.end, next.start))) {
        if (!strong.has(phrase.text)) declare(unit, phrase.start, phrase.text, 'list');
        declare(unit, next.start, next.text, 'alias', [cleanName(unit.text.slice(phrase.start, next.end))]);
      }
    });
    for (const phrase of phrasesOf[i]) {
      const matches = strong.find(phrase.text);
      const headMatches = heads.find(phrase.text);
      const compound = compoundName(phrase.text, headMatches);
      if (compound !== null && !expandsLastName(unit.text, phrase.end, headMatches)) {
        declare(unit, phrase.start + phrase.text.indexOf(compound), compound, 'compound');
        continue;
      }
      // Pieces of a phrase around the names it contains: "Orchestrix Zorp Runtime Interface" is two names.
      let cursor = phrase.start;
      const pieces: { start: number; end: number }[] = [];
      for (const match of matches) {
        pieces.push({ start: cursor, end: phrase.start + match.start });
        cursor = phrase.start + match.end;
      }
      pieces.push({ start: cursor, end: phrase.end });
      for (const piece of pieces) {
        const text = trimGenericWords(cleanName(unit.text.slice(piece.start, piece.end)));
        if (text && looksLikeName(text) && isDistinctive(text, commonWords) && !strong.has(text)) {
          declare(unit, piece.start + unit.text.slice(piece.start, piece.end).indexOf(text), text, 'proper-noun');
        }
      }
    }
    const namedSpans = [...unit.links, ...strong.find(unit.text)];
    for (const name of capitalisedNames(unit.text, phrasesOf[i], namedSpans, lowerPhrases)) {
      // "Atomic Zorp" after "Acme Atomic Zorp": the longer name written short.
      const shortened = declaredNames.some((declared) => declared.endsWith(` ${cleanName(name.text)}`));
      if (!strong.has(name.text) && !shortened)
        capitalised.push({ unit, start: name.start, name: cleanName(name.text) });
    }
    // "each agent is referred to as a Zorp minion": what a naming verb names is a name, written as it may be.
    for (const match of unit.text.matchAll(NAMING_CUE)) {
      const named = cleanName(match[1]);
      const [first, ...rest] = named.split(' ');
      if (rest.length === 1 && heads.has(first) && !heads.has(named) && /^[\p{L}-]+$/u.test(rest[0])) {
        declare(unit, match.index + match[0].length - match[1].length, named, 'compound');
      }
    }
    // "Orchestrix, also known as O8x", "zorp-manager (aka VMM)": the name after the cue is an alias.
    for (const match of unit.text.matchAll(ALIAS_CUE)) {
      const alias = cleanName(match[1]);
      const subject = strong.find(unit.text.slice(Math.max(0, match.index - 80), match.index)).pop();
      if (subject && looksLikeName(alias, true) && nameKey(alias) !== subject.key) {
        declare(unit, match.index, subject.surface, 'alias', [alias]);
      }
    }
    // "the Acme Storage service (``zorp``)", "the Quux service, codenamed ``blip``": another name of the thing.
    if (unit.code.length > 0 || /code-?\s?name/i.test(unit.text)) {
      const named = [...strong.find(unit.text).map((m) => ({ ...m, text: m.surface })), ...phrasesOf[i]];
      for (const found of codeAliases(unit, named)) declare(unit, found.start, found.name, 'alias', [found.alias]);
    }
    // "a python service", "a zorplang script": a language the lexicon knows, written in lower case before a noun.
    for (const match of unit.text.matchAll(LOWER_LANGUAGE)) {
      const lower = match[1];
      if (PROGRAMMING_LANGUAGES.has(lower) && !AMBIGUOUS_LANGUAGES.has(lower)) {
        declare(unit, match.index, `${lower[0].toUpperCase()}${lower.slice(1)}`, 'list');
      }
    }
    // "written in portable Zorplang", "written in C": the language, whatever else its name means.
    for (const match of unit.text.matchAll(WRITTEN_IN)) {
      if (PROGRAMMING_LANGUAGES.has(match[1].toLowerCase())) {
        declare(unit, match.index + match[0].length - match[1].length, match[1], 'list');
      }
    }
    for (const code of unit.code) {
      // ... or a lower-case word of code that is no English word: a program or library ("``zorpctl``").
      const unknown = /^\p{Ll}[\p{Ll}-]{2,}$/u.test(code.text) && isUnknownWord(code.text);
      if (strong.has(code.text) || unknown) declare(unit, code.start, code.text, 'code');
    }
    if (unit.kind !== 'title') {
      for (const program of programNames(unit.text, strongKeys)) declare(unit, program.start, program.name, 'code');
    }
  });
  // "a shell around zorpvirt" where a link points to zorpvirt.example: a lower-case name in running prose.
  for (const { unit, start, name } of vouchedWords(units)) if (!strong.has(name)) declare(unit, start, name, 'code');
  declareSiblingNames(units, declarations, strong, commonWords, declare);
  // After the coordinations, which name some of the same phrases with more to go on.
  const listed = new Set(declarations.filter((d) => d.signal !== 'proper-noun').map((d) => d.name));
  for (const { unit, start, name } of capitalised) {
    // A name of several words is a name of its own, not a narrower use of its last word ("Quux Zorpix" is no Zorpix).
    if (!listed.has(name)) declare(unit, start, name, /\s/.test(name) ? 'compound' : 'list');
  }
  declareSectionShortForms(units, declarations, unitOf, declare);
  return declarations;
}

/**
 * "Zorp Client", "Acme IoT Hub": a proper-noun phrase that opens with a declared name and goes on with words of its
 * own names a part or product of that name, not two things, unless what follows is a name of several words itself
 * ("Orchestrix Zorp Runtime Interface") or only generic words ("Zorp Networking").
 */
export function compoundName(phrase: string, matches: readonly NameMatch[]): string | null {
  if (matches.length === 0 || matches[0].start !== 0) return null;
  const whole = trimGenericWords(cleanName(phrase));
  const rest = whole.slice(matches[0].end).trim();
  if (!rest || !looksLikeName(whole) || !whole.startsWith(phrase.slice(0, matches[0].end))) return null;
  if (matches.slice(1).some((match) => match.surface.includes(' '))) return null;
  if (rest.split(/\s+/).every((word) => GENERIC_TITLE_WORDS.has(word.toLowerCase()))) return null;
  // "Zorp Logging Drivers", "Zorp proxy": a category the name qualifies or is, not a product of its own.
  if (categoryOf(rest) !== null) return null;
  return whole;
}

/**
 * The names a compound may open with: the declared names, and one-word proper nouns the text uses alone at least
 * twice ("Azurite ... Azurite" makes "Azurite IoT Hub" a product of Azurite).
 */
function compoundHeads(strong: Gazetteer, phrases: readonly Phrase[], commonWords: ReadonlySet<string>): Gazetteer {
  const heads = strong.clone();
  const uses = new Map<string, number>();
  for (const { text } of phrases) if (!/\s/.test(text)) uses.set(text, (uses.get(text) ?? 0) + 1);
  for (const [word, count] of uses) {
    if (count >= 2 && looksLikeName(word) && isDistinctive(word, commonWords)) heads.add(word);
  }
  return heads;
}

/**
 * "the Orchestrix ZRI (Zorp Runtime Interface)": a bracket that expands the last name of a phrase tells that the
 * phrase is that name qualified, not a product of its own.
 */
function expandsLastName(text: string, end: number, matches: readonly NameMatch[]): boolean {
  const bracket = /^\s*\(/.exec(text.slice(end));
  if (!bracket || matches.length < 2) return false;
  const last = matches[matches.length - 1].surface;
  return acronymDeclarations(text).some((d) => d.short === last && d.start >= end && d.start <= end + 4);
}

const NAMING_CUE =
  /\b(?:referred\s+to\s+as|called|named)\s+(?:an?\s+|the\s+)?(\p{Lu}[\p{L}\p{N}+#-]*(?:\.[\p{L}\p{N}]+)*\s+[\p{L}][\p{L}\p{N}-]*)/gu;

const NOT_A_THING = /\bLicen[cs]es?$|:\/\/|^www\./i;

const LOWER_LANGUAGE = /(?<![\p{L}\p{N}_./-])(\p{Ll}+)(?=\s+(?:service|script|program)s?\b)/gu;

const WRITTEN_IN = /\bwritten\s+(?:\p{Ll}+ly\s+)?in\s+(?:[\p{Ll}-]+\s+)?(\p{Lu}[\p{L}+#]*)(?![\p{L}\p{N}+#])/gu;

// A dot inside a word ("zorp.io") is part of it; a full stop ends the alias.
const ALIAS_CUE =
  /\b(?:[Aa]lso\s+known\s+as|[Aa]lso\s+called|a\.k\.a\.?|aka|[Ff]ormerly(?:\s+known\s+as)?)\s+([\p{L}\p{N}](?:[\p{L}\p{N}+#-]|\.(?=[\p{L}\p{N}]))*(?:\s+\p{Lu}(?:[\p{L}\p{N}+#-]|\.(?=[\p{L}\p{N}]))*){0,2})/gu;

/** Whether a URL's host or path carries the name ("boxd" at boxd.io, "runz" at .../runz). */
export function urlVouchesFor(url: string, name: string): boolean {
  const key = nameKey(name);
  if (key.length < 3) return false;
  // A path part names the thing without its file extension and in the singular: "zorps" at ".../zorp.md".
  const keys = new Set([key, key.replace(/([^s])s$/, '$1')]);
  try {
    const { hostname, pathname } = new URL(url);
    return (
      nameKey(hostname).includes(key) ||
      pathname.split('/').some((part) => keys.has(nameKey(part.replace(/\.(?:md|html?|rst|txt)$/i, ''))))
    );
  } catch {
    return false;
  }
}

/**
 * A title that is a short singular noun phrase of its own: not an aspect ("Benefits", "Key features"), not a
 * category ("Container Runtimes", "Web applications"), not a task ("Creating a volume"), a coordination, a title
 * with a colon or brackets, or one with a name in it.
 */
export function isConceptTitle(title: string): boolean {
  const words = cleanName(title).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3 || /[:()/,]|\s[-–—]\s/.test(title)) return false;
  if (words.some((word) => /^(?:and|or|vs\.?|versus|for|of|to|in|on|with|the|a|an)$/i.test(word))) return false;
  if (/ing$/i.test(words[0]) && words.length > 1) return false;
  // A plural title ("Web applications") is the kind of what its section lists; a name in it is what it is about.
  if (/[^s]s$/i.test(words[words.length - 1])) return false;
  if (words.some((word) => /^\p{Ll}/u.test(word) && isUnknownWord(word))) return false;
  if (words.every((word) => GENERIC_TITLE_WORDS.has(word.toLowerCase()))) return false;
  if (categoryOf(words.join(' ')) !== null) return false;
  return /^\p{Lu}/u.test(words[0]) && words.every((word) => /^[\p{L}-]+$/u.test(word));
}

/**
 * "zorp-conductor" among the terms "zorp-api" and "zorp-agent": hyphenated lower-case terms sharing their first part
 * are the programs of one family, even when each part is an English word.
 */
function isFamilyIdentifier(term: string, terms: readonly string[]): boolean {
  const family = /^(\p{Ll}{3,})(?:-[\p{Ll}\p{N}]+)+$/u.exec(term);
  return family !== null && terms.some((other) => other !== term && other.startsWith(`${family[1]}-`));
}

/** A short text that is only a name: name-shaped words, or one lower-case word the document does not use as a word. */
export function isBareName(text: string, commonWords: ReadonlySet<string>): boolean {
  const name = cleanName(text);
  if (name.length === 0 || name.length > 40 || /[,;:!?]/.test(name)) return false;
  if (looksLikeName(name) && isDistinctive(name, commonWords)) return true;
  return /^\p{Ll}[\p{L}\p{N}.+_-]*$/u.test(name) && name.length >= 3 && (!commonWords.has(name) || isUnknownWord(name));
}
