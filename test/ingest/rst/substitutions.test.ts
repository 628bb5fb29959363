import { describe, expect, it } from 'vitest';
import { blocks, warningsOf } from './parse.helpers.js';

describe('substitution definitions', () => {
  it.each([
    ['replace', '.. |name| replace:: the text\n', { name: 'name', directive: 'replace', value: 'the text' }],
    ['image', '.. |logo| image:: logo.png\n', { name: 'logo', directive: 'image', value: 'logo.png' }],
    [
      'data on further lines, indent removed',
      '.. |logo| image:: logo.png\n   :alt: Logo\n',
      { name: 'logo', value: 'logo.png\n:alt: Logo' },
    ],
    ['a name with spaces', '.. |two  words| replace:: x\n', { name: 'two words' }],
  ])('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject([{ type: 'substitution_definition', line: 1, ...expected }]);
  });

  it.each([
    ['without a directive', '.. |x| plain text\n', ['1 warning: Substitution definition "x" empty or invalid.']],
    ['without contents', '.. |x|\n', ['1 warning: Substitution definition "x" missing contents.']],
  ])('reports a definition %s and emits nothing', (_name, input, expected) => {
    expect(blocks(input)).toEqual([]);
    expect(warningsOf(input)).toEqual(expected);
  });
});
