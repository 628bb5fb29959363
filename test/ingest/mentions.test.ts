import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../ingest/mentions.js';
import { parseRst } from '../../ingest/rst/index.js';

const mentionsOf = (rst: string) =>
  extractMentions(parseRst(rst, { file: 'doc.rst' }).document, 'doc.rst').map((m) =>
    [m.line, m.source, m.text, m.url ?? '-', m.section ?? '-'].join(' | '),
  );

describe('extractMentions', () => {
  it.each([
    [
      'a section title',
      'Container runtimes\n==================\n\nText.\n',
      ['1 | section-title | Container runtimes | - | Container runtimes'],
    ],
    [
      'an embedded link, wrapped across lines',
      'Title\n=====\n\nUse `Open\nEngine <https://engine.example/>`__ here.\n',
      ['1 | section-title | Title | - | Title', '4 | link-text | Open Engine | https://engine.example/ | Title'],
    ],
    [
      'a named reference to a target defined later',
      'See Engine_ now.\n\n.. _Engine: https://engine.example/\n',
      ['1 | link-text | Engine | https://engine.example/ | -'],
    ],
    [
      'anonymous references paired with anonymous targets in order',
      '`One`__ and `Two`__.\n\n__ https://one.example/\n__ https://two.example/\n',
      ['1 | link-text | One | https://one.example/ | -', '1 | link-text | Two | https://two.example/ | -'],
    ],
    ['a standalone URL is no name', 'Go to https://example.org/ now.\n', []],
    [
      'a sentence-long link text is no name',
      '`read this long and winding explanation of how it all works <https://x.example/>`__\n',
      [],
    ],
    [
      'links inside lists and nested sections',
      'Top\n===\n\nSub\n---\n\n- `Tool <https://tool.example/>`__\n',
      [
        '1 | section-title | Top | - | Top',
        '4 | section-title | Sub | - | Sub',
        '7 | link-text | Tool | https://tool.example/ | Sub',
      ],
    ],
  ])('%s', (_name, rst, expected) => {
    expect(mentionsOf(rst)).toEqual(expected);
  });
});
