import { describe, expect, it } from 'vitest';
import { blocks, warningsOf } from './parse.helpers.js';

const EXPLICIT: [string, string, unknown[]][] = [
  ['a comment', '.. just a note\n   more\n', [{ type: 'comment', line: 1, value: 'just a note\nmore' }]],
  ['a comment starting on the next line', '..\n   text\n', [{ type: 'comment', value: 'text' }]],
  ['an empty comment', '..\n', [{ type: 'comment', value: '' }]],
  ['something that is no construct is a comment', '.. [not a label\n', [{ type: 'comment', value: '[not a label' }]],
  [
    'a numbered footnote',
    '.. [1] The note.\n   More.\n',
    [{ type: 'footnote', line: 1, label: '1', children: [{ type: 'paragraph', text: 'The note.\nMore.' }] }],
  ],
  [
    'auto-numbered footnotes',
    '.. [#] a\n.. [#lab] b\n',
    [
      { type: 'footnote', label: '#' },
      { type: 'footnote', label: '#lab' },
    ],
  ],
  ['an auto-symbol footnote', '.. [*] a\n', [{ type: 'footnote', label: '*' }]],
  ['a citation', '.. [CIT2002] A book.\n', [{ type: 'citation', label: 'CIT2002', children: [{ text: 'A book.' }] }]],
  [
    'constructs follow each other without blank lines',
    '.. [1] a\n.. _t: http://x.org/\n.. a comment\n',
    [{ type: 'footnote' }, { type: 'target' }, { type: 'comment' }],
  ],
];

describe('explicit markup', () => {
  it.each(EXPLICIT)('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });

  it('warns when explicit markup runs into text', () => {
    expect(warningsOf('.. a comment\ntext\n')).toEqual([
      '2 warning: Explicit markup ends without a blank line; unexpected unindent.',
    ]);
  });
});
