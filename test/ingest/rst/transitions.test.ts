import { describe, expect, it } from 'vitest';
import { blocks, warningsOf } from './parse.helpers.js';

describe('transitions', () => {
  it.each([
    [
      'between paragraphs',
      'a\n\n----\n\nb\n',
      [{ type: 'paragraph' }, { type: 'transition', line: 3 }, { type: 'paragraph' }],
    ],
    ['any punctuation, 4 or more', 'a\n\n****\n\nb\n', [{}, { type: 'transition' }, {}]],
    ['shorter lines are text', 'a\n\n---\n\nb\n', [{}, { type: 'paragraph', text: '---' }, {}]],
    [
      'one at the end of a section moves after it',
      'S\n=\n\na\n\n-----\n\nT\n=\n\nb\n',
      [{ type: 'section', children: [{ type: 'paragraph' }] }, { type: 'transition', line: 6 }, { type: 'section' }],
    ],
  ])('%s', (_name, input, expected) => {
    expect(blocks(input)).toMatchObject(expected);
  });

  it.each([
    ['at the start of the document', '-----\n\na\n', ['1 error: Document or section may not begin with a transition.']],
    ['at the end of the document', 'a\n\n-----\n', ['3 error: Document may not end with a transition.']],
    [
      'two in a row',
      'a\n\n-----\n\n=====\n\nb\n',
      ['5 error: At least one body element must separate transitions; adjacent transitions are not allowed.'],
    ],
  ])('reports one %s', (_name, input, expected) => {
    expect(warningsOf(input)).toEqual(expected);
  });

  // docutils' system messages are nodes: a dropped title's message separates transitions and keeps one from being
  // last in its section.
  it('treats a message between transitions as a separating sibling', () => {
    const text = 'A\n===\n\nB\n---\n\nC\n===\n\np\n\n-----\n\nD\n~~~\n\n-----\n\nq\n';
    expect(warningsOf(text)).toEqual(['14 severe: Title level inconsistent:']);
  });

  it('does not move a transition followed by a message', () => {
    const text = 'A\n===\n\nB\n---\n\nC\n===\n\np\n\n-----\n\nD\n~~~\n';
    expect(warningsOf(text)).toEqual(['14 severe: Title level inconsistent:']);
    expect(blocks(text)[1]).toMatchObject({ title: 'C', children: [{ type: 'paragraph' }, { type: 'transition' }] });
  });
});
