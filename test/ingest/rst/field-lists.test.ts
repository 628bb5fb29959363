import { describe, expect, it } from 'vitest';
import { blocks, warningsOf } from './parse.helpers.js';

// A paragraph comes first in each input: docutils turns a field list at the top of a document into docinfo.
const FIELDS: [string, string, unknown[]][] = [
  [
    'fields with bodies',
    'p\n\n:Author: Me\n:Version: 1.0\n',
    [
      { type: 'paragraph' },
      {
        type: 'field_list',
        line: 3,
        fields: [
          { type: 'field', line: 3, name: 'Author', body: [{ type: 'paragraph', text: 'Me' }] },
          { type: 'field', line: 4, name: 'Version', body: [{ type: 'paragraph', text: '1.0' }] },
        ],
      },
    ],
  ],
  ['an empty body', 'p\n\n:flag:\n', [{}, { type: 'field_list', fields: [{ name: 'flag', body: [] }] }]],
  [
    'a body continued on indented lines',
    'p\n\n:a: one\n   two\n\n   three\n',
    [{}, { type: 'field_list', fields: [{ name: 'a', body: [{ text: 'one\ntwo' }, { text: 'three' }] }] }],
  ],
  [
    'a name with spaces and escaped colon',
    'p\n\n:a b\\: c: x\n',
    [{}, { type: 'field_list', fields: [{ name: 'a b\\: c' }] }],
  ],
  [
    'blank lines between fields',
    'p\n\n:a: 1\n\n:b: 2\n',
    [{}, { type: 'field_list', fields: [{ name: 'a' }, { name: 'b' }] }],
  ],
  ['a colon-space after the first char is not a field', 'p\n\n: a: x\n', [{}, { type: 'paragraph', text: ': a: x' }]],
];

describe('field lists', () => {
  it.each(FIELDS)('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });

  it('warns when the list runs into text', () => {
    expect(warningsOf('p\n\n:a: 1\ntext\n')).toEqual([
      '4 warning: Field list ends without a blank line; unexpected unindent.',
    ]);
  });
});
