import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline, parseInlineWithWarnings } from '../../../ingest/rst/inline.js';
import { em, INLINE_CASES, ref, text, WARNING_CASES } from './inline.cases.js';

describe('parseInline', () => {
  it.each(INLINE_CASES)('%s', (_name, input, expected) => {
    expect(parseInline(input, 1)).toEqual(expected);
  });

  it('counts lines from the line given for the block', () => {
    expect(parseInline('a\n*b*', 10)).toEqual([text('a\n', 10), em('b', 11)]);
  });

  it('never leaves two text nodes side by side', () => {
    const nodes = parseInline('a *b **c ``d `e |f _`g x*y z', 1);
    const adjacent = nodes.some((node, i) => node.type === 'text' && nodes[i - 1]?.type === 'text');
    expect(adjacent).toBe(false);
    expect(nodes).toEqual([text('a *b **c ``d `e |f _`g x*y z')]);
  });
});

describe('parseInlineWithWarnings', () => {
  it.each(WARNING_CASES)('%s', (_name, input, expected) => {
    const { warnings } = parseInlineWithWarnings(input, 1, 'notes.rst');
    expect(warnings).toEqual(expected.map((w) => ({ file: 'notes.rst', level: 'warning', ...w })));
  });

  it('reports the line of the markup, offset by the block line', () => {
    const { nodes, warnings } = parseInlineWithWarnings('ok\nstill ok\n*broken', 40, 'a/b.rst');
    expect(nodes).toEqual([text('ok\nstill ok\n*broken', 40)]);
    expect(warnings).toEqual([
      { file: 'a/b.rst', line: 42, level: 'warning', message: 'Inline emphasis start-string without end-string.' },
    ]);
  });
});

// These assert completion and output size, not timing: a quadratic scan would not finish within the test timeout.
describe('bounded work on hostile input', () => {
  const SIZE = 200_000;
  const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

  it.each([
    ['a 200 KB line of words', repeat('lorem ipsum ')],
    ['a 200 KB hyphenated word', repeat('a-')],
    ['a 200 KB colon-separated word', repeat(':a')],
    ['a 200 KB URI-like word', repeat('a:b/')],
    ['a 200 KB e-mail-like word', repeat('a.b/')],
    ['a 200 KB run of "* "', repeat('* ')],
  ])('%s stays one text node', (_name, input) => {
    const nodes = parseInline(input, 1);
    // Compared without printing 200 KB on failure.
    expect(nodes.map((node) => node.type)).toEqual(['text']);
    expect(nodes[0]).toEqual(text(input));
  });

  it.each(['*', '**', '`', '``', '|', '_`', ':r:`'])('10k unterminated "%s" markers give 10k warnings', (marker) => {
    const input = `${marker}a `.repeat(10_000);
    const { nodes, warnings } = parseInlineWithWarnings(input, 1, 'f.rst');
    expect(nodes).toEqual([text(input)]);
    expect(warnings).toHaveLength(10_000);
  });

  it('10k closed constructs in one line', () => {
    const nodes = parseInline('*a* ref_ '.repeat(10_000), 1);
    expect(nodes.filter((node) => node.type === 'emphasis')).toHaveLength(10_000);
    expect(nodes.filter((node) => node.type === 'reference')).toHaveLength(10_000);
    expect(nodes[2]).toEqual(ref('ref'));
  });
});

describe('invariants on arbitrary markup', () => {
  const markup = fc.array(
    fc.constantFrom(
      '*',
      '**',
      '`',
      '``',
      '_',
      '__',
      '|',
      ':r:',
      '[1]',
      '<',
      '>',
      '\\',
      ' ',
      '\n',
      'a',
      'b',
      'x@y.z',
      'http://e.org',
    ),
    { maxLength: 30 },
  );

  it('never throws, keeps lines within the block and in order, and merges text', () => {
    fc.assert(
      fc.property(markup, fc.integer({ min: 1, max: 5000 }), (parts, first) => {
        const input = parts.join('');
        const { nodes, warnings } = parseInlineWithWarnings(input, first, 'p.rst');
        const last = first + (input.match(/\n/g)?.length ?? 0);
        const lines = [...nodes.map((node) => node.line), ...warnings.map((warning) => warning.line)];
        expect(lines.every((line) => line >= first && line <= last)).toBe(true);
        expect(nodes.map((node) => node.line)).toEqual([...nodes.map((node) => node.line)].sort((a, b) => a - b));
        expect(nodes.some((node, i) => node.type === 'text' && nodes[i - 1]?.type === 'text')).toBe(false);
        expect(nodes.some((node) => node.type === 'text' && node.value === '')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('text without markup characters comes back unchanged as one node', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ,.\n]{1,60}$/), (input) => {
        expect(parseInline(input, 1)).toEqual([text(input)]);
      }),
    );
  });
});
