import { describe, expect, it } from 'vitest';
import { blocks } from './parse.helpers.js';

describe('hyperlink targets', () => {
  it.each([
    ['external', '.. _Python: https://www.python.org/\n', { name: 'python', refuri: 'https://www.python.org/' }],
    [
      'a URI continued on the next line',
      '.. _a: https://example.org/\n   long/path\n',
      { refuri: 'https://example.org/long/path' },
    ],
    ['the URI on the next line', '.. _a:\n   https://example.org/\n', { name: 'a', refuri: 'https://example.org/' }],
    ['a phrase name in backquotes', '.. _`Two words`: http://x.org/\n', { name: 'two words', refuri: 'http://x.org/' }],
    ['a name containing a colon', '.. _`a:b`: http://x.org/\n', { name: 'a:b' }],
    ['an escaped colon in the name', '.. _a\\:b: http://x.org/\n', { name: 'a:b' }],
    ['indirect', '.. _one: two_\n', { name: 'one', refname: 'two' }],
    ['indirect to a phrase', '.. _one: `Other Name`_\n', { name: 'one', refname: 'other name' }],
    ['internal', '.. _here:\n', { name: 'here' }],
    ['anonymous', '.. __: http://anon.org/\n', { name: null, refuri: 'http://anon.org/' }],
    ['short anonymous', '__ http://anon.org/\n', { name: null, refuri: 'http://anon.org/' }],
  ])('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject([{ type: 'target', line: 1, ...expected }]);
  });

  it('an internal target has neither refuri nor refname', () => {
    const [target] = blocks('.. _here:\n');
    expect(target).not.toHaveProperty('refuri');
    expect(target).not.toHaveProperty('refname');
  });
});
