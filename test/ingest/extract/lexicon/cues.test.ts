import { describe, expect, it } from 'vitest';
import { readRelations } from '../read-relations.js';

describe('relation cues', () => {
  it.each([
    [
      'a preposition ends the object phrase of a cue',
      'Zorp is a utility for creating and managing the keys for Quux switches.',
      ['Zorp IS_A utility (category)'],
    ],
    [
      'a copula ends the object phrase of a cue',
      'In Zorp 2, the reference implementation of the image is a Quux machine.',
      [],
    ],
    ['a managed noun says where it runs, not what is managed', 'Zorp is available as a managed service in Quux.', []],
    ['a managed name is what is managed', 'Zorp offers a managed Quux service.', ['Zorp MANAGES Quux']],
    [
      'a participle in parentheses is about the name and noun before it',
      'Zorp runs containers on a Quux cluster (managed by Blip).',
      ['Zorp SUPPORTS Quux', 'Blip MANAGES Quux'],
    ],
    [
      'a participle after a comma is about the name before it',
      'Zorp converts guests to run on Quux, managed by Blip.',
      ['Zorp SUPPORTS Quux', 'Blip MANAGES Quux'],
    ],
    [
      'a participle after a common noun is about that noun',
      'Zorp uses volumes to attach storage to containers managed by Quux.',
      [],
    ],
    ['the passive with a copula', 'Zorp is managed by Quux.', ['Quux MANAGES Zorp']],
    ['what replaces a name is an alternative to it', 'Zorp supersedes Quux.', ['Zorp ALTERNATIVE_TO Quux']],
    [
      'a comparison is no example, and an adverb does not break a coordinated predicate',
      'Zorp supports third-party drivers just like Quux, and fully replaces Quux as the solution.',
      ['Zorp ALTERNATIVE_TO Quux'],
    ],
    [
      'an equivalent is an alternative',
      'Zorp is equivalent to Quux or Blip.',
      ['Zorp ALTERNATIVE_TO Quux', 'Zorp ALTERNATIVE_TO Blip'],
    ],
    ['a similar thing is not', 'Zorp is similar to Quux.', []],
    ['whatever stands on top of a name is built on it', 'Zorp can be deployed on top of Quux.', ['Zorp BUILT_ON Quux']],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst)).toEqual(expected);
  });
});
