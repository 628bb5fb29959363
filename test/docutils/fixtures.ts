/**
 * The docutils reference outlines (test/fixtures/docutils/*.sections.json) and a way to regenerate one with the
 * real docutils, shared by the parity test and the fixture-freshness test.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutlineEntry } from './outline-alignment.js';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const docutilsFixtureDir = join(repoRoot, 'test/fixtures/docutils');
export const rstFixtureDir = join(repoRoot, 'test/fixtures/rst');
const outlineScript = join(repoRoot, 'test/docutils/outline.py');

export interface DocutilsFixture {
  /** File name of the fixture, e.g. "ovs-install-dpdk.sections.json". */
  name: string;
  /** The RST file it describes, relative to the repository root. */
  source: string;
  docutils: string;
  sections: OutlineEntry[];
}

export function loadDocutilsFixtures(): DocutilsFixture[] {
  return readdirSync(docutilsFixtureDir)
    .filter((name) => name.endsWith('.sections.json'))
    .sort()
    .map((name) => {
      const parsed = JSON.parse(readFileSync(join(docutilsFixtureDir, name), 'utf8')) as Omit<DocutilsFixture, 'name'>;
      return { name, source: parsed.source, docutils: parsed.docutils, sections: parsed.sections };
    });
}

/** The fixture name an RST file must have: "x.rst" → "x.sections.json". */
export const fixtureNameFor = (rstPath: string): string => `${basename(rstPath, '.rst')}.sections.json`;

/** The docutils version pinned in test/docutils/requirements.txt. */
export function pinnedDocutilsVersion(): string {
  const requirements = readFileSync(join(repoRoot, 'test/docutils/requirements.txt'), 'utf8');
  const pin = /^docutils==(\S+)/m.exec(requirements);
  if (!pin) throw new Error('test/docutils/requirements.txt: no docutils==VERSION pin');
  return pin[1];
}

/** The installed docutils version, or null when python3 or docutils is missing. */
export function installedDocutilsVersion(): string | null {
  const result = spawnSync('python3', [outlineScript, '--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Runs test/docutils/outline.py on a file; errors carry the script's own message, not a stack. */
export function freshDocutilsOutline(source: string): OutlineEntry[] {
  const result = spawnSync('python3', [outlineScript, join(repoRoot, source)], { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(
      `${source}: outline.py failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}`,
    );
  }
  return JSON.parse(result.stdout) as OutlineEntry[];
}
