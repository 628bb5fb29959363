import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

const own = (rst: string) => readRelations(rst).filter((r) => /SUPPORTS|USES|INTEGRATES_WITH/.test(r));

describe('relationSectionRelations: a title naming how its list relates to the subject', () => {
  it.each([
    [
      'integrations, listed after labels',
      'Zorp\n====\n\nIntegrations\n------------\n\n* Network plugins: Quux, Blip\n* Runtime events: Fnord\n',
      ['Zorp INTEGRATES_WITH Quux', 'Zorp INTEGRATES_WITH Blip', 'Zorp INTEGRATES_WITH Fnord'],
    ],
    [
      'dependencies, listed alone',
      'Zorp\n====\n\nDependencies\n------------\n\n* Quux\n* Blip\n',
      ['Zorp USES Quux', 'Zorp USES Blip'],
    ],
    [
      'supported things',
      'Zorp\n====\n\nSupported platforms\n-------------------\n\n* Quux, Blip\n',
      ['Zorp SUPPORTS Quux', 'Zorp SUPPORTS Blip'],
    ],
    [
      'without a titled subject, the name the document opens defining',
      'Zorp is a tool for things.\n\nIntegrations\n------------\n\n* Plugins: Quux\n',
      ['Zorp INTEGRATES_WITH Quux'],
    ],
    [
      'an item of prose lists nothing',
      'Zorp\n====\n\nIntegrations\n------------\n\n* Quux can call it from Blip.\n',
      [],
    ],
    [
      "a title of a name's add-ons: each add-on an item opens with",
      'Zorp Plugins\n============\n\nNetwork plugins. For instance:\n\n- Quux: Provides policies.\n- Blip: Talks to Fnord.\n',
      ['Zorp SUPPORTS Quux', 'Zorp SUPPORTS Blip'],
    ],
    [
      'not a label over a group of names',
      'Zorp Providers\n==============\n\nZorp has providers in different stacks:\n\n- Fnord: Quux, Blip.\n',
      ['Zorp SUPPORTS Quux', 'Zorp SUPPORTS Blip'],
    ],
    ['another title relates nothing', 'Zorp\n====\n\nFriends\n-------\n\n* Quux\n', []],
  ])('%s', (_, rst, expected) => {
    expect(own(rst)).toEqual(expected);
  });
});
