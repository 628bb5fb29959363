import { describe, expect, it } from 'vitest';
import { blocks, warningsOf } from './parse.helpers.js';

const QUOTES: [string, string, unknown[]][] = [
  [
    'an indented block',
    'p\n\n   quoted\n   text\n',
    [{ type: 'paragraph' }, { type: 'block_quote', line: 3, children: [{ type: 'paragraph', text: 'quoted\ntext' }] }],
  ],
  [
    'attribution after a blank line',
    'p\n\n  Words.\n\n  -- Someone Famous\n',
    [{}, { type: 'block_quote', attribution: 'Someone Famous', children: [{ text: 'Words.' }] }],
  ],
  ['em-dash attribution', 'p\n\n  Words.\n\n  \u2014 Author\n', [{}, { type: 'block_quote', attribution: 'Author' }]],
  [
    'attribution continued on aligned lines',
    'p\n\n  Words.\n\n  --- A. Person,\n      Title\n',
    [{}, { type: 'block_quote', attribution: 'A. Person,\nTitle' }],
  ],
  [
    'a dash line without a blank line before is content',
    'p\n\n  Words.\n  -- not attribution\n',
    [{}, { type: 'block_quote', children: [{ text: 'Words.\n-- not attribution' }] }],
  ],
  [
    'text after an attribution starts another quote',
    'p\n\n  One.\n\n  -- A\n\n  Two.\n',
    [{}, { type: 'block_quote', attribution: 'A' }, { type: 'block_quote', children: [{ text: 'Two.' }] }],
  ],
  [
    'nested quotes by deeper indentation',
    'p\n\n  outer\n\n      inner\n',
    [
      {},
      { type: 'block_quote', children: [{ text: 'outer' }, { type: 'block_quote', children: [{ text: 'inner' }] }] },
    ],
  ],
  [
    'an empty comment separates a list from a quote',
    '- item\n\n..\n\n  quote\n',
    [{ type: 'bullet_list' }, { type: 'comment', value: '' }, { type: 'block_quote' }],
  ],
];

describe('block quotes', () => {
  it.each(QUOTES)('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });

  it('has no attribution property when there is none', () => {
    expect(blocks('p\n\n  q\n')[1]).not.toHaveProperty('attribution');
  });

  it('warns when the quote runs into unindented text', () => {
    expect(warningsOf('p\n\n  q\nt\n')).toEqual([
      '4 warning: Block quote ends without a blank line; unexpected unindent.',
    ]);
  });
});
