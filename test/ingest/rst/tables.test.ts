import { describe, expect, it } from 'vitest';
import { parseRst } from '../../../ingest/rst/index.js';
import { blocks, warningsOf } from './parse.helpers.js';

const cells = (...texts: string[]) => ({ cells: texts.map((text) => ({ text })) });

const TABLES: [string, string, unknown[]][] = [
  [
    'simple table with a header',
    '=====  =====\nA      B\n=====  =====\n1      x\n2      y\n=====  =====\n',
    [
      {
        type: 'table',
        line: 1,
        format: 'simple',
        headerRows: 1,
        rows: [
          { line: 2, ...cells('A', 'B') },
          { line: 4, ...cells('1', 'x') },
          { line: 5, ...cells('2', 'y') },
        ],
      },
    ],
  ],
  [
    'simple table without a header',
    '===  ===\na    b\n===  ===\n',
    [{ type: 'table', format: 'simple', headerRows: 0, rows: [cells('a', 'b')] }],
  ],
  [
    'a multi-line row and an overflowing last column',
    '===  ===\na    b\n     more text here\nc    d\n===  ===\n',
    [{ type: 'table', rows: [cells('a', 'b\nmore text here'), cells('c', 'd')] }],
  ],
  [
    'column spans',
    '=====  =====  ======\n   Inputs     Output\n------------  ------\n  A      B    A or B\n=====  =====  ======\nFalse  False  False\n=====  =====  ======\n',
    [
      {
        type: 'table',
        headerRows: 2,
        rows: [cells('Inputs', 'Output'), cells('A', 'B', 'A or B'), cells('False', 'False', 'False')],
      },
    ],
  ],
  [
    'grid table with a header and spans',
    [
      '+-------+-----+-----+',
      '| H1    | H2  | H3  |',
      '+=======+=====+=====+',
      '| a     | spans     |',
      '+-------+-----+-----+',
      '| rows  | c   | d   |',
      '+ span  +-----+-----+',
      '|       | e   | f   |',
      '+-------+-----+-----+',
      '',
    ].join('\n'),
    [
      {
        type: 'table',
        format: 'grid',
        headerRows: 1,
        rows: [
          { line: 2, ...cells('H1', 'H2', 'H3') },
          { line: 4, ...cells('a', 'spans') },
          { line: 6, ...cells('rows\nspan', 'c', 'd') },
          { line: 8, ...cells('e', 'f') },
        ],
      },
    ],
  ],
  [
    'cell content is parsed as RST',
    '+---------+\n| - a     |\n| - b     |\n+---------+\n',
    [{ type: 'table', rows: [{ cells: [{ text: '- a\n- b', children: [{ type: 'bullet_list' }] }] }] }],
  ],
  [
    'wide characters line up',
    '+------+---+\n| 表題 | b |\n+------+---+\n',
    [{ type: 'table', rows: [cells('表題', 'b')] }],
  ],
  [
    'a malformed grid table is kept as a literal block',
    '+-----+-----+\n| a   | b\n+-----+-----+\n',
    [{ type: 'literal_block', line: 1, value: '+-----+-----+\n| a   | b\n+-----+-----+' }],
  ],
  [
    'a simple table without a bottom border is kept as a literal block',
    '===  ===\na    b\n',
    [{ type: 'literal_block', value: '===  ===\na    b' }],
  ],
];

describe('tables', () => {
  it.each(TABLES)('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });

  it.each([
    ['grid table right edge', '+-----+-----+\n| a   | b\n+-----+-----+\n', ['1 error: Malformed table.']],
    ['simple table without bottom', '===  ===\na    b\n', ['1 error: Malformed table.']],
    ['text in a column margin, at its line', '===  ===\na   xx   b\n===  ===\n', ['2 error: Malformed table.']],
    [
      'no blank line after a grid table',
      '+---+\n| a |\n+---+\ntext\n',
      ['4 warning: Blank line required after table.'],
    ],
  ])('reports %s', (_name, input, expected) => {
    expect(warningsOf(input)).toEqual(expected);
  });

  it('gives the reason for a malformed table', () => {
    const { warnings } = parseRst('===  ===\na   xx   b\n===  ===\n', { file: 'notes.rst' });
    expect(warnings).toEqual([
      {
        file: 'notes.rst',
        line: 2,
        level: 'error',
        message: 'Malformed table.\nText in column margin in table line 2.',
      },
    ]);
  });
});
