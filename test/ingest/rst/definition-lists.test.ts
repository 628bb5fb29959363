import { describe, expect, it } from 'vitest';
import { blocks, warningsOf } from './parse.helpers.js';

const DEFINITIONS: [string, string, unknown[]][] = [
  [
    'term and definition',
    'term\n  definition\n',
    [
      {
        type: 'definition_list',
        line: 1,
        items: [
          { type: 'definition_item', line: 1, term: 'term', definition: [{ type: 'paragraph', text: 'definition' }] },
        ],
      },
    ],
  ],
  [
    'several items, blank lines between',
    'a\n  one\n\nb\n  two\n',
    [{ type: 'definition_list', items: [{ term: 'a' }, { term: 'b' }] }],
  ],
  [
    'items need no blank line between them',
    'a\n  one\nb\n  two\n',
    [{ type: 'definition_list', items: [{ term: 'a' }, { term: 'b' }] }],
  ],
  [
    'classifiers',
    'term : class one : two\n  def\n',
    [{ type: 'definition_list', items: [{ term: 'term', classifiers: ['class one', 'two'] }] }],
  ],
  [
    'a colon without spaces is not a classifier',
    'key:value\n  def\n',
    [{ type: 'definition_list', items: [{ term: 'key:value', classifiers: [] }] }],
  ],
  [
    'inline markup in the term',
    '*term* ``x``\n  def\n',
    [
      {
        type: 'definition_list',
        items: [{ term: 'term x', termInline: [{ type: 'emphasis' }, { type: 'text' }, { type: 'literal' }] }],
      },
    ],
  ],
  [
    'a text line followed by a blank line ends the list',
    'a\n  one\n\nnot a term\n\nb\n  two\n',
    [
      { type: 'definition_list', items: [{ term: 'a' }] },
      { type: 'paragraph', text: 'not a term' },
      { type: 'definition_list', items: [{ term: 'b' }] },
    ],
  ],
  [
    'a list item ends the list',
    'a\n  one\n\n- x\n',
    [{ type: 'definition_list', items: [{ term: 'a' }] }, { type: 'bullet_list' }],
  ],
];

describe('definition lists', () => {
  it.each(DEFINITIONS)('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });

  it.each([
    [
      'running into text',
      'a\n  one\ntext\n',
      ['3 warning: Definition list ends without a blank line; unexpected unindent.'],
    ],
    [
      'a term ending in "::"',
      'code::\n  x\n',
      ['2 info: Blank line missing before literal block (after the "::")? Interpreted as a definition list item.'],
    ],
  ])('warns: %s', (_name, input, expected) => {
    expect(warningsOf(input)).toEqual(expected);
  });
});
