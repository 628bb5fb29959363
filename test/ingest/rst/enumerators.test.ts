import { describe, expect, it } from 'vitest';
import { fromRoman, isListItem, nextMarkers, parseEnumerator, toRoman } from '../../../ingest/rst/enumerators.js';
import { PATTERNS } from '../../../ingest/rst/patterns.js';

const parse = (marker: string) => parseEnumerator(PATTERNS.enumerator.exec(marker)!);

describe('enumerators', () => {
  it.each([
    ['1. ', { format: 'period', sequence: 'arabic', ordinal: 1 }],
    ['(3) ', { format: 'parens', sequence: 'arabic', ordinal: 3 }],
    ['b) ', { format: 'rparen', sequence: 'loweralpha', ordinal: 2 }],
    ['i. ', { sequence: 'lowerroman', ordinal: 1 }],
    ['I. ', { sequence: 'upperroman', ordinal: 1 }],
    ['v. ', { sequence: 'loweralpha', ordinal: 22 }],
    ['xiv. ', { sequence: 'lowerroman', ordinal: 14 }],
    ['IIII. ', { sequence: 'upperroman', ordinal: null }],
    ['#. ', { sequence: '#', ordinal: 1 }],
  ])('parses %j', (marker, expected) => {
    expect(parse(marker)).toMatchObject(expected);
  });

  it('prefers the sequence already in use', () => {
    expect(parseEnumerator(PATTERNS.enumerator.exec('v. ')!, 'lowerroman')).toMatchObject({ ordinal: 5 });
  });

  it.each([
    [1999, 'MCMXCIX'],
    [4, 'IV'],
    [4999, 'MMMMCMXCIX'],
    [5000, null],
  ])('toRoman(%i)', (value, roman) => {
    expect(toRoman(value)).toBe(roman);
    if (roman) expect(fromRoman(roman)).toBe(value);
  });

  it('builds the next marker and the auto marker', () => {
    expect(nextMarkers(2, 'upperroman', 'parens')).toEqual(['(II) ', '(#) ']);
    expect(nextMarkers(27, 'loweralpha', 'period')).toBeNull();
  });

  it.each([
    ['1. ', undefined, true],
    ['1. ', '', true],
    ['1. ', '   indented', true],
    ['1. ', '2. next', true],
    ['1. ', '#. auto', true],
    ['1. ', '3. skip', false],
    ['1. ', 'text', false],
    ['IIII. ', undefined, false],
  ])('isListItem(%j, next %j)', (marker, next, expected) => {
    expect(isListItem(parse(marker), next)).toBe(expected);
  });
});
