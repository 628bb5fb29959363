import { describe, expect, it } from 'vitest';
import { tagText } from '../../ingest/nlp.js';

describe('tagText', () => {
  it('splits sentences and keeps exact character offsets across newlines', () => {
    const text = 'Alpha uses Beta-X as its\ndata plane. It is written in Go.\n\nGamma (GM) is a proxy.';
    const { tokens, sentences } = tagText(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.value);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Alpha uses Beta-X as its\ndata plane.',
      'It is written in Go.',
      'Gamma (GM) is a proxy.',
    ]);
    expect(tokens.map((t) => t.value)).toContain('Beta');
    expect(tokens.find((t) => t.value === 'uses')?.pos).toBe('VERB');
  });

  it('gives every sentence its own token range', () => {
    const { tokens, sentences } = tagText('One sentence here. Another one there.');
    expect(sentences).toHaveLength(2);
    expect(tokens.slice(sentences[1].firstToken, sentences[1].endToken).map((t) => t.value)).toEqual([
      'Another',
      'one',
      'there',
      '.',
    ]);
  });

  it('copes with empty and whitespace-only text', () => {
    expect(tagText('')).toEqual({ tokens: [], sentences: [] });
    expect(tagText('  \n ').sentences).toEqual([]);
  });
});
