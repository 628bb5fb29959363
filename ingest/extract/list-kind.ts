/**
 * The kind a listed name is of, read from the plural noun phrase that announces the list: "supports the following
 * storage backends:", "Supported tracers for Zorp include". A bare head too generic to be a category on its own
 * ("drivers", "plugins") and words that are no kind ("options", "features") give none.
 */
import { QUALIFIED_ONLY_HEADS } from './lexicon/categories.js';
import { singular } from './names.js';

/** Words that are no kind, whatever narrows them ("storage options"). */
const NOT_KINDS = new Set(
  'examples options ways steps things features benefits details notes links resources reasons cases others items'.split(
    ' ',
  ),
);
/** Words that are a kind only when narrowed ("volume types", not "types"). */
const BARE_NOT_KINDS = new Set(
  'types kinds sorts versions releases commands functions operations tasks actions'.split(' '),
);
/** Words that end a noun phrase without being its head. */
const NOT_HEAD_WORDS =
  /^(?:these|those|this|the|its|their|our|your|following|many|several|various|some|other|as|is|was|has|does|ones)$/;

/** The singular kind of a plural noun phrase of one to three lower-case words ("storage backends"), or null. */
export function kindOfPlural(phrase: string): string | null {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  if (words.length === 0 || words.length > 3) return null;
  const last = words[words.length - 1];
  if (!/^[a-z][a-z-]*[^s]s$/.test(last) || last.length <= 3 || NOT_KINDS.has(last)) return null;
  if (words.some((word) => NOT_HEAD_WORDS.test(word) || !/^[a-z][a-z0-9/-]*$/.test(word))) return null;
  words[words.length - 1] = singular(last);
  if (words.length === 1 && (QUALIFIED_ONLY_HEADS.has(words[0]) || BARE_NOT_KINDS.has(last))) return null;
  return words.join(' ');
}

/** The verb (and an adverb) right before the determiner: "supports the following X:", not "has Ys in different Zs:". */
const ANNOUNCED =
  /^\s*(?:[a-z]+\s+){1,2}(?:the\s+following|these|several|various|many|some|multiple|different)\s+((?:[a-z][a-z0-9/-]*\s+){0,2}[a-z][a-z-]*s)(?:\s+(?:on|for|in|with|of|from)\s+[^:;]*?)?\s*:\s*$/i;

/** "supports the following storage backends on Quux:": the kind of each name listed after the colon. */
export function announcedKind(textBeforeList: string): string | null {
  const match = ANNOUNCED.exec(textBeforeList);
  return match ? kindOfPlural(match[1]) : null;
}

/** The plural noun a supported-things lead names: "Supported tracers for", "Volume types supported by". */
const SUPPORTED_KIND =
  /^\s*(?:(?:the\s+)?supported\s+((?:[\w/-]+\s+){0,2}[\w/-]+)\s+(?:for|by|in|on|of)|((?:[\w/-]+\s+){0,2}[\w/-]+)\s+(?:supported|that|which)\b)/i;

/** "Supported tracers for Zorp include": the kind of each name listed after it (a tracer). */
export function supportedKind(lead: string): string | null {
  const plural = SUPPORTED_KIND.exec(lead);
  return plural ? kindOfPlural(plural[1] ?? plural[2]) : null;
}
