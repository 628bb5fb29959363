import { describe, expect, it } from 'vitest';
import { lineAt, proseUnits } from '../../ingest/prose.js';
import type { DocumentNode, InlineNode, ParagraphNode } from '../../ingest/rst/index.js';

const text = (value: string, line: number): InlineNode => ({ type: 'text', line, value });
const paragraph = (children: InlineNode[], line: number): ParagraphNode => ({
  type: 'paragraph',
  line,
  text: '',
  children,
});

const document: DocumentNode = {
  type: 'document',
  line: 1,
  children: [
    {
      type: 'section',
      line: 1,
      title: 'Alpha',
      titleInline: [text('Alpha', 1)],
      depth: 1,
      children: [
        paragraph(
          [
            { type: 'reference', line: 4, text: 'Alpha', refuri: 'https://alpha.example/', anonymous: true },
            text(' supports these\nbackends:', 4),
          ],
          4,
        ),
        {
          type: 'bullet_list',
          line: 7,
          bullet: '-',
          items: [
            {
              type: 'list_item',
              line: 7,
              children: [paragraph([text('Beta, via ', 7), { type: 'literal', line: 7, value: 'beta-cli' }], 7)],
            },
            {
              type: 'list_item',
              line: 8,
              children: [
                paragraph([text('Gamma', 8)], 8),
                {
                  type: 'bullet_list',
                  line: 10,
                  bullet: '-',
                  items: [{ type: 'list_item', line: 10, children: [paragraph([text('Delta', 10)], 10)] }],
                },
              ],
            },
          ],
        },
        {
          type: 'section',
          line: 13,
          title: 'Sub',
          titleInline: [text('Sub', 13)],
          depth: 2,
          children: [{ type: 'literal_block', line: 16, value: 'not prose' }],
        },
      ],
    },
  ],
};

describe('proseUnits', () => {
  const units = proseUnits(document, 'notes.rst');

  it('lists titles, paragraphs and items in document order, skipping literal blocks', () => {
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['title', 'Alpha'],
      ['paragraph', 'Alpha supports these\nbackends:'],
      ['item', 'Beta, via beta-cli'],
      ['item', 'Gamma'],
      ['item', 'Delta'],
      ['title', 'Sub'],
    ]);
  });

  it('links list items to their lead-in and nested items to their parent item', () => {
    expect(units.map((u) => u.leadIn)).toEqual([null, null, 1, 1, 3, null]);
    expect(units[4].container).toBe(3);
  });

  it('keeps links with their URLs and code spans with offsets', () => {
    expect(units[1].links).toEqual([{ start: 0, end: 5, text: 'Alpha', url: 'https://alpha.example/' }]);
    expect(units[2].code).toEqual([{ start: 10, end: 18, text: 'beta-cli' }]);
  });

  it('knows the line of every character', () => {
    const unit = units[1];
    expect(lineAt(unit, 0)).toBe(4);
    expect(lineAt(unit, unit.text.indexOf('backends'))).toBe(5);
  });

  it('records sections and their subsections', () => {
    const top = units[0].section!;
    expect(top).toMatchObject({ title: 'Alpha', depth: 1, unit: 0, subsections: [5] });
    expect(units[5].section?.parent).toBe(top);
  });
});

describe('proseUnits: interpreted text', () => {
  const unitText = (value: string) =>
    proseUnits(
      { type: 'document', line: 1, children: [paragraph([{ type: 'interpreted', line: 1, role: 'doc', value }], 1)] },
      'p.rst',
    )[0].text;

  it.each([
    ['a cross-reference reads as its title', 'Zorp guide <zorp/index>', 'Zorp guide'],
    ['an empty target too', 'zorpctl <>', 'zorpctl'],
    ['a role without a target as written', 'zorp-index', 'zorp-index'],
    ['a target alone as written', '<zorp/index>', '<zorp/index>'],
  ])('%s', (_, value, expected) => {
    expect(unitText(value)).toBe(expected);
  });
});
