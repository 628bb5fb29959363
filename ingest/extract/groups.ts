/**
 * Names a sentence coordinates ("Xyn, QVM, and Hyper-Q") read as one group: what is said of the group is said of
 * each of its names.
 */
import type { Slot } from './types.js';

export interface Group {
  slots: Slot[];
  start: number;
  end: number;
  isCategory: boolean;
}

const COORDINATION_GLOSSED = /^\s*\([^()]*\)\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/;
const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+|as well as\s+)?|\s+(?:and|or|&|as well as)\s+|\s*\/\s*)$/;
/** "Zorp, Qa, Blip, or Fnord": a list goes on over items not known as names (one capitalised word each). */
const COORDINATION_OVER_UNKNOWN = /^\s*,\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}.+#-]*\s*,\s*){1,3}(?:and\s+|or\s+)?$/u;

export function names(group: Group): string[] {
  return group.slots.map((slot) => slot.name);
}

/** Slots joined by commas, "and", "or" or slashes form one group ("Xyn, QVM, and Hyper-Q"). */
export function groupSlots(text: string, input: readonly Slot[]): Group[] {
  const groups: Group[] = [];
  // Names written side by side ("Acme Hyper-Q") are one name: the last one, qualified by the others.
  // A parenthesis right after a name ("Amazon EC2 (AMI)") glosses it: the list goes on after it.
  const slots: Slot[] = [];
  for (const slot of input) {
    const last = slots[slots.length - 1];
    const between = last ? text.slice(last.end, slot.start) : '';
    if (last && !last.isCategory && !slot.isCategory && /^\s$/.test(between)) {
      slots[slots.length - 1] = { ...slot, start: last.start };
    } else if (last && !last.isCategory && /^\s*\($/.test(between) && /^[^()]*\)/.test(text.slice(slot.end))) {
      const close = text.indexOf(')', slot.end);
      slots[slots.length - 1] = { ...last, end: close + 1 };
    } else slots.push(slot);
  }
  for (const slot of slots) {
    const last = groups[groups.length - 1];
    const between = last ? text.slice(last.end, slot.start) : '';
    if (
      last &&
      !last.isCategory &&
      !slot.isCategory &&
      (COORDINATION.test(between) || COORDINATION_GLOSSED.test(between) || COORDINATION_OVER_UNKNOWN.test(between))
    ) {
      last.slots.push(slot);
      last.end = slot.end;
    } else groups.push({ slots: [slot], start: slot.start, end: slot.end, isCategory: slot.isCategory });
  }
  return groups;
}
