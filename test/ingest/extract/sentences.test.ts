import { describe, expect, it } from 'vitest';
import { readingSentences } from '../../../ingest/extract/sentences.js';
import { readRelations } from './read-relations.js';

const at = (start: number, end: number) => ({ start, end, firstToken: 0, endToken: 0 });

describe('readingSentences', () => {
  it('joins a boundary the tagger put at a dot inside a word', () => {
    const text = 'Zorp runs Qa.js and Blip.';
    expect(readingSentences(text, [at(0, 13), at(13, 25)])).toEqual([{ ...at(0, 25) }]);
  });
  it('keeps a boundary followed by a space', () => {
    const text = 'Zorp runs. Blip stops.';
    expect(readingSentences(text, [at(0, 10), at(11, 22)])).toHaveLength(2);
  });
  it('reads a relation across a dotted word', () => {
    const relations = readRelations('Zorp can be written in Qa.js, Quux, Qb.js, or Blip.');
    expect(relations).toContain('Zorp WRITTEN_IN Quux');
    expect(relations).toContain('Zorp WRITTEN_IN Blip');
  });
});
