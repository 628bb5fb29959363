// `infragraph diff` through main(): text and JSON output for two small graphs, and one-line failures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../bin/cli.js';
import { smallGraph } from '../graph/fixtures.js';
import { capturedTerminal } from './captured-terminal.js';

describe('infragraph diff', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'infragraph-diff-'));
    const before = smallGraph();
    const after = smallGraph();
    after.nodes[0]!.label = 'Runtimes';
    after.nodes[1]!.aliases.push('eng');
    after.edges[0]!.confidence = 0.75;
    after.nodes.push({ ...after.nodes[0]!, id: 'vm', label: 'VM', kind: 'technology' });
    after.edges.push({ ...after.edges[0]!, id: 'vm--is-a--runtime', source: 'vm' });
    writeFileSync(path.join(dir, 'old.json'), JSON.stringify(before));
    writeFileSync(path.join(dir, 'new.json'), JSON.stringify(after));
    writeFileSync(path.join(dir, 'broken.json'), '{"version": 1, "nodes": [');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the differences as text', async () => {
    const io = capturedTerminal(dir);
    expect(await main(['diff', 'old.json', 'new.json'], io.terminal)).toBe(0);
    expect(io.out()).toBe(
      [
        'old.json → new.json',
        'Entities: +1, -0, ~2',
        'Relations: +1, -0, ~1',
        '',
        'Entities added:',
        '  + vm (technology) "VM"',
        '',
        'Entities changed:',
        '  ~ engine',
        '      aliases: ["engine"] → ["engine", "eng"]',
        '  ~ runtime',
        '      label: "Runtime" → "Runtimes"',
        '',
        'Relations added:',
        '  + vm IS_A runtime',
        '',
        'Relations changed:',
        '  ~ engine--is-a--runtime',
        '      confidence: 0.5 → 0.75',
        '',
      ].join('\n'),
    );
  });

  it('prints the differences as JSON with --json', async () => {
    const io = capturedTerminal(dir);
    expect(await main(['diff', 'old.json', 'new.json', '--json'], io.terminal)).toBe(0);
    const diff = JSON.parse(io.out());
    expect(diff.entities.added.map((node: { id: string }) => node.id)).toEqual(['vm']);
    expect(diff.entities.changed[1]).toEqual({
      id: 'runtime',
      changes: [{ field: 'label', before: 'Runtime', after: 'Runtimes' }],
    });
    expect(diff.relations.changed[0].changes).toEqual([{ field: 'confidence', before: 0.5, after: 0.75 }]);
  });

  it('says when nothing changed', async () => {
    const io = capturedTerminal(dir);
    expect(await main(['diff', 'old.json', 'old.json'], io.terminal)).toBe(0);
    expect(io.out()).toBe('old.json → old.json\nEntities: +0, -0, ~0\nRelations: +0, -0, ~0\n');
  });

  it.each<[string[], number, RegExp]>([
    [['old.json'], 2, /^infragraph diff: expected two graph files, got 1 \(see infragraph diff --help\)\n$/],
    [['old.json', 'missing.json'], 1, /^missing\.json: no such file\n$/],
    [['broken.json', 'old.json'], 1, /^broken\.json: truncated JSON \(the file ends too early\)\n$/],
  ])('%j exits %d with one line', async (args, status, message) => {
    const io = capturedTerminal(dir);
    expect(await main(['diff', ...args], io.terminal)).toBe(status);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe('');
  });
});
