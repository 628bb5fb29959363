import { describe, expect, it } from 'vitest';
import { expandTabs, indentOf, toLines } from '../../../ingest/rst/lines.js';

const LINES: [string, string, string[]][] = [
  ['LF', 'a\nb\n', ['a', 'b']],
  ['CRLF', 'a\r\nb\r\n', ['a', 'b']],
  ['CR', 'a\rb\r', ['a', 'b']],
  ['mixed line ends', 'a\r\nb\rc\nd', ['a', 'b', 'c', 'd']],
  ['no final line end', 'a\nb', ['a', 'b']],
  ['BOM is dropped', '\ufeffa\n', ['a']],
  ['trailing whitespace is dropped', 'a  \t\n', ['a']],
  ['whitespace-only lines are blank', 'a\n   \t \nb\n', ['a', '', 'b']],
  ['tabs expand to 8-column stops', '\tx\n  \ty\nab\tc\n', ['        x', '        y', 'ab      c']],
  ['form feed and vertical tab are spaces', 'a\fb\vc\n', ['a b c']],
  ['empty input', '', []],
];

describe('toLines', () => {
  it.each(LINES)('%s', (_name, input, expected) => {
    expect(toLines(input).map((line) => line.text)).toEqual(expected);
  });

  it('numbers lines from 1 in the original text', () => {
    expect(toLines('a\r\n\r\nb').map((line) => line.line)).toEqual([1, 2, 3]);
  });
});

describe('expandTabs / indentOf', () => {
  it.each([
    ['\t', '        '],
    ['a\tb', 'a       b'],
    ['abcdefgh\ti', 'abcdefgh        i'],
    ['表\tx', '表       x'],
  ])('expandTabs(%j)', (input, expected) => {
    expect(expandTabs(input)).toBe(expected);
  });

  it.each([
    ['', 0],
    ['x', 0],
    ['   x', 3],
    ['\u00a0x', 0],
  ])('indentOf(%j) = %i', (input, expected) => {
    expect(indentOf(input)).toBe(expected);
  });
});
