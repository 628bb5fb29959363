import { describe, expect, it } from 'vitest';
import type { InlineNode } from '../../../ingest/rst/ast.js';
import { inlineText } from '../../../ingest/rst/text.js';

describe('inlineText', () => {
  it.each<[string, InlineNode[], string]>([
    ['empty', [], ''],
    [
      'markup removed',
      [
        { type: 'text', line: 1, value: 'a ' },
        { type: 'emphasis', line: 1, value: 'b' },
        { type: 'strong', line: 1, value: 'c' },
        { type: 'literal', line: 1, value: 'd' },
        { type: 'interpreted', line: 1, role: 'code', value: 'e' },
      ],
      'a bcde',
    ],
    [
      'reference text',
      [{ type: 'reference', line: 1, text: 'Python', refuri: 'https://python.org', anonymous: false }],
      'Python',
    ],
    ['inline target', [{ type: 'inline_target', line: 1, value: 'here' }], 'here'],
    ['substitution name', [{ type: 'substitution_reference', line: 1, name: 'sub' }], 'sub'],
    ['footnote label', [{ type: 'footnote_reference', line: 1, label: '1' }], '1'],
    ['citation label', [{ type: 'citation_reference', line: 1, label: 'CIT' }], 'CIT'],
  ])('%s', (_name, nodes, expected) => {
    expect(inlineText(nodes)).toBe(expected);
  });
});
