/**
 * Parity with docutils' Inliner (pinned in test/docutils/requirements.txt): the expectations of the inline case
 * table, seeded random markup soup, and every paragraph, title and line-block line of the seed and the RST fixtures
 * must come out as docutils parses them. Skipped without that docutils, except under CI.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InlineNode } from '../../../ingest/rst/ast.js';
import { parseInline, parseInlineWithWarnings } from '../../../ingest/rst/inline.js';
import { installedDocutilsVersion, pinnedDocutilsVersion, repoRoot, rstFixtureDir } from '../../docutils/fixtures.js';
import { INLINE_CASES, WARNING_CASES } from './inline.cases.js';

type Lineless = Record<string, unknown>;
interface DocutilsText {
  text: string;
  nodes: Lineless[];
  warnings: string[];
}
interface DocutilsParagraph {
  file: string;
  kind: 'paragraph' | 'title' | 'line';
  text: string;
  nodes: Lineless[];
}

const pinned = pinnedDocutilsVersion();
const installed = installedDocutilsVersion();
const mustRun = process.env.CI === 'true';
const skip = installed !== pinned && !mustRun;

// Fragments that exercise every recognition rule when shuffled: markup characters, quotes, brackets, escapes.
const FRAGMENTS = [
  ...['*', '**', '`', '``', '_', '__', '|', ':', '[', ']', '#', '<', '>', '\\', '\\ ', ' ', ' ', '\n', '.', ','],
  ...['(', ')', '"', "'", '-', '/', '?', '«', '»', '‘', '’', 'a', 'b', 'x_', '1', ':r:', '_`', '|_', '`_', '`__'],
  ...['\u00a0', '\ufeff', '\x1c', '\u{10100}', '\u{1d400}', '、', '‚'],
  ...['http://a.b/c', 'https://q.r/s?t=u#v', 'a@b.c', 'mailto:', 'foo:', ' <', '>`_', '`a <', '[#', '[*]_', '|x|'],
];

/** Deterministic pseudo-random markup soup, so a failure can be replayed. */
function soup(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 16) }, () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]).join(
      '',
    ),
  );
}

function docutils(texts: string[], files: string[]): { texts: DocutilsText[]; paragraphs: DocutilsParagraph[] } {
  const script = join(repoRoot, 'test/docutils/inline.py');
  const result = spawnSync('python3', [script], {
    input: JSON.stringify({ texts, files }),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 120_000,
  });
  if (result.status !== 0)
    throw new Error(`inline.py failed (${result.error?.message ?? result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as { texts: DocutilsText[]; paragraphs: DocutilsParagraph[] };
}

const withoutLines = (nodes: InlineNode[]): Lineless[] => nodes.map(({ line: _line, ...rest }) => rest);

describe.skipIf(skip)(`inline parity with docutils ${pinned}`, () => {
  const randomTexts = soup(3000, 20_261_125);
  const files = [
    join(repoRoot, 'data/cloud-infrastructure-technologies.rst'),
    ...readdirSync(rstFixtureDir)
      .filter((name) => name.endsWith('.rst'))
      .map((name) => join(rstFixtureDir, name)),
  ];
  const tableInputs = [...INLINE_CASES.map(([, input]) => input), ...WARNING_CASES.map(([, input]) => input)];
  const reference = skip ? { texts: [], paragraphs: [] } : docutils([...tableInputs, ...randomTexts], files);
  const byText = new Map(reference.texts.map((entry) => [entry.text, entry]));

  it('runs the pinned docutils', () => {
    expect(installed).toBe(pinned);
  });

  it.each(INLINE_CASES)('table expectation "%s" is what docutils produces', (_name, input, expected) => {
    expect(withoutLines(expected)).toEqual(byText.get(input)?.nodes);
  });

  it.each(WARNING_CASES)('table warnings "%s" are docutils\' warnings', (_name, input, expected) => {
    expect(expected.map((warning) => warning.message)).toEqual(byText.get(input)?.warnings);
  });

  it('3000 random markup soups parse to the same nodes and warnings', () => {
    const differences = randomTexts.flatMap((text) => {
      const { nodes, warnings } = parseInlineWithWarnings(text, 1, 'soup');
      const ours = { nodes: withoutLines(nodes), warnings: warnings.map((warning) => warning.message) };
      const theirs = byText.get(text);
      return JSON.stringify(ours) === JSON.stringify({ nodes: theirs?.nodes, warnings: theirs?.warnings })
        ? []
        : [{ text, ours, theirs }];
    });
    expect(differences.slice(0, 5)).toEqual([]);
  });

  it('every paragraph, title and line-block line of the seed and the RST fixtures parses like docutils', () => {
    expect(reference.paragraphs.length).toBeGreaterThan(1000);
    const differences = reference.paragraphs.filter(
      (paragraph) => JSON.stringify(withoutLines(parseInline(paragraph.text, 1))) !== JSON.stringify(paragraph.nodes),
    );
    expect(differences.slice(0, 5)).toEqual([]);
  });
});
