import { describe, expect, it } from 'vitest';
import { blocks, warningsOf } from './parse.helpers.js';

const LITERALS: [string, string, unknown[]][] = [
  [
    '"Paragraph::" keeps one colon',
    'Paragraph::\n\n    code\n      indented\n',
    [
      { type: 'paragraph', text: 'Paragraph:' },
      { type: 'literal_block', line: 3, value: 'code\n  indented' },
    ],
  ],
  [
    '"Paragraph ::" drops the marker',
    'Paragraph ::\n\n  code\n',
    [
      { type: 'paragraph', text: 'Paragraph' },
      { type: 'literal_block', value: 'code' },
    ],
  ],
  ['a lone "::" leaves no paragraph', '::\n\n  code\n', [{ type: 'literal_block', value: 'code' }]],
  [
    'blank lines inside are kept, trailing ones dropped',
    'x::\n\n  a\n\n  b\n\n\ny\n',
    [{ type: 'paragraph' }, { type: 'literal_block', value: 'a\n\nb' }, { type: 'paragraph', text: 'y' }],
  ],
  [
    'quoted (unindented) literal block',
    'x::\n\n> one\n> two\n\nafter\n',
    [
      { type: 'paragraph' },
      { type: 'literal_block', line: 3, value: '> one\n> two' },
      { type: 'paragraph', text: 'after' },
    ],
  ],
  ['an escaped "::" is not a marker', 'x\\::\n', [{ type: 'paragraph' }]],
  [
    'a multi-line paragraph ending in "::"',
    'a\nb::\n\n  c\n',
    [
      { type: 'paragraph', text: 'a\nb:' },
      { type: 'literal_block', value: 'c' },
    ],
  ],
  [
    'a literal block may look like a title',
    'x::\n\n  Title\n  =====\n',
    [{ type: 'paragraph' }, { type: 'literal_block', value: 'Title\n=====' }],
  ],
  ['a doctest block', '>>> 1 + 1\n2\n', [{ type: 'literal_block', value: '>>> 1 + 1\n2', language: 'pycon' }]],
  [
    'code-block directive',
    '.. code-block:: python\n\n   print(1)\n     x\n',
    [{ type: 'literal_block', line: 1, language: 'python', value: 'print(1)\n  x' }],
  ],
  [
    'code directive with options',
    '.. code:: bash\n   :number-lines:\n\n   ls -l\n',
    [{ type: 'literal_block', language: 'bash', value: 'ls -l' }],
  ],
  [
    'sourcecode directive without a language',
    '.. sourcecode::\n\n   x = 1\n',
    [{ type: 'literal_block', value: 'x = 1' }],
  ],
];

describe('literal blocks', () => {
  it.each(LITERALS)('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });

  it('has no language unless one is given', () => {
    expect(blocks('x::\n\n  y\n')[1]).not.toHaveProperty('language');
  });

  it.each([
    ['no block after "::"', 'x::\n\ntext\n', ['3 warning: Literal block expected; none found.']],
    ['"::" at the end of input', 'x::\n', ['2 warning: Literal block expected; none found.']],
    ['inconsistent quoting', 'x::\n\n> a\n< b\n', ['4 error: Inconsistent literal block quoting.']],
    [
      'a literal block running into text',
      'x::\n\n  a\nb\n',
      ['4 warning: Literal block ends without a blank line; unexpected unindent.'],
    ],
    [
      'a code directive without content',
      '.. code:: py\n',
      ['1 error: Content block expected for the "code" directive; none found.'],
    ],
  ])('warns: %s', (_name, input, expected) => {
    expect(warningsOf(input)).toEqual(expected);
  });
});
