import { describe, expect, it } from 'vitest';
import { parseRst } from '../../../ingest/rst/index.js';
import { blocks, warningsOf } from './parse.helpers.js';

const PARAGRAPHS: [string, string, unknown[]][] = [
  ['one line', 'Hello.\n', [{ type: 'paragraph', line: 1, text: 'Hello.' }]],
  ['lines are joined by newlines', 'a\nb\nc\n', [{ type: 'paragraph', line: 1, text: 'a\nb\nc' }]],
  [
    'blank lines separate paragraphs',
    'a\n\n\nb\n',
    [
      { type: 'paragraph', line: 1, text: 'a' },
      { type: 'paragraph', line: 4, text: 'b' },
    ],
  ],
  [
    'list-like lines inside a paragraph stay text',
    'text\n- not a list\n1. nor this\n',
    [{ type: 'paragraph', text: 'text\n- not a list\n1. nor this' }],
  ],
  [
    'an indented line ends the paragraph and starts a block quote',
    'a\nb\n  c\n',
    [
      { type: 'paragraph', text: 'a\nb' },
      { type: 'block_quote', children: [{ type: 'paragraph', text: 'c' }] },
    ],
  ],
  [
    'a sentence starting with an initial is not a list',
    'A. Smith wrote this\nand more.\n',
    [{ type: 'paragraph', text: 'A. Smith wrote this\nand more.' }],
  ],
  ['a short adornment line is text', '--\n', [{ type: 'paragraph', text: '--' }]],
];

describe('paragraphs', () => {
  it.each(PARAGRAPHS)('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });

  it('parses inline markup into children', () => {
    expect(blocks('a *b* c\n')).toMatchObject([
      { type: 'paragraph', children: [{ type: 'text' }, { type: 'emphasis', value: 'b' }, { type: 'text' }] },
    ]);
  });

  it('reports unexpected indentation at the indented line', () => {
    expect(warningsOf('a\nb\n  c\n')).toEqual(['3 error: Unexpected indentation.']);
  });

  it('passes on inline markup problems with the file name', () => {
    expect(parseRst('ok\nthen *broken\n', { file: 'p.rst' }).warnings).toEqual([
      { file: 'p.rst', line: 2, level: 'warning', message: 'Inline emphasis start-string without end-string.' },
    ]);
  });
});
