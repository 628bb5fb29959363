/**
 * The documented question templates: the whole of what `ask` understands. Deterministic on purpose (no model):
 * a user can read this table, and the answer's `interpretation` names the template that matched.
 *
 * Form syntax, one token per space-separated word, matched case-insensitively against the whole question (with
 * trailing punctuation dropped and "what's" read as "what is"):
 * - `what` matches "what" or "which";
 * - `X`, `Y`: entity phrases, resolved against the graph (label, alias, acronym, typo);
 * - `C`: an optional category phrase ("which box runtimes does Shipyard support"); generic words such as
 *   "projects" or "tools" filter nothing, a kind word such as "languages" filters by kind;
 * - `a|b`: either word; a trailing `?` makes the token optional (never the last one).
 * Templates are tried in order; the first whose form matches (with a category free of verbs) wins, so the
 * catch-all "what is X" comes last.
 */
import type { RelationType } from '../types.js';
import type { AskDirection } from './result.js';

export type TemplateKind = 'relation' | 'compare' | 'path' | 'describe';

export interface QuestionTemplate {
  id: string;
  kind: TemplateKind;
  /** For 'relation' templates: the edge type followed. */
  relation?: RelationType;
  /** For 'relation' templates: `in` answers with the sources of edges into X, `out` with the targets of X's. */
  direction?: AskDirection;
  forms: string[];
  /** The shape of a question it answers, for documentation and as a suggestion when a question cannot be read. */
  example: string;
}

const BE = 'is|are|was|were';
const DO = 'does|do|did';

export const QUESTION_TEMPLATES: readonly QuestionTemplate[] = [
  {
    id: 'implementers',
    kind: 'relation',
    relation: 'IMPLEMENTS',
    direction: 'in',
    forms: ['what C implement|implements|implemented X', `what ${BE} X implemented by`, 'who implements X'],
    example: 'what implements X',
  },
  {
    id: 'implemented',
    kind: 'relation',
    relation: 'IMPLEMENTS',
    direction: 'out',
    forms: [`what C ${DO} X implement`, `what C ${BE} implemented by X`, `what ${BE} the? C implemented by X`],
    example: 'what does X implement',
  },
  {
    id: 'users',
    kind: 'relation',
    relation: 'USES',
    direction: 'in',
    forms: [
      'what C use|uses|used X',
      `what C ${BE} using X`,
      `what|who ${BE} X used by`,
      'who uses X',
      'what C depend|depends|rely|relies on X',
    ],
    example: 'what uses X',
  },
  {
    id: 'used',
    kind: 'relation',
    relation: 'USES',
    direction: 'out',
    forms: [
      `what C ${DO} X use`,
      `what C ${BE} used by X`,
      `what ${BE} the? C used by X`,
      `what C ${DO} X depend|rely on`,
    ],
    example: 'what does X use',
  },
  {
    id: 'built-on-it',
    kind: 'relation',
    relation: 'BUILT_ON',
    direction: 'in',
    forms: [
      `what C ${BE} built|based on top? of? X`,
      `what ${BE} the? C built|based on top? of? X`,
      'what C build|builds on X',
      'what C run|runs on top? of? X',
    ],
    example: 'what is built on X',
  },
  {
    id: 'built-on',
    kind: 'relation',
    relation: 'BUILT_ON',
    direction: 'out',
    forms: [`what C ${BE} X built|based on`, `what C ${DO} X build|run on`],
    example: 'what is X based on',
  },
  {
    id: 'developed',
    kind: 'relation',
    relation: 'DEVELOPED_BY',
    direction: 'in',
    forms: [
      `what C ${DO} X develop|create|make|maintain|build`,
      `what C ${BE} developed|created|made|maintained|built by X`,
      `what ${BE} the? C developed|created|made|maintained|built by X`,
      'what C has|have X developed|created|made|built',
    ],
    example: 'what did X develop',
  },
  {
    id: 'developer',
    kind: 'relation',
    relation: 'DEVELOPED_BY',
    direction: 'out',
    forms: [
      'who develop|develops|developed|create|creates|created|maintain|maintains|maintained|made|makes X',
      'what C develop|develops|developed|created|maintains|maintained|made X',
      `who|what C ${BE} X developed|created|maintained|made by`,
      `who|what C ${BE} behind X`,
    ],
    example: 'who develops X',
  },
  {
    id: 'alternatives',
    kind: 'relation',
    relation: 'ALTERNATIVE_TO',
    direction: 'both',
    forms: [
      `what C ${BE} a|an|the|some? alternative|alternatives to X`,
      'what C can replace X',
      `what C ${BE} X an|the? alternative to`,
      `what C ${BE} similar to X`,
      'alternative|alternatives to X',
    ],
    example: 'what is an alternative to X',
  },
  {
    id: 'supported',
    kind: 'relation',
    relation: 'SUPPORTS',
    direction: 'out',
    forms: [`what C ${DO} X support`, `what C ${BE} supported by X`, `what ${BE} the? C supported by X`],
    example: 'which <category> does X support',
  },
  {
    id: 'supporters',
    kind: 'relation',
    relation: 'SUPPORTS',
    direction: 'in',
    forms: ['what C support|supports X', `what C ${BE} X supported by`],
    example: 'what supports X',
  },
  {
    id: 'written-in-it',
    kind: 'relation',
    relation: 'WRITTEN_IN',
    direction: 'in',
    forms: [`what C ${BE} written|implemented|programmed in X`, `what ${BE} the? C written in X`],
    example: 'what is written in X',
  },
  {
    id: 'language',
    kind: 'relation',
    relation: 'WRITTEN_IN',
    direction: 'out',
    forms: [`what C ${BE} X written|programmed in`, `in what C ${BE} X written`],
    example: 'what is X written in',
  },
  {
    id: 'managers',
    kind: 'relation',
    relation: 'MANAGES',
    direction: 'in',
    forms: [
      'what C manage|manages|orchestrate|orchestrates|provision|provisions X',
      `what|who C ${BE} X managed|orchestrated|provisioned by`,
      'who manages X',
    ],
    example: 'what manages X',
  },
  {
    id: 'managed',
    kind: 'relation',
    relation: 'MANAGES',
    direction: 'out',
    forms: [
      `what C ${DO} X manage|orchestrate|provision`,
      `what C ${BE} managed|orchestrated|provisioned by X`,
      `what ${BE} the? C managed|orchestrated|provisioned by X`,
    ],
    example: 'what does X manage',
  },
  {
    id: 'parts',
    kind: 'relation',
    relation: 'PART_OF',
    direction: 'in',
    forms: [
      `what C ${BE} the? part|parts|component|components of X`,
      `what C ${DO} X consist of`,
      `what C ${DO} X contain|include`,
    ],
    example: 'what is part of X',
  },
  {
    id: 'part-of',
    kind: 'relation',
    relation: 'PART_OF',
    direction: 'out',
    forms: [`what C ${BE} X a|an|the? part|component of`, `what C ${DO} X belong to`],
    example: 'what is X part of',
  },
  {
    id: 'integrations',
    kind: 'relation',
    relation: 'INTEGRATES_WITH',
    direction: 'both',
    forms: [
      'what C integrate|integrates|work|works with X',
      `what C ${DO} X integrate|work with`,
      `what C ${BE} integrated with X`,
    ],
    example: 'what integrates with X',
  },
  {
    id: 'distributions',
    kind: 'relation',
    relation: 'DISTRIBUTION_OF',
    direction: 'in',
    forms: [`what C ${BE} a|an|the? distribution|distributions of X`],
    example: 'what are the distributions of X',
  },
  {
    id: 'distribution-of',
    kind: 'relation',
    relation: 'DISTRIBUTION_OF',
    direction: 'out',
    forms: [`what C ${BE} X a|an|the? distribution of`],
    example: 'what is X a distribution of',
  },
  {
    id: 'compare',
    kind: 'compare',
    forms: [
      'compare X and|with|to|vs|versus Y',
      `what ${BE} the? difference|differences between X and Y`,
      'how does|do X compare to|with Y',
      'X vs|vs.|versus Y',
      'the? difference|differences between X and Y',
    ],
    example: 'compare X and Y',
  },
  {
    id: 'path',
    kind: 'path',
    forms: [
      `how ${BE} X related|connected|linked to Y`,
      'how are X and Y related|connected|linked',
      'how do|does X and Y relate',
      'how does|do X relate to Y',
      'what connects X and|to|with Y',
      `what ${BE} the? relation|relationship|connection|link between X and Y`,
    ],
    example: 'how is X related to Y',
  },
  {
    id: 'describe',
    kind: 'describe',
    relation: 'IS_A',
    forms: [`what ${BE} X used for`, `what|who ${BE} X`, 'tell me about X', 'describe X'],
    example: 'what is X',
  },
];
