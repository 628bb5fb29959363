import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD_PATTERN, wordSpans } from '../../../ingest/extract/word-spans.js';

const byPattern = (text: string) =>
  [...text.matchAll(WORD_PATTERN)].map((match) => ({ start: match.index, end: match.index + match[0].length }));

describe('wordSpans', () => {
  it.each([
    ['Zorp and C++ or Z#', ['Zorp', 'and', 'C++', 'or', 'Z#']],
    ["zorp-d v1.2 Acme’s quux's", ['zorp-d', 'v1.2', 'Acme’s', "quux's"]],
    ['ends-. with - and .dots.', ['ends', 'with', 'and', 'dots']],
    ['Ünïcode 𝔸lpha ٣٤', ['Ünïcode', '𝔸lpha', '٣٤']],
  ])('%j', (text, words) => {
    expect(wordSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual(words);
  });

  it('finds what the pattern matches, on any mix of letters, digits, marks and separators', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '7',
      'é',
      '𝔸',
      '٣',
      '+',
      '#',
      '-',
      '.',
      "'",
      '’',
      ' ',
      '_',
      '/',
      '\ud835',
      '\u0301',
      ',',
    );
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(wordSpans(sample)).toEqual(byPattern(sample));
      }),
      { numRuns: 2000 },
    );
  });
});
