/**
 * Relation cues: how English prose states each relation between two names, as patterns over the words between
 * them. A pattern matches the END of the gap before the object (filler words may follow the cue: "uses an extended
 * version of the <Proxo> proxy"). `reverse` cues state the relation from the object's side ("is used by").
 * Order matters: the first cue that matches wins, so the more specific ones come first.
 */
import type { RelationType } from '../../../graph/types.js';

export interface Cue {
  type: RelationType;
  pattern: string;
  reverse?: boolean;
  confidence: number;
  /** The object follows the cue word directly ("a managed Zorp"), with no filler words between. */
  adjacent?: boolean;
  /** A reduced relative clause ("Zorp, managed by Quux"): it is about the name right before it, nowhere else. */
  participle?: boolean;
}

const BE = '(?:is|are|was|were|been|being|be)';
const ADV = '(?:[a-z]+ly\\s+)?';

export const CUES: readonly Cue[] = [
  // BUILT_ON before IMPLEMENTS: "implemented on top of" is about foundations.
  {
    type: 'BUILT_ON',
    pattern: `${ADV}(?:built|based|developed|implemented|layered|constructed|designed|running|runs?|sits?)\\s+(?:directly\\s+)?(?:on\\s+top\\s+of|atop)`,
    confidence: 0.9,
  },
  // "deployed on top of Zorp", "application delivery on top of Zorp": whatever stands on top of a name is built on it.
  { type: 'BUILT_ON', pattern: 'on\\s+top\\s+of', confidence: 0.8 },

  { type: 'BUILT_ON', pattern: `${ADV}(?:built|based|layered|constructed)\\s+(?:up)?on`, confidence: 0.9 },
  {
    type: 'BUILT_ON',
    pattern: '(?:a\\s+)?(?:fork\\s+of|forked\\s+from|derived\\s+from|powered\\s+by|based\\s+(?:off|out)\\s+of)',
    confidence: 0.85,
  },
  {
    type: 'DISTRIBUTION_OF',
    pattern: '(?:distributions?|packag(?:ing|ed\\s+version)|flavou?rs?|editions?|variants?|(?:a|the)\\s+version)\\s+of',
    confidence: 0.85,
  },
  {
    type: 'IMPLEMENTS',
    pattern:
      '(?:implementations?\\s+of|(?:implements?|implementing)|(?:conforms?|conforming|adheres?|adhering)\\s+to|compliant\\s+with|compl(?:ies|y)\\s+with|conformant\\s+with)',
    confidence: 0.9,
  },
  {
    type: 'WRITTEN_IN',
    pattern: `${ADV}(?:written|implemented|developed|coded|programmed)\\s+(?:entirely\\s+|mostly\\s+|mainly\\s+|purely\\s+)?in`,
    confidence: 0.9,
  },
  {
    type: 'DEVELOPED_BY',
    pattern: `${ADV}(?:developed|created|maintained|written|started|sponsored|founded|designed|open[- ]sourced|released|backed|made|owned|acquired|authored|originated|led|governed|donated|invented|pioneered|provided|offered|distributed)\\s+(?:(?![a-z]+[ai]ble\\s)\\w+\\s+)?by`,
    confidence: 0.9,
  },
  {
    type: 'DEVELOPED_BY',
    pattern: '(?:products?|projects?|tools?|offerings?|initiatives?|software|services?)\\s+(?:from|by)',
    confidence: 0.75,
  },
  { type: 'USES', pattern: `${BE}\\s+${ADV}used\\s+(?:by|in|within|inside)`, reverse: true, confidence: 0.85 },
  {
    type: 'USES',
    pattern: '(?:mainly\\s+|mostly\\s+|primarily\\s+|widely\\s+|also\\s+)?used\\s+by',
    reverse: true,
    confidence: 0.8,
  },
  { type: 'BUILT_ON', pattern: '(?:powers|powering)', reverse: true, confidence: 0.8 },
  {
    type: 'MANAGES',
    pattern: `${BE}\\s+${ADV}(?:managed|orchestrated|provisioned|scheduled|controlled|administered)\\s+by`,
    reverse: true,
    confidence: 0.85,
  },
  { type: 'SUPPORTS', pattern: `${BE}\\s+${ADV}supported\\s+(?:by|on|in)`, reverse: true, confidence: 0.8 },
  {
    type: 'MANAGES',
    pattern: `${ADV}(?:managed|orchestrated|provisioned|scheduled|controlled|administered)\\s+by`,
    reverse: true,
    participle: true,
    confidence: 0.8,
  },
  {
    type: 'PART_OF',
    pattern: `${BE}\\s+(?:now\\s+|currently\\s+|also\\s+)?(?:an?\\s+|the\\s+)?(?:[a-z-]+\\s+)?(?:parts?|components?|modules?|sub-?projects?|pieces?|members?|subsystems?)\\s+of`,
    confidence: 0.85,
  },
  {
    type: 'PART_OF',
    pattern: '(?:part\\s+of|belongs?\\s+to|(?:included|bundled|shipped|embedded)\\s+(?:in|with)|components?\\s+of)',
    confidence: 0.75,
  },
  // "Zorp offers various products and services like Zorp Hub, ...": a portfolio's members are its parts.
  {
    type: 'PART_OF',
    pattern:
      '(?:offers?|provides?|includes?)\\s+(?:[a-z-]+\\s+){0,2}(?:products?|services?|components?|modules?)(?:\\s+and\\s+(?:products?|services?|components?|modules?))?\\s*,?\\s*(?:like|such\\s+as|including|e\\.g\\.,?)',
    reverse: true,
    confidence: 0.75,
  },
  {
    type: 'PART_OF',
    pattern: '(?:consists?|consisting|composed|made\\s+up)\\s+of|compris(?:es?|ing)',
    reverse: true,
    confidence: 0.8,
  },
  {
    type: 'ALTERNATIVE_TO',
    pattern:
      '(?:alternatives?\\s+to(?:\\s+(?:using|running|deploying))?|instead\\s+of|replacements?\\s+(?:for|of)|compet(?:es|ing)\\s+with|competitors?\\s+(?:of|to)|(?:(?:is|are)\\s+(?:roughly\\s+|functionally\\s+)?)?equivalents?\\s+(?:to|of)|(?:fully\\s+|completely\\s+)?(?:replaces|replaced|replacing|supersedes|superseded|superseding)|vs\\.?|versus|rather\\s+than|as\\s+opposed\\s+to|compared\\s+(?:to|with))',
    confidence: 0.8,
  },
  {
    type: 'INTEGRATES_WITH',
    pattern:
      '(?:integrates?\\s+(?:well\\s+|tightly\\s+|natively\\s+)?(?:with|into)|integrated\\s+(?:with|into)|integrations?\\s+(?:with|for)|works?\\s+(?:well\\s+|together\\s+|seamlessly\\s+)?with|in\\s+conjunction\\s+with|together\\s+with|interoperates?\\s+with|(?<!\\bto\\s(?:[a-z]+ly\\s)?)interact(?:s|ing)?\\s+with|plugs?\\s+into|combined\\s+with|alongside)',
    confidence: 0.8,
  },
  { type: 'DEVELOPED_BY', pattern: '^\\s*from', confidence: 0.6 },
  {
    type: 'DEVELOPED_BY',
    pattern:
      '(?:provides|offers|develops|maintains|makes|ships|sells)\\s+(?:[a-z0-9-]+\\s+){0,3}(?:products?|projects?)',
    reverse: true,
    confidence: 0.7,
  },
  {
    type: 'SUPPORTS',
    pattern:
      '(?:provides?|providing|offers?|offering|designed|optimi[sz]ed|built|tailored|written|made|created|developed)\\s+(?:[a-z0-9-]+\\s+){0,4}for',
    confidence: 0.7,
  },
  // "offers a managed Zorp": the adjective names what is managed; "a managed service in Quux" says where, not what.
  { type: 'MANAGES', pattern: '(?:an?\\s+|the\\s+)?(?:fully\\s+)?managed', confidence: 0.7, adjacent: true },
  {
    type: 'MANAGES',
    pattern:
      '(?:manages?|managing|orchestrates?|orchestrating|provisions?|provisioning|schedules?|scheduling|administers?|administering|automates?\\s+(?:the\\s+)?management\\s+of)',
    confidence: 0.8,
  },
  {
    type: 'SUPPORTS',
    pattern:
      '(?:supports?|supporting|support\\s+for|(?:language\\s+)?bindings\\s+(?:for|to)|(?:runs?|running|works?|available|deployable|installable|installed|deployed|deploy|install|run|executed)\\s+(?:\\w+\\s+)?(?:on|across))',
    confidence: 0.8,
  },
  {
    type: 'SUPPORTS',
    pattern:
      '(?:providers?|backends?|plugins?|drivers?|targets?|provisioners?)\\b[^.;]{0,40}?(?:such\\s+as|like|including|include|are|:)',
    confidence: 0.75,
  },
  {
    type: 'USES',
    pattern:
      '(?:uses|use|used|using|leverages?|leveraging|utili[sz]es?|utili[sz]ing|relies\\s+on|rely\\s+on|relying\\s+on|employs?|adopts?|makes?\\s+use\\s+of|depends?\\s+on|requires?|needs?(?:\\s+to\\s+\\w+\\s+\\w+\\s+\\w+\\s+in)?)',
    confidence: 0.8,
  },
];

/**
 * Words between a cue and its object: determiners, adjectives, nouns — not verbs, infinitives, a copula or a
 * preposition other than "of" ("managing the keys for Zorp switches" manages the keys, not Zorp).
 */
export const FILLER =
  "(?:(?!(?:to|not|for|with|from|into|onto|between|via|through|against|is|are|was|were)\\s)(?:following|[a-z0-9'/.-]+(?<!ing))[:,]?\\s+){0,5}";

/** A gap with any of these states the opposite or hedges: no relation is read from it. */
export const NEGATION = /\b(?:not|n't|never|no longer|without|except|cannot)\b/;
