/**
 * Names offered as a choice: "a store such as Zorp or Quux", "tools like Zorp or Quux", "(say Zorp vs. Quux or
 * Blip)". Examples joined by "or" are things a reader can pick between, so each is an alternative to the others;
 * "X and Y" examples are only members of one kind.
 */
import type { Group } from './groups.js';

const CHOICE_INTRO = /(?:\bsuch\s+as|\blike|\be\.g\.,?|\bsay|\bvs\.?|\bversus)\s*$/;

/** The pair of names a group after an examples marker offers as a choice, or none. */
export function choiceAlternatives(text: string, group: Group, gap: string, sentenceStart: number): [string, string][] {
  // "such as A, B, C, or D" lists examples of a kind; a choice is offered between two.
  if (group.slots.length !== 2 || !CHOICE_INTRO.test(gap) || /\b(?:just|much|exactly|un)\s*like\s*$/.test(gap))
    return [];
  // "runs on a system such as A or B" names where something runs, not rivals.
  const before = text.slice(sentenceStart, group.start).replace(/\s+/g, ' ').toLowerCase();
  if (/\bon\s+(?:an?\s+|any\s+|the\s+)?(?:[\w-]+\s+){1,3}(?:such\s+as|like)\s*$/.test(before)) return [];
  const joiners = group.slots.slice(1).map((slot, i) => text.slice(group.slots[i].end, slot.start));
  if (!joiners.some((joiner) => /\bor\b/.test(joiner)) || joiners.some((joiner) => /\band\b|&/.test(joiner))) return [];
  const pairs: [string, string][] = [];
  group.slots.forEach((slot, i) => {
    for (const other of group.slots.slice(i + 1)) pairs.push([slot.name, other.name]);
  });
  return pairs;
}
