import { describe, expect, it } from 'vitest';
import { blocks } from './parse.helpers.js';

describe('option lists (as definition lists)', () => {
  it.each([
    [
      'short and long options',
      '-a  all\n--verbose  say more\n',
      [{ type: 'definition_list', items: [{ term: '-a', definition: [{ text: 'all' }] }, { term: '--verbose' }] }],
    ],
    [
      'options with arguments, grouped',
      '-f FILE, --file=FILE  read FILE\n',
      [{ type: 'definition_list', items: [{ term: '-f FILE, --file=FILE', definition: [{ text: 'read FILE' }] }] }],
    ],
    ['an option without a description is text', '-x\n', [{ type: 'paragraph', text: '-x' }]],
    [
      'a description on the next lines',
      '--long\n    described here\n',
      [{ type: 'definition_list', items: [{ term: '--long', definition: [{ text: 'described here' }] }] }],
    ],
  ])('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });
});
