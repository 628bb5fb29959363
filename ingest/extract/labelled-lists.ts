/**
 * Items that sort names by a purpose under a lead-in naming their kind: "Tools for containerized apps:" +
 * "Monitoring: Zorp, Quux" makes Zorp and Quux monitoring tools. The label is a word of the item, not a name.
 */
import type { ProseUnit } from '../prose.js';
import { singular } from './names.js';
import type { ExtractedRelation, Slot } from './types.js';

const LABEL = /^([A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*)?)\s*:\s*/;
const SEPARATOR = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
/** A lead-in that opens with the plural kind of its items ("Tools that can be used for ...:"). */
const KIND_LEAD_IN = /^\s*(?:(?:some|other|popular|common|useful)\s+)?([a-z]+[^s\s]s)\b[^.]*:\s*$/i;
/** Plurals that are no kind of listed thing, among them people ("Users can deploy it in different scenarios:"). */
const NOT_KINDS =
  /^(?:examples|options|ways|steps|things|features|benefits|details|notes|links|resources|users|developers|administrators|operators|people|customers|teams|engineers)$/i;

export function labelledListRelations(
  item: ProseUnit,
  leadText: string,
  slots: readonly Slot[],
  evidence: () => ExtractedRelation['evidence'],
): ExtractedRelation[] {
  const kind = KIND_LEAD_IN.exec(leadText);
  const label = LABEL.exec(item.text);
  if (!kind || !label || NOT_KINDS.test(kind[1])) return [];
  const names = slots.filter((s) => !s.isCategory);
  // The label must not itself be (part of) a name, and the rest of the item only names joined by commas.
  if (names.length === 0 || names[0].start < label[0].length) return [];
  for (let i = 1; i < names.length; i++)
    if (!SEPARATOR.test(item.text.slice(names[i - 1].end, names[i].start))) return [];
  if (item.text.slice(names[names.length - 1].end).replace(/[\s.]/g, '') !== '') return [];
  const category = `${label[1].toLowerCase()} ${singular(kind[1].toLowerCase())}`;
  return names.map((name) => ({
    source: name.name,
    target: category,
    type: 'IS_A',
    targetIsCategory: true,
    confidence: 0.65,
    evidence: evidence(),
    rule: 'labelled-list',
  }));
}
