import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

describe('labelledListRelations', () => {
  it.each([
    [
      'a purpose label under a lead-in naming the kind',
      'Tools that can be used for containerized applications:\n\n-  Monitoring: Zorp, Quux and Blip.\n-  Logging: Fnord\n',
      [
        'Zorp IS_A monitoring tool (category)',
        'Quux IS_A monitoring tool (category)',
        'Blip IS_A monitoring tool (category)',
        'Fnord IS_A logging tool (category)',
      ],
    ],
    ['a label followed by prose is not a list', 'Tools we like:\n\n-  Monitoring: Zorp watches Quux.\n', []],
    ['a lead-in that names no kind', 'We use these:\n\n-  Monitoring: Zorp, Quux\n', []],
    ['a generic plural is not a kind', 'Examples for containers:\n\n-  Monitoring: Zorp, Quux\n', []],
    ['people are no kind of what they use', 'Users can deploy it in different ways:\n\n-  Hosted: Zorp, Quux\n', []],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst)).toEqual(expected);
  });
});
