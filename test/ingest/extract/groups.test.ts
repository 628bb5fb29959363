import { describe, expect, it } from 'vitest';
import { groupSlots } from '../../../ingest/extract/groups.js';
import type { Slot } from '../../../ingest/extract/types.js';
import { readRelations } from './read-relations.js';

/** Slots for the given names, found in the text in order. */
function slotsOf(text: string, names: string[]): Slot[] {
  let from = 0;
  return names.map((name) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: from, name, isCategory: false };
  });
}

describe('groupSlots', () => {
  it.each([
    ['commas and "or"', 'Zorp, Quux, or Blip', ['Zorp', 'Quux', 'Blip'], [['Zorp', 'Quux', 'Blip']]],
    ['over an item not known as a name', 'Zorp, Qa, or Blip', ['Zorp', 'Blip'], [['Zorp', 'Blip']]],
    ['over up to three such items', 'Zorp, Qa, Qb.js, C#, and Blip', ['Zorp', 'Blip'], [['Zorp', 'Blip']]],
    ['not over lower-case words', 'Zorp, the rest and Blip', ['Zorp', 'Blip'], [['Zorp'], ['Blip']]],
    ['not over a clause', 'Zorp, Qa runs Blip', ['Zorp', 'Blip'], [['Zorp'], ['Blip']]],
  ])('%s', (_, text, names, expected) => {
    expect(groupSlots(text, slotsOf(text, names)).map((g) => g.slots.map((s) => s.name))).toEqual(expected);
  });

  it('a coordinated predicate with a modal keeps the subject', () => {
    expect(readRelations('Zorp is written in Quux and can be run on Blip.')).toEqual([
      'Zorp WRITTEN_IN Quux',
      'Zorp SUPPORTS Blip',
    ]);
  });
});
