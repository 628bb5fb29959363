import { describe, expect, it } from 'vitest';
import { blocks, outlineOf, warningsOf } from './parse.helpers.js';

// Each row was checked against docutils 0.21 (publish_doctree, doctitle_xform off).
const OUTLINES: [string, string, string[]][] = [
  ['underline-only title', 'Title\n=====\n\ntext\n', ['1 1 Title']],
  [
    'levels follow first use',
    'A\n===\n\nB\n---\n\nC\n~~~\n\nD\n---\n\nE\n===\n',
    ['1 1 A', '2 4 B', '3 7 C', '2 10 D', '1 13 E'],
  ],
  [
    'overline+underline is a different style from underline-only',
    '=====\nA\n=====\n\nB\n=====\n\n=====\nC\n=====\n',
    ['1 2 A', '2 5 B', '1 9 C'],
  ],
  ['an inset overlined title is stripped', '=========\n  Inset\n=========\n', ['1 2 Inset']],
  ['a short underline of 4+ chars still makes a title', 'Long title\n====\n', ['1 1 Long title']],
  ['a short underline under 4 chars is text', 'Long title\n===\n', []],
  ['an underline as long as a short title is fine', 'ab\n==\n', ['1 1 ab']],
  ['a one-char title and underline', 'A\n=\n', ['1 1 A']],
  ['wide characters count double', '表題\n====\n', ['1 1 表題']],
  ['a title needs no blank line after it', 'Title\n=====\ntext\n', ['1 1 Title']],
  ['a paragraph swallows a following title-like pair', 'text\nTitle\n=====\n', []],
  [
    'inline markup is removed from the title text',
    '*Emphasised* ``code`` title\n=======================\n',
    ['1 1 Emphasised code title'],
  ],
  [
    'a substitution in a title shows its replacement',
    'A |s| title\n===========\n\n.. |s| replace:: good\n',
    ['1 1 A good title'],
  ],
  ['an undefined substitution keeps its bars', 'A |s| title\n===========\n', ['1 1 A |s| title']],
  ['an enumerator-like title is still a title', '1. Intro\n========\n', ['1 1 1. Intro']],
  ['sections cannot start inside a block quote', 'para\n\n  Title\n  =====\n', []],
  ['sections cannot start inside a list item', '- Title\n  =====\n', []],
  [
    'a new style opens the next level down',
    'A\n===\n\nB\n---\n\nC\n~~~\n\nX\n^^^\n\nD\n---\n',
    ['1 1 A', '2 4 B', '3 7 C', '4 10 X', '2 13 D'],
  ],
  [
    'a new style after climbing back up is inconsistent: dropped, its content stays',
    'A\n===\n\nB\n---\n\nC\n===\n\nD\n~~~\n\nE\n***\n',
    ['1 1 A', '2 4 B', '1 7 C'],
  ],
];

describe('section outline', () => {
  it.each(OUTLINES)('%s', (_name, input, expected) => {
    expect(outlineOf(input)).toEqual(expected);
  });
});

const WARNINGS: [string, string, string[]][] = [
  ['short underline (4+) warns', 'Long title\n====\n', ['2 warning: Title underline too short.']],
  [
    'short underline (<4) is text with an info',
    'Long title\n===\n',
    ['2 info: Possible title underline, too short for the title.'],
  ],
  ['overline too short', '====\nLong title\n====\n', ['1 warning: Title overline too short.']],
  ['overline/underline mismatch', '=====\nTitle\n-----\n', ['1 severe: Title overline & underline mismatch.']],
  ['missing underline', '=====\nTitle\ntext\n', ['1 severe: Missing matching underline for section title overline.']],
  ['incomplete title at the end', '=====\nTitle\n', ['1 severe: Incomplete section title.']],
  ['two adornment lines', '=====\n-----\n', ['1 error: Invalid section title or transition marker.']],
  [
    'inconsistent level',
    'A\n===\n\nB\n---\n\nC\n===\n\nD\n~~~\n\nE\n***\n',
    ['10 severe: Title level inconsistent:', '13 severe: Title level inconsistent:'],
  ],
  [
    'no short-underline warning for a dropped title',
    'A\n===\n\nB\n---\n\nC\n===\n\nLong X\n^^^^\n',
    ['10 severe: Title level inconsistent:'],
  ],
  ['a title inside a block quote', 'para\n\n  Title\n  =====\n', ['4 severe: Unexpected section title.']],
  [
    'a long adornment inside a block quote',
    'para\n\n  text\n\n  =====\n',
    ['5 severe: Unexpected section title or transition.'],
  ],
  ['a short overline is text', '--\nTitle\n--\n', ['1 info: Possible incomplete section title.']],
];

describe('section warnings', () => {
  it.each(WARNINGS)('%s', (_name, input, expected) => {
    expect(warningsOf(input)).toEqual(expected);
  });
});

describe('section nodes', () => {
  it('nests blocks under their section, with depth and the title line', () => {
    expect(blocks('Top\n===\n\nintro\n\nSub\n---\n\nbody\n')).toMatchObject([
      {
        type: 'section',
        line: 1,
        depth: 1,
        title: 'Top',
        children: [
          { type: 'paragraph', text: 'intro' },
          { type: 'section', line: 6, depth: 2, title: 'Sub', children: [{ type: 'paragraph', text: 'body' }] },
        ],
      },
    ]);
  });

  it('keeps the inline nodes of the title', () => {
    const [section] = blocks('A *b*\n=====\n');
    expect(section).toMatchObject({
      titleInline: [
        { type: 'text', value: 'A ' },
        { type: 'emphasis', value: 'b' },
      ],
    });
  });

  it('puts text before the first title at document level', () => {
    expect(blocks('lead\n\nT\n=\n').map((node) => node.type)).toEqual(['paragraph', 'section']);
  });
});

// docutils closes sections by unwinding state machines; when that unwinds out of a title whose overline is shorter
// than 4 characters, its Line state re-reads the two lines before the closing title, as text, in the parent section.
describe('docutils short-overline quirk', () => {
  it('re-reads the last lines into the parent section', () => {
    expect(blocks('Top\n===\n\n~~~\nA\n~~~\n\npara one\npara two\n\nNext\n====\n')).toMatchObject([
      {
        title: 'Top',
        children: [
          { type: 'section', title: 'A', children: [{ type: 'paragraph', text: 'para one\npara two' }] },
          { type: 'paragraph', line: 9, text: 'para two' },
        ],
      },
      { type: 'section', title: 'Next', depth: 1 },
    ]);
  });

  it('looks at a title again and reports it as inconsistent', () => {
    const text = 'Long\n----\n\n~~~\nA\n~~~\n\ntext\n=====\nmore\n-----\n';
    expect(outlineOf(text)).toEqual(['1 1 Long', '2 5 A', '3 8 text', '1 10 more']);
    expect(warningsOf(text)).toEqual(['8 severe: Title level inconsistent:']);
  });

  it('does not apply to overlines of 4 characters or more', () => {
    expect(blocks('Top\n===\n\n~~~~\nA\n~~~~\n\npara\n\nNext\n====\n')).toMatchObject([
      { title: 'Top', children: [{ type: 'section', title: 'A', children: [{ type: 'paragraph' }] }] },
      { title: 'Next' },
    ]);
  });
});
