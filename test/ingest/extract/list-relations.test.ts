import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

describe('leadInRelations: "there are many <things> (for X), including:"', () => {
  it.each([
    [
      'things for a name are kinds of "<name> <thing>"',
      'There are many hosted solutions available for Zorp, including:\n\n-  Quux: runs it.\n-  Blip\n',
      ['Quux IS_A Zorp hosted solution (category)', 'Blip IS_A Zorp hosted solution (category)'],
    ],
    [
      'without an object, the things themselves',
      'There are several monitoring tools, such as:\n\n-  Quux\n',
      ['Quux IS_A monitoring tool (category)'],
    ],
    ['ways are no kind', 'There are many ways for Zorp, including:\n\n-  Quux\n', []],
    ['an object that is no single name', 'There are many hosted solutions for big teams, including:\n\n-  Quux\n', []],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst).filter((r) => r.includes('IS_A'))).toEqual(expected);
  });
});
