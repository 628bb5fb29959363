/**
 * The phrase patterns sentence reading looks for between and around names: copulas, example intros, role nouns,
 * modifiers and the words that say whose predicate follows.
 */
import type { Cue } from './lexicon/cues.js';
import { singular } from './names.js';
import type { Slot } from './types.js';

export const PRONOUN_START =
  /^\s*(?:it|this|they|these|the (?:project|tool|platform|service|software|product|framework|system))\b/i;
export const COPULA_CATEGORY =
  /(?:^|\s)(?:is|are|was|were|(?:(?:can|may|could)\s+)?(?:work|works|act|acts|serve|serves|function|functions|run|runs)\s+as)\s+(?:also\s+|basically\s+|essentially\s+|primarily\s+|mainly\s+)?(?:an?|the|one\s+of\s+the|another)?\s*(?:(?!(?:into|with|by|from|to|for|on|in|of|at|not)\s)(?:[a-z0-9]+-[a-z0-9-]+|[a-z0-9]+(?<![^-]ed)),?\s+){0,4}$/;
export const APPOSITION_CATEGORY = /^\s*(?:[,(]\s*(?:an?|the)|:\s*(?:an?|the)?)\s+(?:[a-z0-9-]+\s+){0,3}$/;
export const EXAMPLES_INTRO =
  /^\s*(?:[a-z]+\s*)?,?\s*(?:such\s+as|like|including|e\.g\.,?|for\s+(?:example|instance),?|called|named|known\s+as|\(\s*(?:say|e\.g\.,?|such\s+as|like))\s*$/;
/** Cues read on through a modifier in their object phrase to the examples after it ("Zorp-based tools including"). */
export const CARRIED = new Set(['SUPPORTS', 'USES', 'INTEGRATES_WITH']);
export const MODIFIED_EXAMPLES = /^-?[a-z]+\s+(?:[a-z-]+\s+){0,3},?\s*(?:including|such\s+as|like|e\.g\.,?)\s*$/;
export const TOOL_FOR: Cue = { type: 'SUPPORTS', pattern: 'for', confidence: 0.65 };
/** "Zorp: a workflow engine for Quux", "Zorp is a backend for Quux": the name defined is a tool made for the object. */
export const TOOL_FOR_GAP =
  /^\s*(?::\s*(?:an?\s+|the\s+)?|\s(?:is|are)\s+(?:an?|the)\s+)(?:[a-z0-9-]+,?\s+){0,3}(?:platform|engine|framework|tool|backend|plugin|add-on|addon|module|driver|solution|network|layer|operator|controller|extension|library|client|runtime|provisioner|orchestrator)\s+for\s+(?:the\s+)?$/;
/** The words before a name whose supported things a sentence lists. */
export const SUPPORTED_LEAD =
  /^\s*(?:(?:the\s+)?supported\s+(?:[\w/-]+\s+){1,3}(?:for|by|in|on|of)|(?:[\w/-]+\s+){1,3}(?:supported\s+(?:by|in|on)|(?:that|which)\s+(?:support|work\s+with)\b[^,;:]*\s(?:using|with|for|by|in|on)))\s+$/i;
/** The plural noun a supported-things lead names: "Supported tracers for", "Volume types supported by". */
export const HEADS_ARE =
  /^\s*(?:some\s+of\s+)?(?:the\s+)?(?:main|popular|common|best|major|most\s+[a-z]+|well-known|leading|notable)?\s*([a-z]+[^s\s])s\s+(?:are|include)\s*:?\s*$/;
export const EXAMPLES_OF = /\bexamples?\s+of\s+$/;
export const EXAMPLES_ARE =
  /^\s*(?:(?:some\s+)?(?:popular\s+|common\s+|other\s+)?examples?(?:\s+(?:are|include|includes)|\s*:)|e\.g\.|for\s+(?:example|instance))\s*:?\s*$/i;

const MANAGED_ON: Cue = { type: 'BUILT_ON', pattern: 'on', confidence: 0.75 };
/**
 * "Offers a managed Zorp service on Quux": what the subject offers is hosted on the name after the service noun, so
 * the subject (not the name the service is of) is built on it. The cue to read, or null.
 */
export function managedOfferOn(before: string, gap: string): Cue | null {
  const hosted =
    /^\s*(?:[a-z-]+\s+)?(?:services?|clusters?|instances?|environments?)\s+on\s+(?:the\s+)?$/.test(gap) &&
    /(?:^|\s)(?:offers?|offering|provides?|providing)\s+(?:an?\s+)?(?:fully\s+)?(?:managed|hosted)\s+$/i.test(before);
  return hosted ? MANAGED_ON : null;
}

/** "Zorpix distributions": the capitalised name a distribution category is of, as written. */
export function distributed(text: string, category: Slot): string | null {
  const match = /^((?:\p{Lu}[\p{L}\p{N}-]*\s+){1,2})distributions?$/u.exec(text.slice(category.start, category.end));
  return match ? match[1].trim() : null;
}

export const PARTICIPLE_ON = /^\s*(?:[a-z-]+\s*)?[,(]?\s*(?:[a-z]+ly\s+)?[a-z]+\s+by\s+(?:the\s+|an?\s+)?$/;
export const PLURAL_NOUN_RELATIVE = /\b[a-z-]+[^s\s]s\s*,?\s+(?:which|that)\s+(?:are|were)\s+(?:[a-z0-9-]+\s+){0,3}$/;
/** After a listed name: the list goes on or stops ("Zorp, Quux."). */
export const LIST_GOES_ON = /^(?:\s*(?:[,.;/]|\band\b|\bor\b|etc\b|$))/;
/** Kind nouns that may follow a category phrase as its real head ("Zorp kernel technology called"). */
const KIND_NOUN_AFTER =
  /^\s*(technology|technologies|software|solutions?|products?|projects?|services?|systems?|platforms?|frameworks?|engines?|tools?)\s+(?:called|named|known\s+as)\s*$/;
/** The kind examples after a category are of: "a Quux kernel technology called Zorp" narrows it to the noun. */
export function examplesKind(category: string, gap: string): string {
  const noun = KIND_NOUN_AFTER.exec(gap);
  return noun ? `${category} ${singular(noun[1])}` : category;
}
export const IMPLEMENTER_HEAD = /\b(?:plugin|driver|runtime|implementation|provider)$/;
// "a Quux-based tool", and after a copula "is a Quux based tool", but not "Zorp based on Quux" (a subject there).
export const MODIFIER_SUFFIX =
  /^(?:-(?:compatible|compliant|conformant|certified|based|powered)\b|\s(?:based|powered)\s+(?!on\b|upon\b|off\b|out\b|by\b)[a-z])/;
export const ROLE_SUFFIX = /^\s+(?:plugin|backend|driver|provider|add-on|addon|extension|module|connector|adapter)\b/;
export const HAS_AS_ROLE =
  /^\s+as\s+(?:a|an|the|its|their)?\s*(?:default\s+|primary\s+|main\s+)?(?:provider|backend|plugin|driver|runtime|target)s?\b/;
export const NOUN_CUE = /\b(?:products?|projects?|offerings?|tools?|services?|software)\s+(?:from|by)\s+$/;
export const PREDICATE_START =
  /^\s*(?:also\s+)?(?:supports|uses|manages|provides|allows|enables|runs|implements|integrates|offers|orchestrates|leverages|requires|works)\b/;
