/**
 * The cue phrases that, standing between two names in one sentence, state a relation ("A is written in B").
 * Plain English only: no names of technologies. The first cue that matches a gap wins, so narrower phrases come
 * before broader ones.
 */
import type { RelationType } from '../graph/types.js';

export interface RelationCue {
  type: RelationType;
  /** The cue words (a regular expression source, matched case-insensitively, whole words). */
  phrase: string;
  /** How many words may stand before the cue in the gap ("is", "was originally", "is the community"). */
  wordsBefore: number;
  confidence: number;
  /** The target must end its noun phrase: "A is a B" but not "A is a B backend" (A is a backend, not a B). */
  targetEndsPhrase?: boolean;
}

export const RELATION_CUES: readonly RelationCue[] = [
  { type: 'WRITTEN_IN', phrase: '(?:written|implemented|coded|programmed) in', wordsBefore: 3, confidence: 0.6 },
  {
    type: 'DEVELOPED_BY',
    phrase: '(?:developed|maintained|created|designed|built|released|open[- ]sourced|sponsored) by',
    wordsBefore: 3,
    confidence: 0.6,
  },
  { type: 'DISTRIBUTION_OF', phrase: 'distribution of', wordsBefore: 3, confidence: 0.5 },
  {
    type: 'IMPLEMENTS',
    phrase: '(?:implements|(?:an )?implementation of|compliant with|conforms to)',
    wordsBefore: 3,
    confidence: 0.5,
  },
  {
    type: 'BUILT_ON',
    phrase: '(?:built|based|runs|running|layered) (?:on|upon)(?: top of)?',
    wordsBefore: 3,
    confidence: 0.5,
  },
  { type: 'PART_OF', phrase: '(?:part|component|module|subproject) of', wordsBefore: 3, confidence: 0.4 },
  {
    type: 'ALTERNATIVE_TO',
    phrase: '(?:alternative|replacement|substitute) (?:to|for)',
    wordsBefore: 3,
    confidence: 0.5,
  },
  { type: 'INTEGRATES_WITH', phrase: 'integrates? (?:well )?with', wordsBefore: 2, confidence: 0.4 },
  { type: 'MANAGES', phrase: '(?:manages|orchestrates|provisions|schedules)', wordsBefore: 1, confidence: 0.4 },
  { type: 'SUPPORTS', phrase: 'supports', wordsBefore: 1, confidence: 0.4 },
  { type: 'USES', phrase: '(?:uses|utili[sz]es|relies on|leverages)', wordsBefore: 1, confidence: 0.4 },
  { type: 'IS_A', phrase: '(?:is|are) (?:an?|the)', wordsBefore: 0, confidence: 0.4, targetEndsPhrase: true },
];

/** Words that may follow a name without extending it ("A is a B for C", "A is a B that ..."). */
export const PHRASE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'for',
  'with',
  'from',
  'by',
  'in',
  'on',
  'of',
  'to',
  'as',
  'at',
  'since',
  'where',
  'when',
  'while',
  'because',
]);
