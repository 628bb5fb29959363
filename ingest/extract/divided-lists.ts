/**
 * Two-level lists under a lead-in that divides a kind into groups: "Zorp projects can be divided into two
 * categories:" + "Data Plane" with nested items "Quux", "Blip". Each nested name is a kind of the lead-in's
 * category and of the group the outer item labels.
 */
import type { TaggedText } from '../nlp.js';
import type { ProseUnit } from '../prose.js';
import { singular } from './names.js';
import { readingSentences } from './sentences.js';
import type { EvidenceFor, ExtractedRelation, Slot } from './types.js';

const GROUPS = '(?:categories|groups|types|kinds|classes|families|camps)';
/** "... can be divided into two categories:", "... fall into the following groups:". */
const DIVIDED = new RegExp(
  `\\b(?:divided|split|grouped|classified|categori[sz]ed|separated|sorted|broken\\s+down|falls?)\\s+into\\s+` +
    `(?:the\\s+following\\s+|these\\s+)?(?:[a-z0-9]+\\s+)?(?:main\\s+|broad\\s+|major\\s+)?${GROUPS}\\s*:\\s*$`,
  'i',
);
/** "There are two types of zorpers:": the kind follows "of". */
const GROUPS_OF = new RegExp(`\\b(?:[a-z0-9]+\\s+)?${GROUPS}\\s+of\\s+[^:]*:\\s*$`, 'i');
/** A group label: a few words, no sentence ("Data Plane", "Bare metal:"). */
const LABEL = /^\s*([A-Za-z][\w-]*(?:\s+[A-Za-z0-9][\w-]*){0,3})\s*:?\s*$/;

export function dividedListRelations(
  units: readonly ProseUnit[],
  tagged: readonly TaggedText[],
  slotsOf: (unit: ProseUnit) => readonly Slot[],
  evidenceFor: EvidenceFor,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const item of units) {
    if (item.kind !== 'item' || item.leadIn === null) continue;
    const group = units[item.leadIn];
    if (group.kind !== 'item' || group.leadIn === null || item.container !== group.index) continue;
    const label = LABEL.exec(group.text);
    // The label is a group's name, not a technology's: a name in it makes the nesting mean something else.
    if (!label || slotsOf(group).some((s) => !s.isCategory)) continue;
    const leadIn = units[group.leadIn];
    if (leadIn.kind !== 'paragraph') continue;
    const sentence = readingSentences(leadIn.text, tagged[leadIn.index].sentences).at(-1);
    if (!sentence) continue;
    const leadText = leadIn.text.slice(sentence.start, sentence.end).trimEnd();
    if (!DIVIDED.test(leadText) && !GROUPS_OF.test(leadText)) continue;
    const kind = slotsOf(leadIn)
      .filter((s) => s.isCategory && s.start >= sentence.start && s.end <= sentence.end)
      .at(-1);
    if (!kind) continue;
    const names = itemNames(item, slotsOf(item));
    if (names.length === 0) continue;
    const groupSlot = slotsOf(group).find((s) => s.isCategory);
    const labelText = label[1].toLowerCase().replace(/\s+/g, ' ');
    // A group the text names as a category ("Data Plane") is that category, the node the document already has
    // for it; a modifier ("bare metal") narrows the kind ("bare metal zorper").
    const words = labelText.split(' ');
    words[words.length - 1] = singular(words[words.length - 1]);
    const groupKind =
      groupSlot && groupSlot.end - groupSlot.start === label[1].length
        ? groupSlot.name
        : words.join(' ').endsWith(kind.name)
          ? words.join(' ')
          : `${labelText} ${kind.name}`;
    if (groupKind === kind.name) continue;
    const itemEvidence = evidenceFor(item, { start: 0, end: item.text.length })(0);
    const evidence = {
      ...itemEvidence,
      text: `${evidenceFor(leadIn, sentence)(sentence.start).text} ${group.text.trim()}: ${item.text.replace(/\s+/g, ' ').trim()}`,
    };
    for (const name of names) {
      for (const [target, confidence] of [
        [groupKind, 0.7],
        [kind.name, 0.7],
      ] as const) {
        relations.push({
          source: name,
          target,
          type: 'IS_A',
          targetIsCategory: true,
          confidence,
          evidence,
          rule: 'divided-list',
        });
      }
    }
  }
  return relations;
}

/** The names of an item made only of names joined by commas or "and"/"or" ("Zorp", "Zorp, Quux"). */
function itemNames(item: ProseUnit, slots: readonly Slot[]): string[] {
  const names = slots.filter((s) => !s.isCategory);
  if (names.length === 0 || slots.some((s) => s.isCategory)) return [];
  let rest = item.text.slice(0, names[0].start);
  for (let i = 1; i < names.length; i++) {
    if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(item.text.slice(names[i - 1].end, names[i].start)))
      return [];
  }
  rest += item.text.slice(names[names.length - 1].end);
  return rest.replace(/(?:etc\.?)|[\s.,;]/g, '') === '' ? names.map((s) => s.name) : [];
}
