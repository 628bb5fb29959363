/**
 * The same notes give the same bytes: two separate `infragraph ingest` processes over the seed and the documents
 * from other projects (test/fixtures/docs), named in opposite orders, write byte-identical graphs, layout included.
 * (`npm run build` first when running this file alone.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'infragraph-determinism-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const docs = readdirSync(path.join(repo, 'test/fixtures/docs'))
  .filter((name) => name.endsWith('.rst'))
  .map((name) => path.join('test/fixtures/docs', name));
const inputs = ['data/cloud-infrastructure-technologies.rst', ...docs];

function ingest(args: string[], out: string): Buffer {
  const result = spawnSync(process.execPath, ['bin/infragraph.js', 'ingest', ...args, '--out', out, '-q'], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 120_000,
  });
  // Real documents bring parser warnings, one `file:line: message` each.
  for (const line of result.stderr.split('\n').filter(Boolean))
    expect(line).toMatch(/^(\S+\.rst:\d+: \S|\.\.\. and \d+ more warnings$)/);
  expect(result.status).toBe(0);
  return readFileSync(out);
}

describe('ingest determinism', () => {
  it('writes byte-identical graphs for the seed and the docs fixtures, in any argument order', () => {
    expect(docs.length).toBeGreaterThanOrEqual(2);
    const first = ingest(inputs, path.join(dir, 'a.json'));
    const second = ingest([...inputs].reverse(), path.join(dir, 'b.json'));
    expect(second.equals(first)).toBe(true);
    const graph = JSON.parse(first.toString()) as { documents: { file: string }[]; nodes: unknown[] };
    expect(graph.documents.map((d) => d.file)).toEqual([
      'data/cloud-infrastructure-technologies.rst',
      ...docs.map((file) => file).sort(),
    ]);
    expect(graph.nodes.length).toBeGreaterThan(100);
  }, 300_000);
});
