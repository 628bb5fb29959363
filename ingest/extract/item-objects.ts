/**
 * Items that go on the sentence of their lead-in: "Zorp supports the following features:" + "- Blip and Fnord
 * tunnelling", "Zorp makes use of other Acme projects:" + "- **Quux** - for storage". A reader reads each item as the
 * rest of the lead-in, so every name the item coordinates at its start is an object of the lead-in's cue, not only a
 * name the item opens with. Only support, use and integration are read this way: the items of those lists are the
 * things supported, used or worked with, while other cues ("consists of") need their own readings.
 */
import type { Evidence } from '../../graph/types.js';
import type { TaggedText } from '../nlp.js';
import type { ProseUnit } from '../prose.js';
import { sentenceRelations } from './sentence-relations.js';
import type { ExtractedRelation, Slot } from './types.js';

export interface ItemObjectsInput {
  item: ProseUnit;
  itemTagged: TaggedText;
  itemSlots: readonly Slot[];
  /** The lead-in's text up to the end of the sentence read (offsets of `leadSlots` are into it). */
  leadText: string;
  /** Where that sentence starts in `leadText`. */
  leadStart: number;
  leadSlots: readonly Slot[];
  implicitSubject: string | null;
  /** Evidence for an offset of the item's text. */
  evidence: (offsetInItem: number) => Evidence;
}

const OWN_TYPES = new Set<ExtractedRelation['type']>(['SUPPORTS', 'USES', 'INTEGRATES_WITH']);

export function itemObjectRelations(input: ItemObjectsInput): ExtractedRelation[] {
  const { leadText, leadSlots } = input;
  // "Zorp is used to:" + "- Build Quux": an infinitive lead-in lists actions, whose objects are not the cue's.
  if (/\bto\s*:$/.test(leadText)) return [];
  const head = itemHead(input.item, input.itemTagged, input.itemSlots);
  if (head === null) return [];
  const itemSlots = head.slots;
  // The item read as the words after the lead-in's colon: a line break or a bullet's gap is one space.
  const base = leadText.length + 1;
  const text = `${leadText} ${head.text}`;
  const slots = [...leadSlots, ...itemSlots.map((s) => ({ ...s, start: s.start + base, end: s.end + base }))];
  const leadNames = new Set(leadSlots.filter((s) => !s.isCategory).map((s) => s.name));
  if (input.implicitSubject) leadNames.add(input.implicitSubject);
  const itemNames = new Set(itemSlots.filter((s) => !s.isCategory).map((s) => s.name));
  const relations: ExtractedRelation[] = [];
  for (const relation of sentenceRelations({
    text,
    start: input.leadStart,
    end: text.length,
    slots,
    implicitSubject: input.implicitSubject,
    recentCategory: null,
    evidence: (offset) => input.evidence(Math.max(0, offset - base)),
  })) {
    if (!OWN_TYPES.has(relation.type) || !relation.rule.startsWith('cue')) continue;
    const reverse = relation.rule.endsWith(':reverse');
    const [subject, object] = reverse ? [relation.target, relation.source] : [relation.source, relation.target];
    if (!leadNames.has(subject) || !itemNames.has(object) || itemNames.has(subject)) continue;
    relations.push({ ...relation, confidence: relation.confidence * 0.9, rule: `lead-in-item/${relation.rule}` });
  }
  return relations;
}

/**
 * The noun phrase an item opens with: its first sentence up to its first verb ("Blip tunnelling using Quux" is read
 * up to "using"), with the slots inside it. Null when the item glosses a term ("Zorp: a tool ...", "Zorp - for ...":
 * the term alone is the item's object, read elsewhere) or opens with a verb ("Build Quux").
 */
function itemHead(
  item: ProseUnit,
  tagged: TaggedText,
  slots: readonly Slot[],
): { text: string; slots: readonly Slot[] } | null {
  const first = tagged.sentences[0];
  if (!first) return null;
  let end = first.end;
  for (let t = first.firstToken; t < first.endToken; t++) {
    const token = tagged.tokens[t];
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    // A verb inside a name ("Zorp Run") is part of the name.
    if (slots.some((s) => s.start <= token.start && token.end <= s.end)) continue;
    end = token.start;
    break;
  }
  const inside = slots.filter((s) => s.end <= end);
  const names = inside.filter((s) => !s.isCategory);
  if (names.length === 0) return null;
  // "Zorp Agent - a daemon ...": a term and its gloss, whose object is the term alone (read elsewhere).
  if (/(?::|\s[-–—]\s)/.test(item.text.slice(0, end))) return null;
  return { text: item.text.slice(0, end), slots: inside };
}
