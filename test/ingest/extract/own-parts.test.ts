import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

const section = (title: string, body: string) => `${title}\n${'^'.repeat(title.length)}\n\n${body}\n`;

describe('ownPartRelations', () => {
  it.each([
    [
      "names made of the section's subject and a word are its parts, once each",
      section('Zorp', 'Zorp uses an agent and a master: the Zorp Agent talks to the Zorp Master. The Zorp Agent runs.'),
      ['Zorp Agent PART_OF Zorp', 'Zorp Master PART_OF Zorp'],
    ],
    ['a version or a letter is no part', section('Zorp', 'Zorp 2 replaced Zorp X.'), []],
    ['outside a section about the name, nothing', 'The Zorp Agent talks to the Zorp Master.', []],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst).filter((r) => r.includes('PART_OF'))).toEqual(expected);
  });
});
