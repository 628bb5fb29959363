/**
 * Reads relations from one sentence, as a reader does: the names in it (slots), grouped where the sentence
 * coordinates them ("X, Y and Z"), and between two groups the words that state how they relate (a cue from the
 * lexicon at the end of the gap). The subject of a cue is the group before it, unless the gap opens a participle
 * clause (", built on top of ...": the sentence's subject) or continues a coordinated predicate (", and uses ...").
 */
import { choiceAlternatives } from './alternatives.js';
import {
  attachedElsewhere,
  modifiesNoun,
  nameModifier,
  qualifiesPredicate,
  relativeOfOtherNoun,
} from './attachment.js';
import { NEGATION, type Cue } from './lexicon/cues.js';
import { matchCue } from './match-cue.js';
import {
  PRONOUN_START,
  COPULA_CATEGORY,
  APPOSITION_CATEGORY,
  EXAMPLES_INTRO,
  CARRIED,
  MODIFIED_EXAMPLES,
  TOOL_FOR,
  TOOL_FOR_GAP,
  SUPPORTED_LEAD,
  HEADS_ARE,
  EXAMPLES_OF,
  EXAMPLES_ARE,
  distributed,
  PARTICIPLE_ON,
  PLURAL_NOUN_RELATIVE,
  examplesKind,
  IMPLEMENTER_HEAD,
  HAS_AS_ROLE,
  NOUN_CUE,
  PREDICATE_START,
  managedOfferOn,
} from './sentence-patterns.js';
import { plausibleCue, ROLE_EXAMPLES } from './plausible-cue.js';
import { groupSlots, names, type Group } from './groups.js';
import { labelMember } from './label-members.js';
import { announcedKind, supportedKind } from './list-kind.js';
import { nameKey } from './names.js';
import type { ExtractedRelation, Slot } from './types.js';

export interface SentenceInput {
  /** The whole unit text (slots are offsets into it). */
  text: string;
  start: number;
  end: number;
  slots: readonly Slot[];
  /** Who "it", "this" or a subject-less predicate refers to; null when unknown. */
  implicitSubject: string | null;
  /** The sentence opens the body of a term or item, which a bare noun phrase there describes ("Zorp" + "A tool ..."). */
  opensDefinition?: boolean;
  /** The most recent category the surrounding text spoke of ("Examples are ..." refers to it). */
  recentCategory: string | null;
  evidence: (offset: number) => { file: string; line: number; text: string };
  /** A title reads as one phrase ("Zorp Tools: Quux and More"), not as a label and its list. */
  isTitle?: boolean;
}

export function sentenceRelations(input: SentenceInput): ExtractedRelation[] {
  const { text } = input;
  const groups = groupSlots(text, input.slots);
  const relations: ExtractedRelation[] = [];
  const emit = (
    source: string,
    target: string,
    type: ExtractedRelation['type'],
    confidence: number,
    at: number,
    rule: string,
    targetIsCategory = false,
  ) => {
    if (nameKey(source) === nameKey(target)) return;
    relations.push({ source, target, type, targetIsCategory, confidence, evidence: input.evidence(at), rule });
  };
  const sentenceText = text.slice(input.start, groups[0]?.start ?? input.end);
  const implicit = input.implicitSubject;
  // "zorpctl" + "A shell that uses Quux": a description opening a definition is about the term, as "it" would be.
  const describes = input.opensDefinition === true && /^\s*an?\s/i.test(sentenceText);
  const pronounSubject = (PRONOUN_START.test(sentenceText) || describes) && implicit ? implicit : null;
  // The sentence's subject: its first group when it opens the sentence.
  const opener =
    groups[0] && !groups[0].isCategory && !modifiesNoun(text, groups[0]) && /^[\s"'(]*(?:the\s+)?$/i.test(sentenceText)
      ? groups[0]
      : null;
  const openerNames = opener ? names(opener) : pronounSubject ? [pronounSubject] : null;
  // "Public cloud: platforms such as X", "Workload resources: Read about X, Y": a category that labels the sentence.
  const label =
    !input.isTitle &&
    groups[0]?.isCategory &&
    sentenceText.trim() === '' &&
    /^\s*:/.test(text.slice(groups[0].end, input.end))
      ? groups[0]
      : null;
  let labelled: Group | null = null; // the last group of names the label's category was given to
  let lastSubjects: string[] | null = null;
  // The last cue read with its object, so a list after a colon ("supports these backends: X, Y") gets it too.
  let listCue: { cue: Cue; subjects: string[]; last: Group; after: boolean; from: number; kind: string | null } | null =
    null;
  // A cue whose object phrase holds a name modifying its noun ("supports Zorp-based tools including X").
  let carried: { cue: Cue; subjects: string[]; modifier: Group } | null = null;
  let previousSubject: Group | null = null;
  let roleOf: Group | null = null; // the name a role noun follows ("a Zorp backend"), whose "for Y" is the subject's
  let pending: { category: Group; subjects: string[]; cue: Cue } | null = null; // the last group that can be a subject (not a modifier, not a category)

  groups.forEach((group, i) => {
    const previous = groups[i - 1] ?? null;
    const gapStart = previous ? previous.end : input.start;
    const gap = text.slice(gapStart, group.start).replace(/\s+/g, ' ').toLowerCase();
    const after = text.slice(group.end, group.end + 60).toLowerCase();
    const here = names(group);
    if (NEGATION.test(gap)) return;
    if (
      label &&
      !group.isCategory &&
      labelMember(text.slice(group.end, input.end), group, previous, gap, { label, labelled, second: groups[1] })
    ) {
      for (const name of here) emit(name, label.slots[0].name, 'IS_A', 0.75, group.start, 'category-label', true);
      labelled = group;
    }
    for (const [a, b] of choiceAlternatives(text, group, gap, input.start))
      emit(a, b, 'ALTERNATIVE_TO', 0.7, group.start, 'choice');

    // "Zorp supports these backends on Blip: Quux (a gloss), Fnord": the list after a colon is the cue's object too,
    // and so is a list of the things a name before the colon qualifies ("makes use of other Acme projects: Quux").
    const through = carried && (previous === carried.modifier || groups[i - 2] === carried.modifier) ? carried : null;
    const carry = () =>
      through &&
      emitCue(through.cue, through.subjects, here, through.cue.confidence * 0.9, group.start, 'cue-through-modifier');
    if (through && previous === through.modifier && !group.isCategory && MODIFIED_EXAMPLES.test(gap)) {
      carry();
      previousSubject = group;
      return;
    }
    if (listCue && previous === listCue.last && !group.isCategory) {
      const opens =
        /^\s*:\s*(?:[a-z-]+\s+){0,3}(?:\(\s*(?:both\s+)?)?$/.test(gap) ||
        (modifiesNoun(text, previous) && /^\s*[a-z-]+s\s*:\s*(?:[a-z-]+\s+){0,3}$/.test(gap));
      if (opens || (listCue.after && /^\s*\)?\s*,\s*(?:and\s+|or\s+)?$/.test(gap))) {
        emitCue(listCue.cue, listCue.subjects, here, listCue.cue.confidence * 0.9, group.start, 'cue-colon-list');
        // "supports the following storage backends on Quux: Blip, Fnord": each listed name is a storage backend.
        const kind = opens ? announcedKind(text.slice(listCue.from, group.start)) : listCue.kind;
        for (const name of here) if (kind) emit(name, kind, 'IS_A', 0.7, group.start, 'announced-kind', true);
        listCue = { ...listCue, last: group, after: true, kind };
        previousSubject = group;
        return;
      }
    }

    // "an ZCI-compatible runtime": the name modifies a noun; the sentence's subject implements it.
    const modifier = group.isCategory ? null : nameModifier(gap, after);
    if (modifier) {
      const subjects = previousSubject
        ? names(predicateSubject(previousSubject))
        : (openerNames ?? (implicit ? [implicit] : null));
      if (modifier.role) roleOf = group;
      const type = modifier.type;
      if (attachedElsewhere(gap, type, text, group)) return;
      for (const subject of subjects ?? [])
        for (const name of here) emit(subject, name, type, 0.8, group.start, 'modifier');
      // "supports many Zorp-based tools including Quux": the cue before the modifier reaches the examples after it.
      const cue = modifier.role ? null : matchCue(gap);
      if (cue && subjects && CARRIED.has(cue.type) && plausibleCue(gap, cue))
        carried = { cue, subjects, modifier: group };
      return;
    }

    // "Examples of Type-1 hypervisors are X, Y" / "hypervisors such as X, Y" / "Examples are X, Y".
    if (!group.isCategory) {
      if (
        previous?.isCategory &&
        (EXAMPLES_INTRO.test(gap) ||
          (/^\s*(?:are|include|includes)\s*:?\s*$/.test(gap) &&
            EXAMPLES_OF.test(text.slice(input.start, previous.start).toLowerCase())))
      ) {
        const kind = examplesKind(previous.slots[0].name, gap);
        for (const name of here) {
          emit(name, kind, 'IS_A', 0.85, group.start, 'examples-of-category', true);
          const of = distributed(text, previous.slots[0]);
          if (of) emit(name, of, 'DISTRIBUTION_OF', 0.7, group.start, 'category-distribution');
        }
        // "deploy to many supported cloud providers, such as Xyn": the sentence's subject supports the examples.
        const supporter = openerNames ?? (implicit ? [implicit] : []);
        if (/\bsupported\s+$/i.test(text.slice(Math.max(input.start, previous.start - 12), previous.start))) {
          for (const subject of supporter)
            for (const name of here) emit(subject, name, 'SUPPORTS', 0.75, group.start, 'supported-examples');
        }
        // "supports Zorp-based technologies including Xyn": the cue before the modifier is said of the examples.
        if (through && /^-?[a-z]*\s*$/.test(text.slice(through.modifier.end, previous.start))) carry();
        // "IaaS uses hypervisors, such as Xyn": what was said of the category is said of its examples.
        if (pending?.category === previous) {
          for (const subject of pending.subjects) {
            for (const name of here) {
              if (pending.cue.reverse) emit(name, subject, pending.cue.type, 0.8, group.start, 'cue-through-examples');
              else emit(subject, name, pending.cue.type, 0.8, group.start, 'cue-through-examples');
            }
          }
        }
        previousSubject = group;
        return;
      }
      // "Examples of Software-Defined Storage are: X, Y": examples of a named thing are kinds of it.
      if (previous && !previous.isCategory && /^\s*(?:are|include|includes)\s*:?\s*$/.test(gap)) {
        if (EXAMPLES_OF.test(text.slice(input.start, previous.start).toLowerCase()) && previous.slots.length === 1) {
          for (const name of here) emit(name, previous.slots[0].name, 'IS_A', 0.8, group.start, 'examples-of-name');
          previousSubject = group;
          return;
        }
      }
      // "Supported tracers for Zorp include X, Y", "Volume types supported by Zorp are: X, Y": Zorp supports them.
      if (previous && !previous.isCategory && /^\s*(?:are|include|includes)\s*:?\s*$/.test(gap)) {
        const lead = text.slice(input.start, previous.start);
        if (SUPPORTED_LEAD.test(lead) && previous.slots.length === 1) {
          // "Supported tracers for Zorp include Quux": Quux is a tracer.
          const kind = supportedKind(lead);
          for (const name of here) {
            emit(previous.slots[0].name, name, 'SUPPORTS', 0.8, group.start, 'supported-are');
            if (kind) emit(name, kind, 'IS_A', 0.75, group.start, 'supported-kind', true);
          }
          previousSubject = group;
          return;
        }
      }
      // "Some of the main tools are X, Y" after speaking of ZCI tools: the head noun stands for that category.
      const head = HEADS_ARE.exec(gap);
      const headOfRecent = head !== null && input.recentCategory?.endsWith(` ${head[1]}`) === true;
      if (!previous && input.recentCategory && (EXAMPLES_ARE.test(gap) || headOfRecent)) {
        for (const name of here) emit(name, input.recentCategory, 'IS_A', 0.75, group.start, 'examples-are', true);
        previousSubject = group;
        return;
      }
    }

    const subjects =
      subjectOf(previousSubject, previous, gap, group.start) ?? (i === 0 || !previousSubject ? implicitFor(gap) : null);
    // "CI/CD tools integrate with ...": a name modifying a noun is not the subject of what follows.
    // In a description, the names it mentions ("A CLI (Quux) for ...") are not the subject of what follows.
    if (!group.isCategory && !modifiesNoun(text, group) && !(describes && pronounSubject)) previousSubject = group;
    // "Offers a managed Zorp service on Quux": the offer, not Zorp, stands on Quux.
    // "Offers a managed Zorp service on Quux": the offer, not Zorp, stands on Quux.
    const hosted = previous && managedOfferOn(text.slice(input.start, previous.start), gap);
    if (hosted && lastSubjects) return emitCue(hosted, lastSubjects, here, 0.75, group.start, 'managed-offer-on');
    if (!subjects) return;

    if (group.isCategory) {
      const cue = matchCue(gap);
      if (cue && plausibleCue(gap, cue)) pending = { category: group, subjects, cue };
      // "It consists of five pieces, which are daemons": a relative clause on a plural noun says what the pieces are.
      if ((COPULA_CATEGORY.test(gap) || APPOSITION_CATEGORY.test(gap)) && !PLURAL_NOUN_RELATIVE.test(gap)) {
        const category = group.slots[0];
        for (const subject of subjects) {
          emit(subject, category.name, 'IS_A', 0.85, group.start, 'copula-category', true);
          const of = distributed(text, category);
          if (of) emit(subject, of, 'DISTRIBUTION_OF', 0.7, group.start, 'category-distribution');
          // "X is a ZNI plugin": X implements ZNI.
          if (category.qualifier && IMPLEMENTER_HEAD.test(category.name)) {
            emit(subject, category.qualifier, 'IMPLEMENTS', 0.7, group.start, 'category-qualifier');
          }
        }
        lastSubjects = subjects;
      }
      return;
    }
    // "X is a Orchestrix distribution"
    if (COPULA_CATEGORY.test(gap) && /^\s+distributions?\b/.test(after)) {
      for (const subject of subjects)
        for (const name of here) emit(subject, name, 'DISTRIBUTION_OF', 0.8, group.start, 'copula-distribution');
      lastSubjects = subjects;
      return;
    }
    // "X has Y as a default provider"
    if (/(?:^|\s)(?:has|have|uses|use)\s+$/.test(gap) && HAS_AS_ROLE.test(after)) {
      for (const subject of subjects)
        for (const name of here) emit(subject, name, 'SUPPORTS', 0.85, group.start, 'has-as-role');
      lastSubjects = subjects;
      return;
    }
    // "Zorp offers Zorp Hub and Zorp Edge": offerings named after the subject are its parts.
    if (/(?:^|\s)(?:offers?|provides?|includes?)\s+$/.test(gap) && subjects.length === 1) {
      const prefix = `${subjects[0]} `;
      if (here.every((name) => name.startsWith(prefix))) {
        for (const name of here) emit(name, subjects[0], 'PART_OF', 0.75, group.start, 'offers-own-name');
        lastSubjects = subjects;
        return;
      }
    }
    const colon = gap.lastIndexOf(':');
    // "runs on these platforms: bare metal (both X and Y)": a cue before a colon reads the list after it.
    // "Zorp is a container platform for Quux": the category noun before "for" is the tool kind.
    const direct =
      matchCue(gap) ??
      ((previous?.isCategory && /^\s*for\s+(?:the\s+)?$/.test(gap)) ||
      TOOL_FOR_GAP.test(gap) ||
      (previous !== null && previous === roleOf && /^\s*[a-z-]+\s+for\s+(?:the\s+)?$/.test(gap))
        ? TOOL_FOR
        : null);
    const matched =
      direct ??
      (colon > 0 && /^:\s*(?:[a-z-]+\s+){0,3}(?:\(\s*(?:both\s+)?)?$/.test(gap.slice(colon))
        ? matchCue(`${gap.slice(0, colon)} `)
        : null);
    if (!matched || !plausibleCue(gap, matched) || attachedElsewhere(gap, matched.type, text, group)) return;
    // "can be run on separate hosts if desired:": a clause ends the object before the colon; the list is not it.
    if (colon > 0 && /\b(?:if|when|whenever|unless|because|while|where)\b/.test(gap.slice(0, colon))) return;
    // "a Quux cluster (managed by Zorp)": a reduced relative clause is about the name just before it, when at most
    // the noun that name modifies stands between; in "containers managed by Zorp" it is about the containers.
    const cueSubjects = matched.participle ? (previous && PARTICIPLE_ON.test(gap) ? names(previous) : null) : subjects;
    if (!cueSubjects || (matched.participle && previous?.isCategory)) return;
    const confidence = matched.confidence * (previous === null ? 0.9 : 1);
    const cueAt = gapStart + Math.max(0, text.slice(gapStart, group.start).search(/[^\s,]/));
    // "makes use of other Acme projects: Quux, Blip": the name qualifies the things listed, which are the objects.
    if (!(modifiesNoun(text, group) && /^\s+[a-z-]+s\s*:/.test(after)))
      emitCue(matched, cueSubjects, here, confidence, cueAt, `cue:${matched.type}`);
    // "supports the following drivers: Quux": the names after the colon are drivers.
    const kind = colon > 0 && gap.slice(colon + 1).trim() === '' ? announcedKind(gap.slice(0, colon + 1)) : null;
    for (const name of here) if (kind) emit(name, kind, 'IS_A', 0.7, group.start, 'announced-kind', true);
    lastSubjects = cueSubjects;
    listCue = { cue: matched, subjects: cueSubjects, last: group, after: direct === null, from: gapStart, kind };
  });
  return relations;

  function emitCue(cue: Cue, subjects: string[], objects: string[], confidence: number, at: number, rule: string) {
    for (const subject of subjects) {
      for (const name of objects) {
        if (cue.reverse) emit(name, subject, cue.type, confidence, at, `${rule}:reverse`);
        else emit(subject, name, cue.type, confidence, at, rule);
      }
    }
  }

  /** Who the predicate in a gap is about. */
  function subjectOf(candidate: Group | null, previous: Group | null, gap: string, end: number): string[] | null {
    if (!candidate) return null;
    const own = names(candidate);
    if (/^\s*,?\s*(?:which|that|who)\b/.test(gap)) return own;
    if (predicateSubject(candidate) !== candidate) return names(predicateSubject(candidate));
    if (relativeOfOtherNoun(text.slice(candidate.end, end).replace(/\s+/g, ' ').toLowerCase())) return null;
    const opens = opener && opener !== candidate ? names(opener) : null;
    // ", built on top of ...": a participle clause is about the sentence's subject.
    const clauseSubject = opens ?? (pronounSubject ? [pronounSubject] : null);
    // "..., and it is written in Go": a pronoun inside the sentence is the unit's subject.
    if (
      implicit &&
      /(?:^|[\s,;])(?:and\s+|but\s+)?(?:it|this)\s+(?:is|was|can|also|uses|supports|runs|provides)\b[^,;]*$/.test(gap)
    ) {
      return [implicit];
    }
    if (
      /^\s*(?:,|-|–|—|\()\s*(?!and\b|or\b)(?:[a-z]+(?:ed|en|ing)|built|made|run|known|held|led|kept|set|put|done|sold|bought)\b/.test(
        gap,
      ) &&
      clauseSubject
    )
      return clauseSubject;
    // "... and supports X", "... and can be run on X": a coordinated predicate shares the subject of the first one;
    // "products and services like X" coordinates nouns, not predicates (no cue starts after the "and").
    const coordinated =
      /(?:^|[\s,])(?:and|but|while|whereas)\s+((?:also\s+)?(?:[a-z]+ly\s+)?(?:(?:can|could|may|might|will|would|should|must)\s+(?:also\s+)?(?:be\s+)?[a-z]+|[a-z]+(?:s|ing))\b[^,;]*)$/.exec(
        gap,
      );
    if (
      coordinated &&
      !/\b(?:which|that)\b/.test(gap) &&
      (matchCue(coordinated[1]) || COPULA_CATEGORY.test(coordinated[1]))
    ) {
      return lastSubjects ?? clauseSubject ?? own;
    }
    // "X, a network for Y, may run as ...": after an apposition the predicate is the sentence subject's again.
    if (/^\s*,\s*(?:may|can|could|will|would|should|must|is|are|was|were|has|have|also)\b/.test(gap) && opens)
      return opens;
    // "X is an x86 virtualization product from Acme": what follows a category noun describes the sentence's subject.
    if (previous?.isCategory && opens) return opens;
    // "a virtualization product from Acme": a noun cue describes the sentence's subject.
    if (NOUN_CUE.test(gap) && opens && previous !== opener) return opens;
    // "converts guests from Zorp or Quux to run on Blip": a name after a preposition is no subject of what follows.
    if (/\b(?:from|into|between)\s+(?:the\s+)?$/i.test(text.slice(0, candidate.start))) return clauseSubject;
    return own;
  }

  /** The sentence's subject when the group only qualifies the noun its predicate names, else the group. */
  function predicateSubject(group: Group): Group {
    if (!opener || group === opener) return group;
    const after = text.slice(group.end, group.end + 40);
    return qualifiesPredicate(text.slice(opener.end, group.start).toLowerCase(), after) ? opener : group;
  }

  /** A sentence that starts with its predicate ("Supports X", an item "- manages Y") is about the implicit subject. */
  function implicitFor(gap: string): string[] | null {
    if (!implicit) return null;
    if (pronounSubject) return [pronounSubject];
    const startsLower = /^\s*[a-z]/.test(text.slice(input.start, input.start + 2));
    return startsLower || PREDICATE_START.test(gap) || ROLE_EXAMPLES.test(gap) ? [implicit] : null;
  }
}
