import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headMatcher, headPattern } from '../../../ingest/extract/head-match.js';
import { CATEGORY_HEADS } from '../../../ingest/extract/lexicon/categories.js';

/** Where the pattern matches when tried at exactly `start` (what `matchAt` claims to compute). */
function patternEnd(pattern: RegExp, text: string, start: number): number {
  const sticky = new RegExp(pattern.source, 'iuy');
  sticky.lastIndex = start;
  const match = sticky.exec(text);
  return match ? start + match[0].length : -1;
}

const HEADS = ['hypervisor', 'proxy', 'service mesh', 'container runtime', 'bus', 'ci/cd tool', 'type-1 hypervisor'];

/** Text made of pieces of heads in any case, letters that fold to ASCII ones, spaces of all kinds and word edges. */
const pieces = fc.constantFrom(
  ...HEADS,
  ...HEADS.map((head) => head.toUpperCase()),
  'Hypervisors',
  'PROXIES',
  'meshes',
  'buses',
  'ies',
  'es',
  's',
  'y',
  ' ',
  '\u00a0',
  '\n\t ',
  '-',
  '/',
  '1',
  'x',
  '\u017f',
  '\u212a',
  '\u0130',
  'é',
  '\u{1d538}',
  '\ud835',
  '\udd38',
  '.',
);
const texts = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));

describe('headMatcher', () => {
  it.each([
    ['hypervisor', 'Type-1 hypervisors are', 7, 18],
    ['proxy', 'network PROXIES.', 8, 15],
    ['service mesh', 'a service \n mesh', 2, 16],
    ['hypervisor', 'hypervisorish', 0, -1],
    ['hypervisor', 'pre-hypervisor', 4, -1],
    ['bus', 'message buses', 8, 13],
    ['bus', 'message bu\u017f', 8, 11],
  ])('%s in %j at %i ends at %i', (head, text, start, end) => {
    expect(headMatcher(head).matchAt(text, start)).toBe(end);
    expect(patternEnd(headPattern(head), text, start)).toBe(end);
  });

  it('ends every match where the head pattern does, at every position of any text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HEADS), texts, (head, text) => {
        const matcher = headMatcher(head);
        const pattern = headPattern(head);
        for (let start = 0; start <= text.length; start++) {
          expect(matcher.matchAt(text, start)).toBe(patternEnd(pattern, text, start));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the pattern for every head of the lexicon on its own forms', () => {
    for (const head of CATEGORY_HEADS) {
      const matcher = headMatcher(head);
      const pattern = headPattern(head);
      for (const text of [head, `${head}s`, `${head}es`, `the ${head.toUpperCase()}S here`, `x${head}`, `${head}-x`]) {
        for (let start = 0; start <= text.length; start++) {
          expect(matcher.matchAt(text, start), `${head} in ${text} at ${start}`).toBe(patternEnd(pattern, text, start));
        }
      }
    }
  });
});
