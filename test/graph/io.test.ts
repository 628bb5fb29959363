import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphFileError, readGraphFile, writeGraphFile } from '../../graph/io.js';
import { serializeGraph } from '../../graph/serialize.js';
import type { GraphData } from '../../graph/types.js';
import { smallGraph } from './fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'infragraph-io-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('serializeGraph', () => {
  it('orders documents by file, nodes and edges by id, with a trailing newline', () => {
    const text = serializeGraph(smallGraph());
    const parsed = JSON.parse(text) as GraphData;
    expect(parsed.documents.map((d) => d.file)).toEqual(['a.rst', 'b.rst']);
    expect(parsed.nodes.map((n) => n.id)).toEqual(['engine', 'runtime']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "version": 1,');
  });

  it('writes keys in a fixed order whatever order they were built in', () => {
    const graph = smallGraph();
    const shuffled = { ...graph, nodes: graph.nodes.map((node) => Object.fromEntries(Object.entries(node).reverse())) };
    expect(serializeGraph(shuffled as GraphData)).toBe(serializeGraph(graph));
  });
});

describe('writeGraphFile / readGraphFile', () => {
  it('round-trips a graph and creates missing folders', async () => {
    const file = path.join(dir, 'new/folder/graph.json');
    await writeGraphFile(file, smallGraph());
    const read = await readGraphFile(file);
    expect(serializeGraph(read)).toBe(serializeGraph(smallGraph()));
    expect(await readdir(path.dirname(file))).toEqual(['graph.json']); // no temp file left behind
  });

  it('refuses to write an invalid graph and keeps the old file', async () => {
    const file = path.join(dir, 'kept.json');
    await writeGraphFile(file, smallGraph());
    const before = await readFile(file, 'utf8');
    const broken = { ...smallGraph(), edges: [{ ...smallGraph().edges[0]!, target: 'nowhere' }] };
    await expect(writeGraphFile(file, broken)).rejects.toThrow(
      `${file}: refusing to write an invalid graph: /edges/0/target "nowhere" is no node id`,
    );
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('reports a folder in the way as one line', async () => {
    const file = path.join(dir, 'a-folder');
    await mkdir(file);
    await expect(writeGraphFile(file, smallGraph())).rejects.toThrow(`${file}: cannot write: is a folder, not a file`);
    expect(await readdir(dir)).not.toContain(expect.stringMatching(/\.tmp$/));
  });

  const graphText = serializeGraph(smallGraph());
  it.each([
    ['missing', null, 'no such file'],
    ['empty', '', 'empty file, not a graph'],
    ['truncated', graphText.slice(0, 200), 'truncated JSON (the file ends too early)'],
    ['not JSON', 'version: 1\n', 'not valid JSON'],
    ['a JSON array', '[]', 'not an infragraph graph: (top level) must be object'],
    [
      'a newer version',
      '{"version": 2}',
      'not an infragraph graph: graph format version 2; this infragraph reads version 1',
    ],
    [
      'an unknown kind',
      graphText.replace('"kind": "category"', '"kind": "gadget"'),
      'not an infragraph graph: /nodes/1/kind must be equal to one of the allowed values ' +
        '(technology, standard, organisation, language, category, concept)',
    ],
    [
      'a duplicate node id',
      graphText.replace('"id": "runtime"', '"id": "engine"'),
      // The edge to "runtime" now dangles too: the first problem is named, the others counted.
      'not an infragraph graph: /nodes/1/id "engine" is used by an earlier node (and 1 more problem)',
    ],
  ])('reports %s as one line naming the file', async (name, content, reason) => {
    const file = path.join(dir, `${name.replace(/ /g, '-')}.json`);
    if (content !== null) await writeFile(file, content);
    const error = await readGraphFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphFileError);
    expect((error as Error).message).toBe(`${file}: ${reason}`);
    expect((error as Error).message).not.toContain('\n');
  });
});
