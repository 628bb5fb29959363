import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

const supports = (rst: string) => readRelations(rst).filter((r) => r.includes(' SUPPORTS '));

describe('hostedExamples: examples of add-ons whose host the text just named', () => {
  it.each([
    [
      'plugins that extend a name',
      'Volume plugins extend the functionality of the Zorp Engine. Examples: Quux, Blip.',
      ['Zorp Engine SUPPORTS Quux', 'Zorp Engine SUPPORTS Blip'],
    ],
    ['drivers for a name', 'Storage drivers for Zorp are many. Examples: Quux.', ['Zorp SUPPORTS Quux']],
    ['no role category, no host', 'Volume tools extend the functionality of Zorp. Examples: Quux.', []],
    [
      'a host said in another section is not this one',
      'Volume plugins extend Zorp.\n\nOther\n=====\n\nExamples: Quux.',
      [],
    ],
  ])('%s', (_, rst, expected) => {
    expect(supports(rst)).toEqual(expected);
  });
});
