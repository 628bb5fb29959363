/**
 * Parity with docutils: for the seed and every real-world file in test/fixtures/rst, our section tree (titles,
 * depth, order, title lines) must match the outline docutils 0.21.2 produced (test/fixtures/docutils/).
 * Freshness of those fixtures against docutils itself is checked in test/docutils/fixtures.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../../ingest/rst/index.js';
import { sectionOutline } from '../../../ingest/rst/outline.js';
import { loadDocutilsFixtures, repoRoot } from '../../docutils/fixtures.js';
import { alignOutlines, describeDifferences, lineMismatches } from '../../docutils/outline-alignment.js';

/** Share of docutils sections we must find with the same title and depth, in order. */
const MIN_SCORE = 0.98;

const fixtures = loadDocutilsFixtures();

describe('section outline parity with docutils', () => {
  it.each(fixtures)('$source', (fixture) => {
    const text = readFileSync(join(repoRoot, fixture.source), 'utf8');
    const { document } = parseRst(text, { file: fixture.source });
    const alignment = alignOutlines(fixture.sections, sectionOutline(document));
    const extra = alignment.steps.filter((step) => step.kind === 'extra').length;
    console.log(
      `${fixture.source}: ${alignment.matched}/${alignment.expectedCount} sections match` +
        (extra > 0 ? ` (+${extra} only ours)` : ''),
    );

    expect(
      alignment.score,
      `${fixture.source}: ${alignment.matched}/${alignment.expectedCount} docutils sections matched ` +
        `(need ≥ ${MIN_SCORE}); first differences (- docutils only, + ours only):\n${describeDifferences(alignment)}`,
    ).toBeGreaterThanOrEqual(MIN_SCORE);
    // Both sides mean "the 1-based line of the title text" (outline.py converts docutils' underline line).
    expect(lineMismatches(alignment), `${fixture.source}: title lines differ from docutils`).toEqual([]);
  });
});
