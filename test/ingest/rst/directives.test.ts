import { describe, expect, it } from 'vitest';
import { blocks } from './parse.helpers.js';

const DIRECTIVES: [string, string, unknown][] = [
  [
    'arguments, options and body kept raw',
    '.. image:: picture.png\n   :width: 200px\n   :alt: A picture\n',
    { name: 'image', arguments: 'picture.png', options: { width: '200px', alt: 'A picture' }, body: '' },
  ],
  [
    'unknown directives are opaque',
    '.. mystery:: arg one\n   :flag:\n\n   body line\n     indented\n',
    { name: 'mystery', arguments: 'arg one', options: { flag: '' }, body: 'body line\n  indented', bodyLine: 4 },
  ],
  [
    'an admonition takes its first line as body and parses it',
    '.. note:: Read this.\n   Really.\n\n   Second paragraph.\n',
    {
      name: 'note',
      arguments: '',
      body: 'Read this.\nReally.\n\nSecond paragraph.',
      bodyLine: 1,
      children: [
        { type: 'paragraph', text: 'Read this.\nReally.' },
        { type: 'paragraph', text: 'Second paragraph.' },
      ],
    },
  ],
  [
    'a titled directive with an RST body',
    '.. topic:: The Title\n\n   - a\n   - b\n',
    { name: 'topic', arguments: 'The Title', children: [{ type: 'bullet_list' }] },
  ],
  [
    'a figure body (caption) is parsed',
    '.. figure:: a.png\n   :alt: x\n\n   The caption.\n',
    {
      name: 'figure',
      arguments: 'a.png',
      options: { alt: 'x' },
      children: [{ type: 'paragraph', text: 'The caption.' }],
    },
  ],
  [
    'include is kept, never read',
    '.. include:: /etc/passwd\n',
    { name: 'include', arguments: '/etc/passwd', body: '' },
  ],
  ['raw content stays raw', '.. raw:: html\n\n   <b>x</b>\n', { name: 'raw', arguments: 'html', body: '<b>x</b>' }],
  ['a space before "::" is allowed', '.. note ::\n\n   x\n', { name: 'note', children: [{ text: 'x' }] }],
];

describe('directives', () => {
  it.each(DIRECTIVES)('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject([{ type: 'directive', line: 1, ...(expected as object) }]);
  });

  it('opaque directives get no children', () => {
    expect(blocks('.. mystery:: x\n\n   y\n')[0]).not.toHaveProperty('children');
    expect(blocks('.. raw:: html\n\n   <p>\n')[0]).not.toHaveProperty('children');
  });

  it('a title inside a directive body is not a section', () => {
    expect(blocks('.. note::\n\n   Title\n   =====\n')).toMatchObject([{ type: 'directive', children: [] }]);
  });
});
