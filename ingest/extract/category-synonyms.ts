/**
 * Category phrases the text declares to be one kind of thing: "a zorpvisor (or quux monitor) is", "a zorpvisor,
 * also called a quux monitor,". An article after "or" offers a choice instead ("a zorpvisor (or a quux box)").
 */
import type { Slot } from './types.js';

const SYNONYM_CUE = /^\s*(?:\(\s*or|[,(]?\s*also\s+(?:called|known\s+as))\s+$/i;

/** Pairs [term, synonym] of category slots in one prose unit, in the order the text gives them. */
export function categorySynonyms(text: string, slots: readonly Slot[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < slots.length; i++) {
    const [term, synonym] = [slots[i], slots[i + 1]];
    if (!term.isCategory || !synonym.isCategory || term.name === synonym.name) continue;
    if (SYNONYM_CUE.test(text.slice(term.end, synonym.start))) pairs.push([term.name, synonym.name]);
  }
  return pairs;
}
