import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

const own = (rst: string) => readRelations(rst).filter((r) => /SUPPORTS|USES|INTEGRATES_WITH/.test(r));

describe('itemObjectRelations: items read as the rest of their lead-in', () => {
  it.each([
    [
      'every name an item coordinates is an object of the cue',
      'Zorp supports the following features:\n\n- Quux, Blip and Fnord tunnelling\n- Standard Wibble model with ports\n',
      ['Zorp SUPPORTS Quux', 'Zorp SUPPORTS Blip', 'Zorp SUPPORTS Fnord', 'Zorp SUPPORTS Wibble'],
    ],
    ['a use cue', 'Zorp uses these libraries:\n\n- the Quux and Blip parsers\n', ['Zorp USES Quux', 'Zorp USES Blip']],
    [
      'names after the first verb of an item are not objects',
      'Zorp supports the following features:\n\n- fast forwarding using Quux\n',
      [],
    ],
    [
      'a later sentence of an item has its own subject',
      'Zorp supports the following features:\n\n- tunnelling of all kinds. It relies on Quux.\n',
      [],
    ],
    ['an item that opens with a verb lists an action', 'Zorp is used to:\n\n- build the Quux server and Blip.\n', []],
    [
      'a term and its gloss: the gloss names no object',
      'Zorp supports these modes:\n\n- Grault mode - speaks Quux\n',
      [],
    ],
  ])('%s', (_, rst, expected) => {
    expect(own(rst)).toEqual(expected);
  });

  it('keeps a lead-in that names one item alone', () => {
    expect(own('Zorp supports these providers:\n\n- Quux\n- Blip\n')).toEqual([
      'Zorp SUPPORTS Quux',
      'Zorp SUPPORTS Blip',
    ]);
  });

  it('reads a lead-in that points back ("This includes:") as the sentence before it', () => {
    const rst =
      'Zorp may interact with several other services. This includes:\n\n- the Quux module for metrics\n- the Blip service for images\n';
    expect(own(rst)).toEqual(['Zorp INTEGRATES_WITH Quux', 'Zorp INTEGRATES_WITH Blip']);
  });
});
