/**
 * What a clause or a name in a sentence attaches to, when it is not the name before it: English attaches a
 * relative clause or a participle to the nearest noun, a name before a plural noun qualifies it ("Boxer
 * containers"), and a name inside "Zorp is a Quux-ready tool" only qualifies the noun the sentence says Zorp is.
 */
import type { RelationType } from '../../graph/types.js';
import type { Group } from './groups.js';
import { MODIFIER_SUFFIX, ROLE_SUFFIX } from './sentence-patterns.js';

const COPULA = /(?:^|\s)(?:is|are|was|were|be|been|being)\s/;
const NOT_NOUN =
  /^(?:is|are|was|were|be|been|can|could|may|might|will|would|should|must|does|do|did|has|have|had|also|and|or|but|not|it|this|they|its|their|the|a|an)$/;

/**
 * "Zorp manages any node which supports Quux": a relative clause after a common noun that is no predicate of the
 * name ("is a tool that ...") is about that noun; "Zorp environment, which ..." too.
 */
export function relativeOfOtherNoun(gap: string): boolean {
  const match = /(?:^|\s)([a-z][a-z-]*)\s*,?\s+(?:which|that|who)\s/.exec(gap);
  if (!match || NOT_NOUN.test(match[1])) return false;
  return !COPULA.test(gap.slice(0, match.index + 1)) && !/^\s*,/.test(gap);
}

/**
 * Whether a cue's object belongs to another noun than the subject's: "Zorp runs containers built on Quux" (a
 * participle right after a plural common noun is about that noun), "a flavour of Quux programs" (the programs').
 */
export function attachedElsewhere(gap: string, type: RelationType, text: string, object: Group): boolean {
  return participleOfPlural(gap) || (type === 'DISTRIBUTION_OF' && modifiesNoun(text, object));
}

function participleOfPlural(gap: string): boolean {
  const match =
    /(?:^|\s)([a-z]+[^s\s]s)\s+(?:to\s+be\s+)?(?:[a-z]+ly\s+)?(?:built|based|written|developed|implemented|designed|created|maintained|made|powered|provided|offered)\s/.exec(
      gap,
    );
  return match !== null && !NOT_NOUN.test(match[1]) && !COPULA.test(gap.slice(0, match.index + 1));
}

/**
 * "Zorp is an open-source Quux solution provided by Acme": the words from the sentence's subject to a name are a
 * copula and the start of a noun phrase, and a noun follows the name, so the name only qualifies that noun.
 */
export function qualifiesPredicate(before: string, after: string): boolean {
  return (
    /^\s*(?:is|are|was|were)\s+(?:also\s+)?(?:an?|the|one\s+of\s+the)\s+(?:[\w-]+,?\s+){0,4}$/i.test(before) &&
    /^[\s-]+[a-z][a-z-]*\b/.test(after) &&
    !/^\s+(?:is|are|was|were|and|or|that|which|who|for|from|by|with|to|in|on|of|as|at)\b/.test(after)
  );
}

/** Whether the group is followed by a plural noun it modifies ("Boxer containers"), not by its verb. */
export function modifiesNoun(text: string, group: Group): boolean {
  const next = /^\s+([a-z]+)\b/.exec(text.slice(group.end, group.end + 30));
  if (next === null || VERBS_IN_S.has(next[1]) || NOT_NOUNS.has(next[1])) return false;
  // "CI/CD pipeline": names joined by a slash before a noun name a kind of that noun.
  const slashed = /\//.test(text.slice(group.start, group.end));
  return /[^su]s$/.test(next[1]) || slashed;
}

/** Words that follow a subject without being a noun it modifies. */
const NOT_NOUNS = new Set(
  'is are was were can could may might will would should must does did has have had also and or but which that who to as in on for with by from at of vs versus'.split(
    ' ',
  ),
);

const VERBS_IN_S = new Set(
  (
    'supports uses manages runs provides includes offers allows enables implements integrates requires needs works ' +
    'helps makes creates deploys defines describes contains consists comes has does is was takes gives builds acts ' +
    'serves extends adds exposes relies depends leverages utilizes employs orchestrates schedules focuses aims stores ' +
    'routes handles converts lets keeps sits lives powers becomes remains allows ensures performs operates delivers ' +
    'simplifies automates monitors collects exports ships bundles wraps follows aims targets lacks means seems interacts replaces supersedes'
  ).split(' '),
);

/**
 * A name before a noun, said of the subject the sentence defines: "a Quux plugin" runs inside Quux, "a Quux
 * backend for Blip" runs on Quux, "is a Quux backend" serves Quux (a role noun: what the subject is made for), "a
 * Quux-compatible runtime" implements Quux. Null when the name is no such modifier.
 */
export function nameModifier(gap: string, after: string): { type: RelationType; role: boolean } | null {
  const copula = /(?:^|\s)(?:is|are|was|were)\s+(?:an?|the)\s+(?:[\w-]+,?\s+){0,3}$/.test(gap);
  const role = ROLE_SUFFIX.test(after) && copula;
  if (!role && !(MODIFIER_SUFFIX.test(after) && (!/^\s/.test(after) || copula))) return null;
  return { type: modifierType(gap, after, role, copula), role };
}

function modifierType(gap: string, after: string, role: boolean, copula: boolean): RelationType {
  const hosted = role && (/^\s+(?:plugin|add-?on|extension|module)/.test(after) || /^\s+[\w-]+\s+for\s/.test(after));
  if (role && !hosted) return 'SUPPORTS';
  if (!hosted && !/^[-\s](?:based|powered)/.test(after)) return 'IMPLEMENTS';
  // "Zorp can build Quux-based projects": what the subject works on is based on the name, not the subject; "Zorp:
  // a Quux-based tool" or "Zorp, a Quux-based tool" defines it.
  const defining = copula || role || /^\s*(?:[:,(]\s*(?:an?\s+|the\s+)?|(?:an?|the)\s+)(?:[\w-]+\s+){0,2}$/.test(gap);
  if (defining) return 'BUILT_ON';
  return /\b(?:uses?|using|leverages?|relies\s+on)\s/.test(gap) ? 'USES' : 'SUPPORTS';
}
