import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

describe('withMakers', () => {
  it.each([
    [
      'a name that starts with a maker the text shows is its product',
      'Blip is developed by Acme. Users like Acme Frobnitz and Quux.',
      ['Blip DEVELOPED_BY Acme', 'Acme Frobnitz DEVELOPED_BY Acme'],
    ],
    [
      'a name the text shows as no maker is only a prefix',
      'Blip is made possible by Acme. Users like Acme Frobnitz and Quux.',
      [],
    ],
    [
      'a plural after the maker is things of it, not a product',
      'Blip is developed by Acme Corp. Acme Corp Frobnitz and Acme Corp Pods ship.',
      ['Blip DEVELOPED_BY Acme Corp', 'Acme Corp Frobnitz DEVELOPED_BY Acme Corp'],
    ],
    [
      'an organisation is no product of its namesake',
      'Blip is developed by Acme. Users like Acme Foundation and Quux.',
      ['Blip DEVELOPED_BY Acme'],
    ],
    [
      'a name linked to the site of the word before it is a product of that maker',
      'Examples are Acme `Frobnitz <https://docs.acme.example/frobnitz>`__, Quux and Fnord.',
      ['Acme Frobnitz DEVELOPED_BY Acme'],
    ],
    [
      'a name linked to a site of its own is not',
      'Examples are Acme `Frobnitz <https://docs.frobnitz.example/>`__, Quux and Fnord.',
      [],
    ],
    [
      "a former name's maker is not the thing's",
      'Blip is developed by Acme. Zorp (formerly Acme Frobnitz) is fast.',
      ['Blip DEVELOPED_BY Acme'],
    ],
    [
      'powered by a maker is made by it',
      'Blip is developed by Acme. Zorp is powered by Acme.',
      ['Blip DEVELOPED_BY Acme', 'Zorp DEVELOPED_BY Acme'],
    ],
    [
      'powered by another name is a foundation',
      'Blip is developed by Acme. Zorp is powered by Quux.',
      ['Blip DEVELOPED_BY Acme', 'Zorp BUILT_ON Quux'],
    ],
    [
      "a maker's product in the maker's section is no part of it",
      'Acme\n====\n\nBlip is developed by Acme. Acme Frobnitz is the commercial version.',
      ['Blip DEVELOPED_BY Acme', 'Acme Frobnitz DEVELOPED_BY Acme'],
    ],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst)).toEqual(expected);
  });
});
