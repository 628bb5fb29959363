import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Gazetteer, type NameMatch } from '../../../ingest/extract/gazetteer.js';
import { nameKey } from '../../../ingest/extract/names.js';
import { ADJECTIVE_SUFFIX } from '../../../ingest/extract/proper-nouns.js';

const gazetteer = (...names: string[]) => {
  const known = new Gazetteer();
  for (const name of names) known.add(name);
  return known;
};
const surfaces = (matches: NameMatch[]) => matches.map((match) => match.surface);

describe('Gazetteer.find', () => {
  it.each([
    ['the longest name wins', ['Zorp', 'Zorp Mesh'], 'We run Zorp Mesh and Zorp.', ['Zorp Mesh', 'Zorp']],
    [
      'case, hyphens and spaces do not matter',
      ['Blip-Net'],
      'blipnet, Blip Net and BLIP-NET.',
      ['Blip Net', 'BLIP-NET'],
    ],
    ['a lower-case form needs the name written so', ['Mesh'], 'a mesh of Mesh', ['Mesh']],
    ['a name used as an adjective', ['Quux'], 'Quux-compatible tools', ['Quux']],
    ['no punctuation inside a name of several words', ['Foo Bar'], 'Foo, Bar and Foo Bar', ['Foo Bar']],
    ['a line break inside a name', ['Foo Bar Baz'], 'see Foo\nBar  Baz now', ['Foo Bar Baz']],
    ['non-ASCII names', ['Café Zürich'], 'the Café  Zürich one', ['Café Zürich']],
    ['a compatibility form (NFKC)', ['ﬁnd Tool'], 'the find Tool', ['find Tool']],
    ['a combining accent after an ASCII word', ['Café Zürich'], 'the Cafe\u0301 Zürich one', ['Cafe\u0301 Zürich']],
    ['at most six words', ['A B C D E F G'], 'A B C D E F G', []],
    ['not an article run into a one-word acronym', ['AQI'], 'a QI and AQI', ['AQI']],
    ['a one-word name written in two words, case and all', ['ZorpNet'], 'Zorp Net, zorp Net', ['Zorp Net']],
  ])('%s', (_what, names, text, expected) => expect(surfaces(gazetteer(...names).find(text))).toEqual(expected));

  // find() grows candidate names word by word on ASCII text; this is the plain reading it must agree with.
  it('agrees with keying every run of words whole, on any text', () => {
    const word = fc.constantFrom(
      'Zorp',
      'zorp',
      'Mesh',
      'mesh',
      'Net',
      'ZORP',
      'Café',
      'cafe',
      'Ünit',
      'K8s',
      'C++',
      'x',
    );
    // '\u0301' (a combining accent) composes with the letter before it under NFKC: "Cafe\u0301" is "Café".
    const glue = fc.constantFrom(
      '\u0301 ',
      ' ',
      '  ',
      '\n',
      '-',
      '.',
      '. ',
      ', ',
      '/',
      '’',
      "'",
      '-compatible ',
      ' (',
      ') ',
    );
    const phrase = fc.array(fc.tuple(word, glue), { minLength: 1, maxLength: 12 });
    const render = (parts: [string, string][]) => parts.map(([w, g]) => w + g).join('');
    fc.assert(
      fc.property(fc.array(phrase.map(render), { maxLength: 8 }), phrase.map(render), (names, text) => {
        const known = gazetteer(...names.map((name) => name.trim()));
        expect(known.find(text)).toEqual(
          referenceFind(
            names.map((name) => name.trim()),
            text,
          ),
        );
      }),
      { numRuns: 1500 },
    );
  });
});

/** The straightforward matcher: every run of 6..1 words keyed whole with nameKey. */
function referenceFind(names: string[], text: string): NameMatch[] {
  const forms = new Map<string, Set<string>>();
  for (const name of names) {
    const key = nameKey(name);
    if (key.length > 0) forms.set(key, (forms.get(key) ?? new Set()).add(name));
  }
  const accepts = (surface: string, written: Set<string>) => {
    const flat = surface.replace(/\s+/g, ' ');
    if (written.has(flat)) return true;
    const oneWord = [...written].every((form) => !/[\s\-_.'’/]/.test(form));
    if (flat.includes(' ') && oneWord) return written.has(flat.replace(/ /g, ''));
    return /\p{Lu}|\d/u.test(flat) || [...written].every((form) => form === form.toLowerCase());
  };
  const word = /[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[-.'’][\p{L}\p{N}+#]+)*[+#]*/gu;
  const words = [...text.matchAll(word)].map((m) => ({
    start: m.index,
    end: m.index + m[0].replace(ADJECTIVE_SUFFIX, '').length,
  }));
  const matches: NameMatch[] = [];
  for (let i = 0; i < words.length;) {
    let found: NameMatch | null = null;
    for (let n = Math.min(6, words.length - i); n >= 1 && !found; n--) {
      const [start, end] = [words[i].start, words[i + n - 1].end];
      const surface = text.slice(start, end);
      if (n > 1 && /[,;:()!?]|\.\s/.test(surface)) continue;
      const written = forms.get(nameKey(surface));
      if (written && accepts(surface, written))
        found = { start, end, surface: surface.replace(/\s+/g, ' '), key: nameKey(surface) };
      if (found) i += n;
    }
    if (found) matches.push(found);
    else i++;
  }
  return matches;
}
