import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

describe('componentListRelations', () => {
  // A lead-in whose verb is itself a part cue ("consists of") is read by the lead-in reader too; resolve merges both.
  const parts = (rst: string) => [...new Set(readRelations(rst).filter((r) => r.includes(' PART_OF ')))];
  it.each([
    [
      'a name that consists of the following components',
      'Zorp version 4.0 consists of the following major components:\n\n* **Quux** - Does one thing.\n* **Blip** - Does another.\n',
      ['Quux PART_OF Zorp', 'Blip PART_OF Zorp'],
    ],
    [
      'the components of this distribution, in a section about a name',
      'Zorp\n====\n\nWhat is here\n------------\n\nThe main components of this distribution are:\n\n- Quux, a daemon that runs.\n- Blip, a tool for people.\n',
      ['Quux PART_OF Zorp', 'Blip PART_OF Zorp'],
    ],
    [
      'tools a name provides',
      'Zorp also provides some tools:\n\n- Quux, a utility for queries.\n- Blip, a utility for keys.\n',
      ['Quux PART_OF Zorp', 'Blip PART_OF Zorp'],
    ],
    [
      'terms of a definition list',
      'The Zorp service includes the following components:\n\nQuux\n  A service that answers.\n\nBlip\n  A service that works.\n',
      ['Quux PART_OF Zorp', 'Blip PART_OF Zorp'],
    ],
    [
      'other projects of a name',
      'Snarf makes use of other Zorp projects:\n\n* **Quux** - For storage.\n* **Blip** - For keys.\n',
      ['Quux PART_OF Zorp', 'Blip PART_OF Zorp'],
    ],
    [
      'an item that names its own owner',
      'Snarf makes use of other Zorp projects:\n\n* **Quux** - Is technically part of Blip.\n',
      ['Quux PART_OF Blip'],
    ],
    ['a name that merely has a list', 'Zorp runs on these machines:\n\n- Quux\n- Blip\n', []],
    ['a later clause is not the owner', 'Zorp runs on Quux, which has several components:\n\n- Blip\n', []],
  ])('%s', (_, rst, expected) => {
    expect(parts(rst)).toEqual(expected);
  });
});

describe('componentListRelations: what every piece is', () => {
  it('pieces said to be daemons are daemons, and the owner is none of them', () => {
    const rst =
      '-  Zorp - The core. It consists of three sub-components, which are individual daemons. They run apart:\n\n' +
      '   -  Quux - Runs the API.\n   -  Blip - Runs the workers.\n';
    expect(readRelations(rst).filter((r) => r.includes(' IS_A ') || r.includes(' PART_OF '))).toEqual([
      'Quux PART_OF Zorp',
      'Quux IS_A daemon (category)',
      'Blip PART_OF Zorp',
      'Blip IS_A daemon (category)',
    ]);
  });
});
