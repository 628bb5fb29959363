import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { NLP_PIPE, tagText, tagTexts } from '../../ingest/nlp.js';
import { proseUnits } from '../../ingest/prose.js';
import { parseRst } from '../../ingest/rst/index.js';

/** The texts mentions.ts tags: every prose unit of a document, line breaks as spaces. */
function unitTexts(file: string): string[] {
  const units = proseUnits(parseRst(readFileSync(file, 'utf8'), { file }).document, file);
  return units.map((unit) => unit.text.replace(/\n/g, ' '));
}
const DOCUMENTS = [
  'data/cloud-infrastructure-technologies.rst',
  'test/fixtures/docs/cilium-readme.rst',
  'test/fixtures/docs/libvirt-applications.rst',
];

describe('tagTexts', () => {
  it.each([
    ['sentences ending and not ending', ['Alpha uses Beta. It runs', 'on Gamma', 'Delta is a proxy!']],
    ['empty and blank texts between others', ['', 'One.', '   ', '', 'Two three.', '']],
    ['abbreviations at the end of a text', ['Tools, e.g.', 'Zorp etc.', 'Version 1.2.', 'See Dr.']],
    ['punctuation and quotes at the edges', ['"Quoted" text', '(in brackets)', '— a dash', '…', 'it’s “curly”']],
    ['a text with its own line break is tagged alone', ['First line\nsecond line.', 'After.', 'x\r\ny']],
    ['non-ASCII and odd characters', ['Café Zürich runs K8s.', 'ﬁle ＡＰＩ', 'a\u00a0b', '🙂 emoji.', '\t tab ']],
    [
      'zero-width, full-width and other unusual spaces and marks',
      [
        'x\u200bY',
        'full\u3000width',
        'soft\u00adhyphen',
        'A\u2009B',
        'x\ufeffy',
        'e\u0301t\u00e9',
        'zwj 👨‍👩‍👧 x',
        '\u0000z',
      ],
    ],
    ['leading and trailing spaces', ['  spaced out.  ', ' x', 'y ']],
  ])('%s: the same as tagText on each', (_what, texts) => {
    expect(tagTexts(texts)).toEqual(texts.map(tagText));
  });

  it.each(DOCUMENTS)('%s: every prose unit tagged as tagText tags it alone', (file) => {
    const texts = unitTexts(file);
    expect(texts.length).toBeGreaterThan(50);
    expect(tagTexts(texts)).toEqual(texts.map(tagText));
  });
});

// nlp.ts runs only part of wink's pipe; the annotations it leaves out must not change what it reads.
describe('the short pipe', () => {
  it('gives the tokens, spacing, tags and sentences of the default pipe on every prose unit of the seed', () => {
    const [full, short] = [winkNLP(model), winkNLP(model, NLP_PIPE)];
    const read = (engine: typeof full, text: string) => {
      const doc = engine.readDoc(text);
      const its = engine.its;
      return [
        doc.tokens().out(),
        doc.tokens().out(its.precedingSpaces),
        doc.tokens().out(its.pos),
        doc.sentences().out(its.span),
      ];
    };
    for (const text of unitTexts(DOCUMENTS[0])) expect(read(short, text)).toEqual(read(full, text));
  });
});
