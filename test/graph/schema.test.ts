import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import schema from '../../graph/graph.schema.json' with { type: 'json' };
import { ENTITY_KINDS, GRAPH_FORMAT_VERSION, RELATION_TYPES } from '../../graph/types.js';
import { graphProblems } from '../../graph/validate.js';
import { serializeGraph } from '../../graph/serialize.js';
import { ingestDocuments } from '../../ingest/pipeline.js';
import { smallGraph } from './fixtures.js';

describe('graph.schema.json', () => {
  it('lists exactly the entity kinds and relation types of graph/types.ts, in order', () => {
    expect(schema.$defs.entityKind.enum).toEqual([...ENTITY_KINDS]);
    expect(schema.$defs.relationType.enum).toEqual([...RELATION_TYPES]);
    expect(schema.properties.version.const).toBe(GRAPH_FORMAT_VERSION);
  });

  it('accepts a valid graph', () => {
    expect(graphProblems(smallGraph())).toEqual([]);
  });

  it("accepts the seed's graph, as built and as written", () => {
    const file = 'cloud-infrastructure-technologies.rst';
    const text = readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');
    const { graph } = ingestDocuments([{ file, text }]);
    expect(graph.nodes.length).toBeGreaterThan(100);
    expect(graphProblems(graph)).toEqual([]);
    expect(graphProblems(JSON.parse(serializeGraph(graph)))).toEqual([]);
  });

  const broken: [string, (graph: ReturnType<typeof smallGraph>) => unknown, string][] = [
    ['a missing key', ({ edges: _edges, ...rest }) => rest, "(top level) must have required property 'edges'"],
    ['an unknown key', (g) => ({ ...g, extra: 1 }), '(top level) must NOT have additional properties'],
    [
      'a line 0',
      (g) => ({ ...g, documents: [{ file: 'a.rst', sections: [{ title: 'T', depth: 1, line: 0 }] }] }),
      '/documents/0/sections/0/line must be >= 1',
    ],
    ['confidence 0', (g) => ({ ...g, edges: [{ ...g.edges[0], confidence: 0 }] }), '/edges/0/confidence must be > 0'],
    [
      'confidence above 1',
      (g) => ({ ...g, edges: [{ ...g.edges[0], confidence: 1.5 }] }),
      '/edges/0/confidence must be <= 1',
    ],
    [
      'an unknown relation type',
      (g) => ({ ...g, edges: [{ ...g.edges[0], type: 'LIKES' }] }),
      '/edges/0/type must be equal to one of the allowed values',
    ],
    [
      'evidence without text',
      (g) => ({ ...g, edges: [{ ...g.edges[0], evidence: [{ file: 'a.rst', line: 1 }] }] }),
      "/edges/0/evidence/0 must have required property 'text'",
    ],
    [
      'an edge to no node',
      (g) => ({ ...g, edges: [{ ...g.edges[0], source: 'ghost' }] }),
      '/edges/0/source "ghost" is no node id',
    ],
    ['a string version', (g) => ({ ...g, version: '1' }), '/version must be equal to constant'],
  ];
  it.each(broken)('rejects %s', (_name, breakIt, problem) => {
    const problems = graphProblems(breakIt(smallGraph()));
    expect(problems.some((p) => p.startsWith(problem))).toBe(true);
  });
});
