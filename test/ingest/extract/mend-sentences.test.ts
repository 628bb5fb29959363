import { describe, expect, it } from 'vitest';
import { mendSentences } from '../../../ingest/extract/mend-sentences.js';
import { tagText } from '../../../ingest/nlp.js';

const sentencesOf = (text: string) => {
  const tagged = mendSentences(tagText(text));
  return tagged.sentences.map((s) => text.slice(s.start, s.end));
};

describe('mendSentences', () => {
  it.each([
    [
      'a full stop inside a name',
      'It supports many languages: Quux.js, Zorp and Blip. Then it stops.',
      ['It supports many languages: Quux.js, Zorp and Blip.', 'Then it stops.'],
    ],
    ['a host name', 'Get it from zorpline.io today. It is free.', ['Get it from zorpline.io today.', 'It is free.']],
    ['ordinary sentences stay apart', 'Zorp runs. Quux waits.', ['Zorp runs.', 'Quux waits.']],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('keeps token ranges consistent with the text', () => {
    const text = 'Languages: Node.js, Go. Done.';
    const tagged = mendSentences(tagText(text));
    for (const s of tagged.sentences) {
      expect(tagged.tokens[s.firstToken].start).toBe(s.start);
      expect(tagged.tokens[s.endToken - 1].end).toBe(s.end);
    }
  });
});
