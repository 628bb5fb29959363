import { describe, expect, it } from 'vitest';
import { compoundName } from '../../../ingest/extract/declarations.js';
import { Gazetteer } from '../../../ingest/extract/gazetteer.js';

const known = new Gazetteer();
for (const name of ['Zorp', 'Quux Cloud', 'ZI', 'Container Runtime Interface']) known.add(name);

describe('compoundName', () => {
  it.each([
    ['a declared name and a word of its own', 'Zorp Client', 'Zorp Client'],
    ['two words after the name', 'Quux Cloud IoT Hub', 'Quux Cloud IoT Hub'],
    ['a short declared name after it', 'Zorp ZI', 'Zorp ZI'],
    ['a generic aspect word after it', 'Zorp Architecture', null],
    ['only generic words after it', 'Zorp Networking', null],
    ['a category after it', 'Zorp Logging Drivers', null],
    ['a name of several words after it', 'Zorp Container Runtime Interface', null],
    ['the name not first', 'Acme Zorp', null],
    ['the name alone', 'Zorp', null],
  ])('%s', (_name, phrase, expected) => {
    expect(compoundName(phrase, known.find(phrase))).toBe(expected);
  });
});
