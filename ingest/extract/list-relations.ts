/**
 * Lists read with their lead-in: "Vagrant supports these providers:" + items, "The main components of Istio
 * are:" + items. The lead-in's last sentence is read as if each item's name ended it.
 */
import type { TaggedText } from '../nlp.js';
import type { ProseUnit } from '../prose.js';
import { sentenceRelations } from './sentence-relations.js';
import type { Subjects } from './subjects.js';
import type { ExtractedRelation, Slot } from './types.js';

const LEAD_IN_END = /(?::|\bsuch as|\blike|\bincluding|\binclude|\bincludes|\bare|\be\.g\.|\bas follows)\s*$/i;

export function leadInRelations(
  units: readonly ProseUnit[],
  tagged: readonly TaggedText[],
  slotsOf: (unit: ProseUnit) => readonly Slot[],
  subjects: Subjects,
  evidenceFor: (
    unit: ProseUnit,
    sentence: { start: number; end: number },
  ) => (offset: number) => { file: string; line: number; text: string },
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const item of units) {
    if (item.kind !== 'item' || item.leadIn === null) continue;
    const leadIn = units[item.leadIn];
    const sentence = tagged[leadIn.index].sentences.at(-1);
    if (!sentence) continue;
    const leadText = leadIn.text.slice(sentence.start).trimEnd();
    if (!LEAD_IN_END.test(leadText)) continue;
    const name = subjects.leadingName(item) ?? firstNameAlone(item, slotsOf(item));
    if (!name) continue;
    // The lead-in sentence with the item's name appended as its last slot.
    const text = `${leadIn.text.slice(0, sentence.start + leadText.length)} ${name}`;
    const itemSlot: Slot = { start: text.length - name.length, end: text.length, name, isCategory: false };
    const slots = [
      ...slotsOf(leadIn).filter((s) => s.start >= sentence.start && s.end <= sentence.start + leadText.length),
      itemSlot,
    ];
    const itemEvidence = evidenceFor(item, { start: 0, end: item.text.length });
    const leadEvidence = evidenceFor(leadIn, sentence);
    for (const relation of sentenceRelations({
      text,
      start: sentence.start,
      end: text.length,
      slots,
      implicitSubject: subjects.ofUnit(leadIn),
      recentCategory: null,
      evidence: () => ({
        ...leadEvidence(sentence.start),
        line: itemEvidence(0).line,
        text: `${leadEvidence(sentence.start).text} ${item.text.replace(/\s+/g, ' ').trim()}`,
      }),
    })) {
      relations.push({ ...relation, confidence: relation.confidence * 0.9, rule: `lead-in/${relation.rule}` });
    }
  }
  return relations;
}

/** An item that is only a name ("-  Linkerd"). */
function firstNameAlone(item: ProseUnit, slots: readonly Slot[]): string | null {
  const names = slots.filter((s) => !s.isCategory);
  if (names.length !== 1) return null;
  const rest = (item.text.slice(0, names[0].start) + item.text.slice(names[0].end)).replace(/[\s.,;:]/g, '');
  return rest === '' ? names[0].name : null;
}
