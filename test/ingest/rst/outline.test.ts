import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../../ingest/rst/index.js';
import { sectionOutline } from '../../../ingest/rst/outline.js';

describe('sectionOutline', () => {
  it('lists every section in pre-order with depth and title line', () => {
    const { document } = parseRst('A\n=\n\nB\n-\n\nC\n~\n\nD\n-\n\nE\n=\n');
    expect(sectionOutline(document)).toEqual([
      { title: 'A', depth: 1, line: 1 },
      { title: 'B', depth: 2, line: 4 },
      { title: 'C', depth: 3, line: 7 },
      { title: 'D', depth: 2, line: 10 },
      { title: 'E', depth: 1, line: 13 },
    ]);
  });

  it('is empty without sections', () => {
    expect(sectionOutline(parseRst('just text\n').document)).toEqual([]);
  });

  // The seed's outline, as docutils 0.21 gives it (test/docutils/outline.py): 170 sections.
  it('finds the seed corpus outline', () => {
    const text = readFileSync(new URL('../../../data/cloud-infrastructure-technologies.rst', import.meta.url), 'utf8');
    const outline = sectionOutline(parseRst(text).document);
    expect(outline).toHaveLength(170);
    expect(outline.slice(0, 4)).toEqual([
      { title: 'Cloud Infrastructure Technologies', depth: 1, line: 2 },
      { title: 'Initial cloud concepts', depth: 2, line: 12 },
      { title: 'Cloud computing', depth: 3, line: 15 },
      { title: 'Virtualization', depth: 3, line: 54 },
    ]);
  });
});
