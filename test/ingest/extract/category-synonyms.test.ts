import { describe, expect, it } from 'vitest';
import { categorySynonyms } from '../../../ingest/extract/category-synonyms.js';
import type { Slot } from '../../../ingest/extract/types.js';

/** Slots for the given phrases where the text writes them; a capitalised phrase is a name. */
function slotsOf(text: string, phrases: string[]): Slot[] {
  return phrases.map((phrase) => {
    const start = text.indexOf(phrase);
    return { start, end: start + phrase.length, name: phrase.toLowerCase(), isCategory: /^\p{Ll}/u.test(phrase) };
  });
}

describe('categorySynonyms', () => {
  it.each([
    ['a zorpvisor (or quux monitor, QM) is', ['zorpvisor', 'quux monitor'], [['zorpvisor', 'quux monitor']]],
    ['a zorpvisor, also called quux monitor, is', ['zorpvisor', 'quux monitor'], [['zorpvisor', 'quux monitor']]],
    ['a zorpvisor (also known as quux monitor)', ['zorpvisor', 'quux monitor'], [['zorpvisor', 'quux monitor']]],
    ['a zorpvisor also known as quux monitor', ['zorpvisor', 'quux monitor'], [['zorpvisor', 'quux monitor']]],
    // An article after "or" offers a choice, and a name is no category.
    ['use a zorpvisor (or a quux monitor)', ['zorpvisor', 'quux monitor'], []],
    ['a zorpvisor (or Quux Monitor)', ['zorpvisor', 'Quux Monitor'], []],
    ['a zorpvisor or quux monitor', ['zorpvisor', 'quux monitor'], []],
  ])('%s', (text, phrases, expected) => expect(categorySynonyms(text, slotsOf(text, phrases))).toEqual(expected));
});
