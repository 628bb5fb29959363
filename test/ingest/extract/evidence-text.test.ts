import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_CHARS, evidenceText } from '../../../ingest/extract/evidence-text.js';
import { ingestDocuments } from '../../../ingest/pipeline.js';

describe('evidenceText', () => {
  it('quotes a sentence whole, whitespace collapsed', () => {
    const text = 'Intro.  Engine\n   uses\tRuntime.  Next.';
    expect(evidenceText(text, 8, 32, 8)).toBe('Engine uses Runtime.');
  });

  it('quotes a window around the relation in a sentence longer than the cap, cut at spaces', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `w${i}`);
    const text = words.join(' ');
    const offset = text.indexOf('w500');
    const quoted = evidenceText(text, 0, text.length, offset);
    expect(quoted.length).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS + 100);
    expect(quoted).toMatch(/^… w\d+ .* w\d+ …$/);
    expect(quoted).toContain(' w500 ');
    expect(evidenceText(text, 0, text.length, 0)).toMatch(/^w0 w1 .* …$/);
    expect(evidenceText(text, 0, text.length, text.length - 1)).toMatch(/^… .* w999$/);
  });
});

describe('a sentence of thousands of names', () => {
  // Regression: each relation quoted the whole sentence: 20k names (200 KB) ran out of memory, 8k took 0.9 GB.
  it('gives relations whose evidence stays short', () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `Tool${i}`);
    const text = `Engine supports ${names.join(', ')}.\n`;
    const { graph } = ingestDocuments([{ file: 'list.rst', text }]);
    expect(graph.edges.length).toBeGreaterThanOrEqual(5_000);
    const longest = Math.max(...graph.edges.flatMap((edge) => edge.evidence.map((e) => e.text.length)));
    expect(longest).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS + 100);
    const last = graph.edges.find((edge) => edge.target === 'tool4999')!;
    expect(last.evidence[0]!.text).toMatch(/^Engine supports Tool0, .* …$/);
  });
});
