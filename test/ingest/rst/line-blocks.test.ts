import { describe, expect, it } from 'vitest';
import { blocks, warningsOf } from './parse.helpers.js';

describe('line blocks', () => {
  it.each([
    [
      'lines keep their breaks and indents',
      '| one\n|   two\n| three\n',
      [
        {
          type: 'line_block',
          line: 1,
          lines: [
            { line: 1, indent: 0, text: 'one' },
            { line: 2, indent: 2, text: 'two' },
            { line: 3, indent: 0, text: 'three' },
          ],
        },
      ],
    ],
    [
      'an indented continuation joins the line',
      '| long\n  continued\n| next\n',
      [{ type: 'line_block', lines: [{ text: 'long\ncontinued' }, { text: 'next' }] }],
    ],
    [
      'an empty line keeps the previous indent',
      '|  a\n|\n| b\n',
      [
        {
          type: 'line_block',
          lines: [
            { indent: 1, text: 'a' },
            { indent: 1, text: '' },
            { indent: 0, text: 'b' },
          ],
        },
      ],
    ],
    [
      'a blank line ends the block',
      '| a\n\n| b\n',
      [
        { type: 'line_block', lines: [{ text: 'a' }] },
        { type: 'line_block', lines: [{ text: 'b' }] },
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });

  it('parses inline markup per line', () => {
    expect(blocks('| *a*\n')).toMatchObject([{ type: 'line_block', lines: [{ children: [{ type: 'emphasis' }] }] }]);
  });

  it('warns when the block runs into text', () => {
    expect(warningsOf('| a\ntext\n')).toEqual(['2 warning: Line block ends without a blank line.']);
  });
});
