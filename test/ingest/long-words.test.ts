import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLongWords, hasLongWord, MAX_WORD_CHARS } from '../../ingest/long-words.js';
import { isEnglishWord, tagText } from '../../ingest/nlp.js';
import { ingestDocuments } from '../../ingest/pipeline.js';

describe('breakLongWords', () => {
  it('leaves ordinary text alone', () => {
    const text = 'Engine uses https://engine.example/a/long/path?with=query and Runtime.';
    expect(breakLongWords(text)).toBe(text);
  });

  it('cuts over-long words by spaces, keeping the length and every other character', () => {
    const word = 'x'.repeat(3 * MAX_WORD_CHARS);
    const broken = breakLongWords(`a ${word} b`);
    expect(broken).toHaveLength(word.length + 4);
    expect(broken.split(' ').map((part) => part.length)).toEqual([1, 256, 256, 254, 1]);
  });

  it('never splits a surrogate pair', () => {
    const broken = breakLongWords('😀'.repeat(MAX_WORD_CHARS));
    expect(broken).toHaveLength(2 * MAX_WORD_CHARS);
    expect(broken.split(' ').every((part) => !/[\ud800-\udbff]$|^[\udc00-\udfff]/.test(part))).toBe(true);
  });
});

describe('hasLongWord', () => {
  it('says what /\\S{257}/ says, for white space of every kind', () => {
    const longWord = new RegExp(`\\S{${MAX_WORD_CHARS + 1}}`);
    const piece = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\u2028',
      '\ufeff',
      '\u0085',
      '\u200b',
      'x',
      'é',
      '😀',
    );
    const text = fc
      .array(fc.tuple(piece, fc.integer({ min: 1, max: 140 })), { maxLength: 8 })
      .map((runs) => runs.map(([part, times]) => part.repeat(times)).join(''));
    fc.assert(
      fc.property(text, (sample) => {
        expect(hasLongWord(sample)).toBe(longWord.test(sample));
      }),
    );
  });

  it('finds a run one unit over the limit, and not one at it', () => {
    expect(hasLongWord(`a ${'x'.repeat(MAX_WORD_CHARS)} b`)).toBe(false);
    expect(hasLongWord(`a ${'x'.repeat(MAX_WORD_CHARS + 1)} b`)).toBe(true);
  });
});

describe('a 200 KB word', () => {
  // Regression: the tagger's abbreviation test scans a token's rest from every letter; one 200 KB word took 80 s.
  it('is tagged as pieces with offsets into the original text', () => {
    const text = `Engine ${'x'.repeat(200_000)} end`;
    const { tokens } = tagText(text);
    expect(tokens[0]).toMatchObject({ start: 0, end: 6, value: 'Engine' });
    expect(tokens.at(-1)).toMatchObject({ start: text.length - 3, value: 'end' });
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.value);
  });

  it('is no English word, and a document of one ingests', () => {
    expect(isEnglishWord('a'.repeat(MAX_WORD_CHARS + 1))).toBe(false);
    const { graph } = ingestDocuments([{ file: 'blob.rst', text: `Blob\n====\n\n${'x'.repeat(200_000)}\n` }]);
    expect(graph.documents[0]!.sections).toHaveLength(1);
  });
});
