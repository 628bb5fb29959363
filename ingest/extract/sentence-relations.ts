/**
 * Reads relations from one sentence, as a reader does: the names in it (slots), grouped where the sentence
 * coordinates them ("X, Y and Z"), and between two groups the words that state how they relate (a cue from the
 * lexicon at the end of the gap). The subject of a cue is the group before it, unless the gap opens a participle
 * clause (", built on top of ...": the sentence's subject) or continues a coordinated predicate (", and uses ...").
 */
import { CUES, FILLER, NEGATION, type Cue } from './lexicon/cues.js';
import type { ExtractedRelation, Slot } from './types.js';

interface Group {
  slots: Slot[];
  start: number;
  end: number;
  isCategory: boolean;
}

export interface SentenceInput {
  /** The whole unit text (slots are offsets into it). */
  text: string;
  start: number;
  end: number;
  slots: readonly Slot[];
  /** Who "it", "this" or a subject-less predicate refers to; null when unknown. */
  implicitSubject: string | null;
  /** The most recent category the surrounding text spoke of ("Examples are ..." refers to it). */
  recentCategory: string | null;
  evidence: (offset: number) => { file: string; line: number; text: string };
}

const COMPILED = CUES.map((cue) => ({ cue, re: new RegExp(`(?:^|[\\s,(])(?:${cue.pattern})\\s*[:,]?\\s+${FILLER}$`) }));
const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+|as well as\s+)?|\s+(?:and|or|&|as well as)\s+|\s*\/\s*)$/;
const PRONOUN_START =
  /^\s*(?:it|this|they|these|the (?:project|tool|platform|service|software|product|framework|system))\b/i;
const COPULA_CATEGORY =
  /(?:^|\s)(?:is|are|was|were)\s+(?:also\s+|basically\s+|essentially\s+|primarily\s+|mainly\s+)?(?:an?|the|one\s+of\s+the|another)?\s*(?:[a-z0-9-]+\s+){0,4}$/;
const APPOSITION_CATEGORY = /^\s*[,(]\s*(?:an?|the)\s+(?:[a-z0-9-]+\s+){0,3}$/;
const EXAMPLES_INTRO = /^\s*,?\s*(?:such\s+as|like|including|e\.g\.,?|for\s+(?:example|instance),?)\s*$/;
const EXAMPLES_OF = /\bexamples?\s+of\s+$/;
const EXAMPLES_ARE =
  /^\s*(?:(?:some\s+)?(?:popular\s+|common\s+|other\s+)?examples?\s+(?:are|include|includes)|e\.g\.|for\s+(?:example|instance))\s*:?\s*$/i;

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
    if (source === target) return;
    relations.push({ source, target, type, targetIsCategory, confidence, evidence: input.evidence(at), rule });
  };
  const sentenceText = text.slice(input.start, groups[0]?.start ?? input.end);
  const implicit = input.implicitSubject;
  const pronounSubject = PRONOUN_START.test(sentenceText) && implicit ? implicit : null;
  // The sentence's subject: its first group when it opens the sentence, else "it"/"this", else the unit's subject.
  const opener = groups[0] && !groups[0].isCategory && /^[\s"'(]*(?:the\s+)?$/i.test(sentenceText) ? groups[0] : null;
  let lastSubjects: string[] | null = null;

  groups.forEach((group, i) => {
    const previous = groups[i - 1] ?? null;
    const gapStart = previous ? previous.end : input.start;
    const gap = text.slice(gapStart, group.start).replace(/\s+/g, ' ').toLowerCase();
    const names = group.slots.map((slot) => slot.name);
    if (NEGATION.test(gap)) return;

    // "Examples of Type-1 hypervisors are X, Y" / "hypervisors such as X, Y" / "Examples are X, Y".
    if (!group.isCategory) {
      if (
        previous?.isCategory &&
        (EXAMPLES_INTRO.test(gap) ||
          (/^\s*(?:are|include|includes)\s*:?\s*$/.test(gap) &&
            EXAMPLES_OF.test(text.slice(input.start, previous.start).toLowerCase())))
      ) {
        for (const name of names)
          emit(name, previous.slots[0].name, 'IS_A', 0.85, group.start, 'examples-of-category', true);
        return;
      }
      if (!previous && input.recentCategory && EXAMPLES_ARE.test(gap)) {
        for (const name of names) emit(name, input.recentCategory, 'IS_A', 0.75, group.start, 'examples-are', true);
        return;
      }
    }

    const subjects = subjectOf(previous, gap) ?? (previous ? null : i === 0 ? implicitFor(gap) : null);
    if (!subjects) return;

    if (group.isCategory) {
      if (COPULA_CATEGORY.test(gap) || APPOSITION_CATEGORY.test(gap)) {
        for (const subject of subjects)
          emit(subject, group.slots[0].name, 'IS_A', 0.85, group.start, 'copula-category', true);
        lastSubjects = subjects;
      }
      return;
    }
    // "X is a Kubernetes distribution"
    if (COPULA_CATEGORY.test(gap) && /^\s+distributions?\b/i.test(text.slice(group.end))) {
      for (const subject of subjects)
        for (const name of names) emit(subject, name, 'DISTRIBUTION_OF', 0.8, group.start, 'copula-distribution');
      return;
    }
    const matched = matchCue(gap);
    if (!matched) return;
    const confidence = matched.confidence * (subjects === lastSubjects || previous === null ? 0.9 : 1);
    for (const subject of subjects) {
      for (const name of names) {
        if (matched.reverse) emit(name, subject, matched.type, confidence, group.start, `cue:${matched.type}:reverse`);
        else emit(subject, name, matched.type, confidence, group.start, `cue:${matched.type}`);
      }
    }
    lastSubjects = subjects;
  });
  return relations;

  /** Who the predicate in a gap is about. */
  function subjectOf(previous: Group | null, gap: string): string[] | null {
    if (!previous) return null;
    const own = previous.isCategory ? null : previous.slots.map((slot) => slot.name);
    if (/^\s*,?\s*(?:which|that|who)\b/.test(gap)) return own;
    if (/^\s*(?:,|-|–|—|\()\s*(?!and\b|or\b)[a-z]+(?:ed|en)\b/.test(gap) && opener && opener !== previous) {
      return opener.slots.map((slot) => slot.name);
    }
    if (/^\s*,?\s*(?:and|but|while|whereas)\s+(?:also\s+)?[a-z]+s?\b/.test(gap) && lastSubjects) return lastSubjects;
    if (own) return own;
    return opener ? opener.slots.map((slot) => slot.name) : implicit ? [implicit] : null;
  }

  /** A sentence that starts with its predicate ("Supports X", an item "- manages Y") is about the implicit subject. */
  function implicitFor(gap: string): string[] | null {
    if (!implicit) return null;
    if (pronounSubject) return [pronounSubject];
    return /^\s*[a-z]/.test(text.slice(input.start, input.start + 2)) || /^\s*(?:also\s+)?[a-z]+s\b/.test(gap)
      ? [implicit]
      : null;
  }
}

function matchCue(gap: string): Cue | null {
  const padded = ` ${gap}`;
  for (const { cue, re } of COMPILED) if (re.test(padded)) return cue;
  return null;
}

/** Slots joined by commas, "and", "or" or slashes form one group ("Xen, KVM, and Hyper-V"). */
function groupSlots(text: string, slots: readonly Slot[]): Group[] {
  const groups: Group[] = [];
  for (const slot of slots) {
    const last = groups[groups.length - 1];
    if (last && !last.isCategory && !slot.isCategory && COORDINATION.test(text.slice(last.end, slot.start))) {
      last.slots.push(slot);
      last.end = slot.end;
    } else groups.push({ slots: [slot], start: slot.start, end: slot.end, isCategory: slot.isCategory });
  }
  return groups;
}
