/**
 * Lists of a thing's pieces, read with the sentence that announces them: "Zorp consists of the following major
 * components:", "The main components of this distribution are:", "Zorp also provides some tools:", "Zorp makes use
 * of other Acme projects:". Each listed name (an item or a term that opens with it) is PART_OF the owner.
 */
import type { ProseUnit } from '../prose.js';
import { kindOfPlural } from './list-kind.js';
import { readingSentences } from './sentences.js';
import type { ExtractedRelation, ProseReading, Slot } from './types.js';

const PIECES = 'components|parts|modules|sub-?components|subcomponents|daemons|services|pieces|building\\s+blocks';
const TOOLS = 'tools|utilities|commands|programs|binaries|executables';
const COUNT =
  '(?:the\\s+following|these|some|several|a\\s+few|many|various|two|three|four|five|six|seven|eight|nine|ten|\\d+)';
const SORT = '(?:main|major|key|core|principal|other|additional|separate|individual)';
/** "<owner> consists of / includes / has the following (major) components". */
const HAS_PIECES = new RegExp(
  `\\b(?:consists?\\s+of|(?:is|are)\\s+(?:made\\s+up|composed)\\s+of|comprises?|includes?|contains?|has|have)\\s+(?:${COUNT}\\s+)?(?:${SORT}\\s+)?(?:${PIECES}|${TOOLS})\\b`,
  'i',
);
/** "<owner> (also) provides / ships / comes with some tools": tools shipped with a thing are its pieces. */
const SHIPS_TOOLS = new RegExp(
  `\\b(?:provides?|ships?|offers?|comes\\s+with|bundles?)\\s+(?:${COUNT}\\s+)?(?:${SORT}\\s+)?(?:${TOOLS}|components|modules)\\b`,
  'i',
);
/** "The main components of this distribution are:": the owner is what the text is about. */
const PIECES_OF_THIS = new RegExp(
  `\\b(?:${SORT}\\s+)?(?:${PIECES})\\s+of\\s+(?:this|the)\\s+(?:distribution|project|package|repository|release|software|system|service|tool|suite)\\s+(?:are|include)\\b`,
  'i',
);
/** "other Acme projects": names listed after it are projects of Acme. */
const OTHER_OWN = /\bother\s+$/i;
const OWN_PIECES = /^\s+(?:projects|services|components|modules)\b/i;
const PRONOUN = /^\s*(?:it|this|they)\b/i;
/** After the pieces: what they all are ("..., which are individual daemons"). */
const PIECES_ARE =
  /^\s*,?\s*(?:which|that|all\s+of\s+which)\s+are\s+(?:all\s+)?(?:individual\s+|separate\s+|independent\s+|standalone\s+)?([a-z]+(?:\s+[a-z]+)?)\b/i;

interface Announcement {
  /** The thing the listed names are pieces of, when the text names it. */
  owner: string | null;
  /** What every listed piece is, when the text says. */
  kind: string | null;
  sentence: { start: number; end: number };
}
/** Between the owner and its verb: a noun ("the Zorp service"), a version, an adverb. */
const SUBJECT_TO_VERB = /^\s*(?:[a-z]+\s+)?(?:(?:version|v)\s*[\d.]+\s+)?(?:also\s+|now\s+|currently\s+|itself\s+)?$/;

export function componentListRelations({
  units,
  tagged,
  slotsOf,
  subjects,
  evidenceFor,
}: ProseReading): ExtractedRelation[] {
  const owners = new Map<number, Announcement | null>();
  const relations: ExtractedRelation[] = [];
  for (const unit of units) {
    if ((unit.kind !== 'item' && unit.kind !== 'term') || unit.leadIn === null) continue;
    const leadIn = units[unit.leadIn];
    if (!owners.has(leadIn.index)) owners.set(leadIn.index, ownerOf(leadIn));
    const found = owners.get(leadIn.index);
    const name = subjects.leadingName(unit) ?? nameAlone(unit, slotsOf(unit));
    if (!found || !name) continue;
    const lead = evidenceFor(leadIn, found.sentence)(found.sentence.start);
    const item = evidenceFor(unit, { start: 0, end: unit.text.length })(0);
    const evidence = { ...item, text: `${lead.text} ${unit.text.replace(/\s+/g, ' ').trim()}` };
    // "Zorp - is technically part of Quux": an item that names its own owner is not the lead-in's.
    if (found.owner && name !== found.owner && !/\bpart\s+of\b/i.test(unit.text)) {
      const target = found.owner;
      relations.push({
        source: name,
        target,
        type: 'PART_OF',
        targetIsCategory: false,
        confidence: 0.75,
        evidence,
        rule: 'component-list',
      });
    }
    if (found.kind) {
      const target = found.kind;
      relations.push({
        source: name,
        target,
        type: 'IS_A',
        targetIsCategory: true,
        confidence: 0.7,
        evidence,
        rule: 'component-kind',
      });
    }
  }
  return relations;

  /** The thing a lead-in says its list is made of, and the sentence that says so. */
  function ownerOf(leadIn: ProseUnit): Announcement | null {
    const sentences = readingSentences(leadIn.text, tagged[leadIn.index].sentences);
    // A paragraph announces its list in its last sentence; an item may say what its nested items are earlier.
    const candidates = leadIn.kind === 'paragraph' ? sentences.slice(-1) : sentences;
    for (const sentence of candidates) {
      const text = leadIn.text.slice(sentence.start, sentence.end);
      const slots = slotsOf(leadIn).filter((s) => s.start >= sentence.start && s.end <= sentence.end);
      const other = slots.find(
        (s) =>
          !s.isCategory &&
          OTHER_OWN.test(leadIn.text.slice(sentence.start, s.start)) &&
          OWN_PIECES.test(leadIn.text.slice(s.end, sentence.end)),
      );
      if (other && /:\s*$/.test(text)) return { owner: other.name, kind: null, sentence };
      if (PIECES_OF_THIS.test(text)) {
        const owner = subjects.ofUnit(leadIn);
        if (owner) return { owner, kind: null, sentence };
        continue;
      }
      const verb = HAS_PIECES.exec(text) ?? SHIPS_TOOLS.exec(text);
      if (!verb) continue;
      const before = text.slice(0, verb.index);
      // "It consists of five sub-components, which are individual daemons": each piece is a daemon.
      const plural = PIECES_ARE.exec(text.slice(verb.index + verb[0].length));
      const kind = plural ? kindOfPlural(plural[1]) : null;
      // The owner is the sentence's subject: a name that opens it, or a pronoun for what the text is about.
      const first = slots[0];
      const opens =
        first && !first.isCategory && /^[\s"'(]*(?:the\s+)?$/i.test(leadIn.text.slice(sentence.start, first.start));
      if (opens && SUBJECT_TO_VERB.test(leadIn.text.slice(first.end, sentence.start + verb.index)))
        return { owner: first.name, kind, sentence };
      if (PRONOUN.test(before)) {
        const owner = leadIn.kind === 'paragraph' ? subjects.ofUnit(leadIn) : subjects.leadingName(leadIn);
        if (owner || kind) return { owner, kind, sentence };
      }
    }
    return null;
  }
}

/** An item or term that is only a name. */
function nameAlone(unit: ProseUnit, slots: readonly Slot[]): string | null {
  const names = slots.filter((s) => !s.isCategory);
  if (names.length !== 1) return null;
  const rest = (unit.text.slice(0, names[0].start) + unit.text.slice(names[0].end)).replace(/[\s.,;:]/g, '');
  return rest === '' ? names[0].name : null;
}
