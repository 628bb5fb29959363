/**
 * Programs and packages written in lower case in running prose: "zorp-ctl, a utility for ...", "the zorpdb-server
 * queries", "the lcfg-zorp package". Such a word is a name when it is hyphenated and one of its parts is no English
 * word ("zorp-ctl"), or when it is built on a name the document declares ("zorpd", "acme-zorp" where Zorp is known).
 * Hyphenated English ("multi-tenant", "kernel-based", "non-ZQ") is no name.
 */
import { isUnknownWord } from './name-shapes.js';
import { nameKey } from './names.js';
import { ADJECTIVE_SUFFIX } from './proper-nouns.js';

export interface ProgramName {
  start: number;
  name: string;
}

/**
 * A lower-case word with at least one inner hyphen, or one plain word, standing alone: not inside a path, a URL, a
 * file name or an identifier ("a/b-c", "b-c.rst", "x_b-c").
 */
const LOWER_WORD =
  /(?<![\p{L}\p{N}_./:@~=$-])\p{Ll}[\p{Ll}\p{N}]*(?:-[\p{Ll}\p{N}]+)*(?![\p{L}\p{N}_/@=-]|\.[\p{L}\p{N}])/gu;

/** Prefixes English writes with a hyphen ("multi-node", "re-use"): the word they open is English. */
const HYPHEN_PREFIXES = new Set([
  'anti',
  'auto',
  'bi',
  'co',
  'cross',
  'de',
  'e',
  'extra',
  'hyper',
  'inter',
  'intra',
  'meta',
  'micro',
  'mid',
  'mini',
  'multi',
  'non',
  'off',
  'on',
  'out',
  'over',
  'post',
  'pre',
  'pro',
  're',
  'self',
  'semi',
  'sub',
  'super',
  'tri',
  'ultra',
  'un',
  'under',
]);

/**
 * The lower-case program names of a text. `declaredKeys` are the keys of the names the document declares; a word
 * made of one of them and a short part ("zorpd", "zorp-ui") or another word ("acme-zorp") is a program of it.
 */
export function programNames(text: string, declared: DeclaredKeys): ProgramName[] {
  const found: ProgramName[] = [];
  for (const match of text.matchAll(LOWER_WORD)) {
    if (isProgramName(match[0], declared)) found.push({ start: match.index, name: match[0] });
  }
  return found;
}

/** The keys of the names a document declares, and of those it writes as acronyms ("ZTP"). */
export interface DeclaredKeys {
  names: ReadonlySet<string>;
  acronyms: ReadonlySet<string>;
}

export function isProgramName(word: string, { names: declaredKeys, acronyms }: DeclaredKeys): boolean {
  const parts = word.split('-');
  if (declaredKeys.has(nameKey(word))) return false; // already a name: nothing to add
  if (parts.length === 1) {
    // "zorpd", "zorpctl": a declared name and a letter or two of a program's suffix.
    return /^\p{Ll}{5,}$/u.test(word) && builtOnDeclared(word, declaredKeys) && isUnknownWord(word);
  }
  if (HYPHEN_PREFIXES.has(parts[0]) || ADJECTIVE_SUFFIX.test(word) || /ed$|ing$/.test(parts[parts.length - 1])) {
    return false;
  }
  if (!parts.every((part) => /^\p{Ll}[\p{Ll}\p{N}]*$/u.test(part))) return false;
  // A part that is no English word of three letters or more ("zorp" in "zorp-ctl"), or one that is a declared name;
  // an acronym in lower case before an English word is that acronym's thing ("ztp-server" is a ZTP server).
  return parts.some(
    (part) =>
      (/^\p{Ll}{3,}$/u.test(part) && isUnknownWord(part) && !acronyms.has(part)) ||
      (part.length >= 4 && declaredKeys.has(part) && !acronyms.has(part)),
  );
}

/** "zorpd" and "zorpctl" are built on "zorp": the name, then a short suffix that is no inflection ("zorps"). */
function builtOnDeclared(word: string, declaredKeys: ReadonlySet<string>): boolean {
  for (let cut = 1; cut <= 3 && word.length - cut >= 4; cut++) {
    const suffix = word.slice(-cut);
    // "zorpified" is an inflection, and so is "namespace" + "d".
    if (declaredKeys.has(word.slice(0, -cut)) && !INFLECTIONS.has(suffix) && !/ed$/.test(word)) return true;
  }
  return false;
}

const INFLECTIONS = new Set(['s', 'es', 'ed', 'er', 'ers', 'ing', 'ly']);
