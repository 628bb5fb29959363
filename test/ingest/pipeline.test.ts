import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../ingest/errors.js';
import { ingestDocuments } from '../../ingest/pipeline.js';
import type { IngestProgress, InputDocument } from '../../ingest/types.js';

const text = (file: string, body: string): InputDocument => ({ file, text: body });
const raw = (file: string, body: string | number[]): InputDocument => ({
  file,
  bytes: typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body),
});

const ENGINE_DOC = `Engines
=======

Engine
------

\`Engine <https://engine.example/>\`__ is written in \`Go <https://go.example/>\`__.
`;

describe('ingestDocuments', () => {
  it.each([
    [
      'sections, link entities with urls, and a relation with evidence',
      [text('engine.rst', ENGINE_DOC)],
      {
        documents: [['engine.rst', ['1:1:Engines', '4:2:Engine']]],
        nodes: ['engine:technology:https://engine.example/', 'engines:concept:', 'go:language:https://go.example/'],
        edges: ['engine--written-in--go@engine.rst:7'],
      },
    ],
    [
      'a name linked in one file relates in another',
      [
        text('b.rst', 'Store is written in Go.\n'),
        text('a.rst', '`Store <https://s.example/>`__ and `Go <https://go.example/>`__\n'),
      ],
      {
        documents: [
          ['a.rst', []],
          ['b.rst', []],
        ],
        nodes: ['go:language:https://go.example/', 'store:technology:https://s.example/'],
        edges: ['store--written-in--go@b.rst:1'],
      },
    ],
    [
      'bytes are decoded (BOM stripped, CRLF normalised)',
      [raw('win.rst', [0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Title\r\n=====\r\n')])],
      { documents: [['win.rst', ['1:1:Title']]], nodes: ['title:concept:'], edges: [] },
    ],
    ['an empty document', [text('empty.rst', '')], { documents: [['empty.rst', []]], nodes: [], edges: [] }],
  ])('%s', (_name, inputs, expected) => {
    const { graph } = ingestDocuments(inputs);
    expect(graph.version).toBe(1);
    expect({
      documents: graph.documents.map((d) => [d.file, d.sections.map((s) => `${s.line}:${s.depth}:${s.title}`)]),
      nodes: graph.nodes.map((n) => `${n.id}:${n.kind}:${n.urls.join(',')}`),
      edges: graph.edges.map((e) => `${e.id}@${e.evidence.map((x) => `${x.file}:${x.line}`).join(',')}`),
    }).toEqual(expected);
  });

  it('collects warnings from every stage, sorted by file and line', () => {
    const { warnings, stats } = ingestDocuments([
      raw('latin1.rst', [...new TextEncoder().encode('Caf'), 0xe9, 0x0a]),
      text('bad.rst', 'A long title\n=====\n\nTiny\n==\n'), // too short (warning), very short (info: not shown)
    ]);
    expect(warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      'bad.rst:2: Title underline too short.',
      'latin1.rst:1: invalid UTF-8 replaced with U+FFFD',
    ]);
    expect(stats.warnings).toBe(2);
  });

  it('counts documents, sections and bytes, and reports progress per document', () => {
    const progress: IngestProgress[] = [];
    const { stats } = ingestDocuments([text('b.rst', ENGINE_DOC), raw('a.rst', 'Hi\n')], {
      onProgress: (p) => progress.push(p),
    });
    expect(stats).toMatchObject({ documents: 2, sections: 2, bytes: ENGINE_DOC.length + 3, relationCandidates: 1 });
    expect(progress.map((p) => [p.done, p.total, p.file, p.bytesDone])).toEqual([
      [1, 2, 'a.rst', 3],
      [2, 2, 'b.rst', 3 + ENGINE_DOC.length],
    ]);
  });

  it.each([
    ['a binary file', [raw('img.rst', [0x89, 0x50, 0x00, 0x01])], 'img.rst: not a text file'],
    ['the same name twice', [text('a.rst', 'A'), text('a.rst', 'B')], 'a.rst: given twice'],
  ])('refuses %s with one line naming the file', (_name, inputs, message) => {
    expect(() => ingestDocuments(inputs)).toThrow(InputError);
    expect(() => ingestDocuments(inputs)).toThrow(message);
  });

  it('gives identical graphs for the same inputs in any order', () => {
    const seed = readFileSync(new URL('../../data/cloud-infrastructure-technologies.rst', import.meta.url), 'utf8');
    const inputs = [text('seed.rst', seed), text('engine.rst', ENGINE_DOC)];
    const forward = ingestDocuments(inputs);
    const backward = ingestDocuments([...inputs].reverse());
    expect(JSON.stringify(backward.graph)).toBe(JSON.stringify(forward.graph));
    expect(forward.graph.nodes.length).toBeGreaterThan(100);
  });
});
