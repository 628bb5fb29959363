import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

describe('clause attachment', () => {
  it.each([
    [
      'a relative clause after an object noun is about that noun',
      'Zorp can manage any node which supports Quux and Blip.',
      [],
    ],
    [
      'a relative clause after a name and the noun it qualifies is about the noun',
      'You can write a Zorp driver for your Quux environment, which can be a drop-in replacement for the Blip driver.',
      [],
    ],
    [
      'a relative clause on the predicate noun is about the subject',
      'Zorp is a tool that manages Quux.',
      ['Zorp MANAGES Quux', 'Zorp IS_A tool (category)'],
    ],
    ['a participle after a plural noun is about that noun', 'Zorp runs containers built on Quux.', []],
    [
      'a passive infinitive after a plural noun is about that noun',
      'A back end for Zorp allows for programs to be written in Quux.',
      [],
    ],
    [
      "a flavour of a name's things is no distribution of the name",
      'Blip enables to run a specific flavor of Quux programs.',
      [],
    ],
    ['a flavour of the name itself is', 'Zorp is a flavor of Quux.', ['Zorp DISTRIBUTION_OF Quux']],
    [
      'a participle after a plural predicate noun is about the subject',
      'Zorp and Quux are tools developed by Acme Corp.',
      ['Zorp DEVELOPED_BY Acme Corp', 'Quux DEVELOPED_BY Acme Corp'],
    ],
    [
      'a name after "from" is no subject of what follows',
      'Zorp converts guests from Quux or Blip to run on Fnord.',
      ['Zorp SUPPORTS Fnord'],
    ],
    [
      'things the subject works on are based on a name, not the subject',
      'Zorp can build Quux-based projects.',
      ['Zorp SUPPORTS Quux'],
    ],
    [
      'a definition by a name-based noun is a foundation',
      '- Zorp: Quux-based platform to deploy workloads.',
      ['Zorp BUILT_ON Quux'],
    ],
    ['and so is an apposition', 'Zorp, a Quux-based tool, is fast.', ['Zorp BUILT_ON Quux']],
    [
      'an apposition is about the name',
      'Zorp, a tool developed by Acme Corp, is fast.',
      ['Zorp DEVELOPED_BY Acme Corp'],
    ],
    [
      'a name qualifying the predicate noun leaves the sentence its subject',
      'Zorp is an open-source Quux solution provided by Acme Corp.',
      ['Zorp DEVELOPED_BY Acme Corp'],
    ],
    [
      'and so does a hyphenated quality of that noun',
      'Zorp is an on-premise Quux cloud platform that is open source and Blip-compatible.',
      ['Zorp IMPLEMENTS Blip'],
    ],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst)).toEqual(expected);
  });
});
