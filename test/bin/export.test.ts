// `infragraph export` through main(): each format written where asked, and one-line failures.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../bin/cli.js';
import type { GraphData } from '../../graph/types.js';
import { smallFixture } from '../graph/export/fixtures.js';
import { capturedTerminal } from './captured-terminal.js';

describe('infragraph export', () => {
  let dir = '';
  let graph: GraphData;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'infragraph-export-'));
    graph = smallFixture();
    writeFileSync(path.join(dir, 'graph.json'), JSON.stringify(graph));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...args: string[]) => {
    const io = capturedTerminal(dir);
    const status = await main(['export', '--graph', 'graph.json', ...args], io.terminal);
    return { status, out: io.out(), err: io.err() };
  };

  it.each<[string, string, (text: string) => number]>([
    ['json', 'out/graph.json', (text) => (JSON.parse(text) as GraphData).nodes.length],
    ['gexf', 'out/graph.gexf', (text) => parseGexf(MultiGraph, text).order],
    ['graphml', 'out/graph.graphml', (text) => parseGraphml(MultiGraph, text).order],
    ['cypher', 'out/graph.cypher', (text) => text.split('\n').filter((line) => line.startsWith('MERGE (n')).length],
  ])('writes %s to %s', async (format, out, countNodes) => {
    const result = await run('--format', format, '--out', out);
    expect(result).toEqual({
      status: 0,
      out: `Exported ${graph.nodes.length} entities and ${graph.edges.length} relations as ${format} to ${out}\n`,
      err: '',
    });
    expect(countNodes(readFileSync(path.join(dir, out), 'utf8'))).toBe(graph.nodes.length);
  });

  it('writes csv as a folder of nodes.csv and relationships.csv, leaving no temp files', async () => {
    expect((await run('-f', 'csv', '-o', 'import')).status).toBe(0);
    expect(readdirSync(path.join(dir, 'import')).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    const nodes = readFileSync(path.join(dir, 'import/nodes.csv'), 'utf8').trimEnd().split('\n');
    expect(nodes).toHaveLength(graph.nodes.length + 1);
  });

  it.each<[string[], number, string]>([
    [['--out', 'x.gexf'], 2, `infragraph export: no --format given: use one of json, gexf, graphml, csv, cypher\n`],
    [
      ['-f', 'dot', '-o', 'x.dot'],
      2,
      `infragraph export: unknown format 'dot': use one of json, gexf, graphml, csv, cypher\n`,
    ],
    [['-f', 'gexf'], 2, 'infragraph export: no --out given (see infragraph export --help)\n'],
    [['-f', 'gexf', '-o', '.'], 1, 'cannot write: is a folder, not a file'],
  ])('%j exits %d with one line', async (args, status, message) => {
    const result = await run(...args);
    expect(result.status).toBe(status);
    expect(result.err).toContain(message);
    expect(result.err.trimEnd().split('\n')).toHaveLength(1);
    expect(result.out).toBe('');
  });

  it('names an unreadable graph file', async () => {
    const io = capturedTerminal(dir);
    expect(await main(['export', '--graph', 'missing.json', '-f', 'json', '-o', 'x.json'], io.terminal)).toBe(1);
    expect(io.err()).toMatch(/missing\.json: no such file\n$/);
    expect(existsSync(path.join(dir, 'x.json'))).toBe(false);
  });
});
