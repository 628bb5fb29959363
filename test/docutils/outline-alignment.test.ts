import { describe, expect, it } from 'vitest';
import { alignOutlines, describeDifferences, lineMismatches, type OutlineEntry } from './outline-alignment.js';

/** "2:Title@5" → {title: 'Title', depth: 2, line: 5}; keeps the tables readable. */
const entry = (spec: string): OutlineEntry => {
  const match = /^(\d+):(.*)@(\d+)$/.exec(spec);
  if (!match) throw new Error(`bad entry spec ${spec}`);
  return { depth: Number(match[1]), title: match[2], line: Number(match[3]) };
};
const outline = (specs: string[]): OutlineEntry[] => specs.map(entry);

describe('alignOutlines', () => {
  it.each([
    { name: 'identical', expected: ['1:A@1', '2:B@5'], actual: ['1:A@1', '2:B@5'], matched: 2, kinds: 'mm' },
    { name: 'both empty', expected: [], actual: [], matched: 0, kinds: '' },
    {
      name: 'one missing',
      expected: ['1:A@1', '2:B@5', '2:C@9'],
      actual: ['1:A@1', '2:C@9'],
      matched: 2,
      kinds: 'm-m',
    },
    { name: 'one extra', expected: ['1:A@1', '2:C@9'], actual: ['1:A@1', '2:X@4', '2:C@9'], matched: 2, kinds: 'm+m' },
    { name: 'depth differs', expected: ['1:A@1', '2:B@5'], actual: ['1:A@1', '3:B@5'], matched: 1, kinds: 'm-+' },
    { name: 'nothing found', expected: ['1:A@1'], actual: [], matched: 0, kinds: '-' },
    { name: 'lines ignored', expected: ['1:A@1'], actual: ['1:A@2'], matched: 1, kinds: 'm' },
  ])('$name', ({ expected, actual, matched, kinds }) => {
    const alignment = alignOutlines(outline(expected), outline(actual));
    expect(alignment.matched).toBe(matched);
    expect(alignment.score).toBe(expected.length === 0 ? 1 : matched / expected.length);
    const code = { match: 'm', missing: '-', extra: '+' } as const;
    expect(alignment.steps.map((step) => code[step.kind]).join('')).toBe(kinds);
  });
});

describe('describeDifferences', () => {
  it('shows context, docutils-only and ours-only sections', () => {
    const alignment = alignOutlines(outline(['1:A@1', '2:B@5']), outline(['1:A@1', '3:B@5']));
    expect(describeDifferences(alignment)).toBe(
      ['  # "A" (line 1)', '- ## "B" (line 5)   [docutils only]', '+ ### "B" (line 5)   [ours only]'].join('\n'),
    );
  });
  it('stops after the limit', () => {
    const alignment = alignOutlines(outline(['1:A@1', '1:B@2', '1:C@3']), []);
    expect(describeDifferences(alignment, 2).split('\n')).toEqual([
      '- # "A" (line 1)   [docutils only]',
      '- # "B" (line 2)   [docutils only]',
      '  …',
    ]);
  });
  it('is empty when everything matches', () => {
    expect(describeDifferences(alignOutlines(outline(['1:A@1']), outline(['1:A@1'])))).toBe('');
  });
});

describe('lineMismatches', () => {
  it('lists matched sections on different lines only', () => {
    const alignment = alignOutlines(outline(['1:A@1', '2:B@5', '2:C@9']), outline(['1:A@1', '2:B@6', '3:C@9']));
    expect(lineMismatches(alignment)).toEqual(['docutils line 5, ours 6: ## "B" (line 5)']);
  });
});
