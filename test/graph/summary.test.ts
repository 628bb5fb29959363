import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder, isGraphOutdated } from '../../graph/freshness.js';
import { summarizeGraph } from '../../graph/summary.js';
import { smallGraph } from './fixtures.js';

describe('summarizeGraph', () => {
  it('counts documents, sections, entities by kind and relations by type', () => {
    const summary = summarizeGraph(smallGraph());
    expect(summary).toMatchObject({ documents: 2, sections: 1, entities: 2, relations: 1 });
    expect(summary.entitiesByKind).toEqual({
      technology: 1,
      standard: 0,
      organisation: 0,
      language: 0,
      category: 1,
      concept: 0,
    });
    expect(summary.relationsByType.IS_A).toBe(1);
    expect(Object.values(summary.relationsByType).reduce((a, b) => a + b)).toBe(1);
  });
});

describe('isGraphOutdated', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'infragraph-fresh-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const at = (file: string, seconds: number) => {
    writeFileSync(path.join(dir, file), 'x');
    utimesSync(path.join(dir, file), seconds, seconds);
    return path.join(dir, file);
  };
  it.each([
    ['missing graph', null, [1000], true],
    ['graph newer than every source', 2000, [1000, 1500], false],
    ['one source newer than the graph', 2000, [1000, 2500], true],
  ])('%s → %s', async (_name, graphTime, sourceTimes, expected) => {
    const graph = graphTime === null ? path.join(dir, 'none.json') : at('graph.json', graphTime);
    const sources = sourceTimes.map((time, i) => at(`s${i}.rst`, time));
    expect(await isGraphOutdated(graph, sources)).toBe(expected);
    rmSync(path.join(dir, 'graph.json'), { force: true });
  });
});

describe('filesUnder', () => {
  it('lists every file in nested folders, and no folders', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'infragraph-files-'));
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    writeFileSync(path.join(dir, 'top.js'), '');
    writeFileSync(path.join(dir, 'a/b/deep.js'), '');
    const files = (await filesUnder(dir)).map((file) => path.relative(dir, file)).sort();
    rmSync(dir, { recursive: true, force: true });
    expect(files).toEqual(['a/b/deep.js', 'top.js']);
  });
});
