import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coordinations, edgeWords } from '../../../ingest/extract/coordination.js';

/** Capitalised words, or lower-case words made up for the tests. */
const isItem = (item: string) =>
  /^\p{Lu}[\p{L}\p{N}.#-]*(?: (?:for )?[\p{Lu}\p{N}][\p{L}\p{N}.#-]*)*$/u.test(item) ||
  /^(?:zorpd|blipctl|frob-tool)$/.test(item);

const items = (text: string) => coordinations(text, isItem).map((run) => run.map((item) => item.text));

describe('coordinations', () => {
  it.each([
    [
      'a list after a lead-in',
      'The main tools are Zorp,\nQuux CI, Blipper, and Frobz.',
      [['Zorp', 'Quux CI', 'Blipper', 'Frobz']],
    ],
    [
      'brackets after an item are left out',
      'Tools such as zorpd, ZAR (Zorp Activity Reporter), blipctl, Quux.',
      [['zorpd', 'ZAR', 'blipctl', 'Quux']],
    ],
    [
      'a list inside brackets',
      'It serves programs (e.g., Zorp, Quux, Blipper) with its API.',
      [['Zorp', 'Quux', 'Blipper']],
    ],
    [
      'a filler closes the list',
      'It offers Zorp Core, Zorp Hub, Zorp Edge, and many others.',
      [['Zorp Core', 'Zorp Hub', 'Zorp Edge']],
    ],
    ['"the" before the first item', 'The plane includes the Zorp, Quux, and Blip.', [['Zorp', 'Quux', 'Blip']]],
    ['a last item running on', 'We tried Zorp, Quux and Blip in production.', [['Zorp', 'Quux', 'Blip']]],
    [
      'connectors inside a name',
      'Examples: Acme VM for SPARQ, Acme VM for Z86, Frobz.',
      [['Acme VM for SPARQ', 'Acme VM for Z86', 'Frobz']],
    ],
    ['an apposition is no list', 'Zorp, the fast runtime, is popular.', []],
    ['two items are too few', 'It runs Zorp, Quux.', []],
    ['a full stop ends the list', 'It runs Zorp, Quux. Blip, Frobz and more.', []],
  ])('%s', (_name, text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it('gives the offsets of each item in the text', () => {
    const text = 'Use frob-tool, Zorp and Quux.';
    expect(coordinations(text, isItem)[0].map((item) => text.slice(item.start, item.end))).toEqual([
      'frob-tool',
      'Zorp',
      'Quux',
    ]);
  });
});

describe('edgeWords', () => {
  it('gives the first or last runs of non-white-space, as /\\S+/g finds them', () => {
    const piece = fc.constantFrom('Zorp', 'a', ' ', '  ', '\n', '\u00a0', '\u2003', ',', '😀', '(x)');
    const text = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 6 }), (sample, count) => {
        const all = [...sample.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length]);
        expect(edgeWords(sample, 'lead', count)).toEqual(all.slice(0, count));
        expect(edgeWords(sample, 'tail', count)).toEqual(all.slice(Math.max(0, all.length - count)));
      }),
    );
  });
});
