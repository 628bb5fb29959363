import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiNameKey } from '../../../ingest/extract/ascii-name-key.js';
import { nameKey } from '../../../ingest/extract/names.js';

describe('asciiNameKey', () => {
  it.each([
    ['Hyper-V', 0, 7, 'hyperv'],
    ['use CRI-O here', 4, 9, 'crio'],
    ["Foo's bar_baz/qux.io", 0, 20, 'foosbarbazquxio'],
    ['A\tB\nC\rD\fE\vF', 0, 11, 'abcdef'],
    ['C++ and C#', 0, 10, 'c++andc#'],
    ['Café', 0, 4, null],
    ['It’s', 0, 4, null],
    ['x Café', 0, 1, 'x'],
  ])('asciiNameKey(%j, %i, %i) = %j', (text, start, end, key) => expect(asciiNameKey(text, start, end)).toBe(key));

  // The gazetteer relies on this: for ASCII it is nameKey itself, so a change to nameKey must show up here.
  it('equals nameKey on any ASCII slice, and is null exactly when the slice is not ASCII', () => {
    const separatorOrLetter = fc.constantFrom('-', '_', '.', "'", '/', ' ', '\t', 'A', 'z', '’', 'É', 'ﬁ');
    const asciiCharacter = fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code));
    const text = fc.string({ unit: fc.oneof(separatorOrLetter, asciiCharacter) });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const [start, end] = [Math.min(a, b) % (value.length + 1), Math.max(a, b) % (value.length + 1)];
        const [from, to] = start <= end ? [start, end] : [end, start];
        const slice = value.slice(from, to);
        const expected = [...slice].every((character) => character.charCodeAt(0) <= 0x7f) ? nameKey(slice) : null;
        expect(asciiNameKey(value, from, to)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
