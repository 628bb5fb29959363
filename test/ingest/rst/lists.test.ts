import { describe, expect, it } from 'vitest';
import { blocks, warningsOf } from './parse.helpers.js';

const item = (...texts: string[]) => ({
  type: 'list_item',
  children: texts.map((text) => ({ type: 'paragraph', text })),
});

const BULLETS: [string, string, unknown[]][] = [
  ['simple', '- a\n- b\n', [{ type: 'bullet_list', line: 1, bullet: '-', items: [item('a'), item('b')] }]],
  ['blank lines between items', '* a\n\n* b\n', [{ type: 'bullet_list', bullet: '*', items: [item('a'), item('b')] }]],
  ['continuation lines align with the text', '-  a\n   more\n', [{ type: 'bullet_list', items: [item('a\nmore')] }]],
  ['several paragraphs in an item', '- a\n\n  b\n', [{ type: 'bullet_list', items: [item('a', 'b')] }]],
  [
    'a different bullet starts a new list',
    '- a\n+ b\n',
    [
      { type: 'bullet_list', bullet: '-', items: [item('a')] },
      { type: 'bullet_list', bullet: '+', items: [item('b')] },
    ],
  ],
  [
    'nested lists',
    '- a\n\n  - b\n  - c\n',
    [
      {
        type: 'bullet_list',
        items: [
          {
            children: [
              { type: 'paragraph', text: 'a' },
              { type: 'bullet_list', items: [item('b'), item('c')] },
            ],
          },
        ],
      },
    ],
  ],
  [
    'an empty first line takes the indent of the next',
    '-\n   text\n',
    [{ type: 'bullet_list', items: [item('text')] }],
  ],
  ['a lone bullet is an empty item', '-\n', [{ type: 'bullet_list', items: [{ type: 'list_item', children: [] }] }]],
  ['unicode bullets', '• a\n• b\n', [{ type: 'bullet_list', bullet: '•', items: [item('a'), item('b')] }]],
];

const ENUMERATED: [string, string, unknown[]][] = [
  [
    'arabic',
    '1. a\n2. b\n',
    [{ type: 'enumerated_list', enumtype: 'arabic', start: 1, items: [item('a'), item('b')] }],
  ],
  ['start value', '3. a\n4. b\n', [{ type: 'enumerated_list', start: 3, items: [item('a'), item('b')] }]],
  [
    'auto-enumerator',
    '#. a\n#. b\n',
    [{ type: 'enumerated_list', enumtype: 'auto', start: 1, items: [item('a'), item('b')] }],
  ],
  [
    'explicit then auto',
    '1. a\n#. b\n',
    [{ type: 'enumerated_list', enumtype: 'arabic', items: [item('a'), item('b')] }],
  ],
  [
    'loweralpha with rparen',
    'a) x\nb) y\n',
    [{ type: 'enumerated_list', enumtype: 'loweralpha', items: [item('x'), item('y')] }],
  ],
  ['upperalpha', 'A. x\nB. y\n', [{ type: 'enumerated_list', enumtype: 'upperalpha', items: [item('x'), item('y')] }]],
  [
    '"i" is roman',
    '(i) x\n(ii) y\n',
    [{ type: 'enumerated_list', enumtype: 'lowerroman', items: [item('x'), item('y')] }],
  ],
  ['upper roman start', 'IV. x\nV. y\n', [{ type: 'enumerated_list', enumtype: 'upperroman', start: 4 }]],
  [
    'a gap in the sequence ends the list',
    '1. a\n\n3. b\n',
    [
      { type: 'enumerated_list', start: 1, items: [item('a')] },
      { type: 'enumerated_list', start: 3, items: [item('b')] },
    ],
  ],
  [
    'a different format ends the list',
    '1. a\n\n2) b\n',
    [
      { type: 'enumerated_list', items: [item('a')] },
      { type: 'enumerated_list', start: 2 },
    ],
  ],
  ['one item followed by text is not a list', '1. one\ntext\n', [{ type: 'paragraph', text: '1. one\ntext' }]],
  ['an invalid roman numeral is text', 'IIII. x\n', [{ type: 'paragraph', text: 'IIII. x' }]],
  ['a one-item list at the end of input', '1. only\n', [{ type: 'enumerated_list', items: [item('only')] }]],
  ['a "#" item needs a "#" next', '#. a\n2. b\n', [{ type: 'paragraph', text: '#. a\n2. b' }]],
  [
    'an item must itself pass the next-line check',
    '1. a\n2. b\ntext\n',
    [
      { type: 'enumerated_list', items: [item('a')] },
      { type: 'paragraph', text: '2. b\ntext' },
    ],
  ],
];

describe('bullet lists', () => {
  it.each(BULLETS)('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });
});

describe('enumerated lists', () => {
  it.each(ENUMERATED)('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });
});

describe('list warnings', () => {
  it.each([
    [
      'a bullet list running into text',
      '- a\ntext\n',
      ['2 warning: Bullet list ends without a blank line; unexpected unindent.'],
    ],
    [
      'an enumerated list running into text',
      '1. a\n2. b\ntext\n',
      ['2 warning: Enumerated list ends without a blank line; unexpected unindent.'],
    ],
    ['start value not 1', '2. a\n3. b\n', ['1 info: Enumerated list start value not ordinal-1: "2" (ordinal 2)']],
  ])('%s', (_name, input, expected) => {
    expect(warningsOf(input)).toEqual(expected);
  });
});
