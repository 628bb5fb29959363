import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

describe('choiceAlternatives', () => {
  it.each([
    [
      'two examples offered with "or" are alternatives',
      'Zorp stores the mapping in a key-value store such as Quux or Blip.',
      ['Quux ALTERNATIVE_TO Blip', 'Quux IS_A key-value store (category)', 'Blip IS_A key-value store (category)'],
    ],
    [
      'a longer list of examples is only examples',
      'Zorp uses hypervisors, such as Quux, Blip, Fnord, or Wibble.',
      [
        'Quux IS_A hypervisor (category)',
        'Blip IS_A hypervisor (category)',
        'Fnord IS_A hypervisor (category)',
        'Wibble IS_A hypervisor (category)',
        'Zorp USES Quux',
        'Zorp USES Blip',
        'Zorp USES Fnord',
        'Zorp USES Wibble',
      ],
    ],
    ['examples joined by "and" are no choice', 'Zorp stores data in stores such as Quux and Blip.', []],
    [
      'places to run on are no rivals',
      'Zorp can be installed on any system like Quux or Blip.',
      ['Zorp SUPPORTS Quux', 'Zorp SUPPORTS Blip'],
    ],
    [
      'the choice after "vs." is one too',
      'Systems differ (say Zorp vs. Quux or Blip).',
      ['Quux ALTERNATIVE_TO Blip', 'Zorp ALTERNATIVE_TO Quux', 'Zorp ALTERNATIVE_TO Blip'],
    ],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst)).toEqual(expected);
  });
});
