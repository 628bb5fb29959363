import { describe, expect, it } from 'vitest';
import { parseQueryString } from '../../api/query-string.js';

const entries = (raw: string): [string, readonly string[]][] => [...parseQueryString(raw)];

describe('parseQueryString', () => {
  it.each([
    ['', []],
    ['q=kubernetes', [['q', ['kubernetes']]]],
    ['q=a+b%20c', [['q', ['a b c']]]],
    ['q=caf%C3%A9', [['q', ['café']]]],
    ['q=a&q=b', [['q', ['a', 'b']]]],
    ['q', [['q', ['']]]],
    [
      'q=&&limit=3',
      [
        ['q', ['']],
        ['limit', ['3']],
      ],
    ],
    ['q[$gt]=1', [['q[$gt]', ['1']]]],
    ['q%5B%24gt%5D=1', [['q[$gt]', ['1']]]],
    ['a=1=2', [['a', ['1=2']]]],
    ['__proto__=x', [['__proto__', ['x']]]],
  ] as const)('%j', (raw, expected) => {
    expect(entries(raw)).toEqual(expected);
  });

  it.each([
    ['q=%', 'invalid percent-encoding'],
    ['q=%G1', 'invalid percent-encoding'],
    ['q=%FF', 'not UTF-8'],
    ['q=%ED%A0%80', 'not UTF-8'], // a lone surrogate
    ['q=a%00', 'NUL byte'],
    ['%00=a', 'NUL byte'],
    [`q=${'a'.repeat(2100)}`, 'longer than 2048'],
    ['a=1&'.repeat(17), 'more than 16'],
  ])('refuses %j', (raw, message) => {
    expect(() => parseQueryString(raw)).toThrow(message);
  });
});
