import { describe, expect, it } from 'vitest';
import { ingestDocuments } from '../../ingest/pipeline.js';
import { isSafeUrl, neutraliseScriptTags } from '../../ingest/unsafe-markup.js';

describe('neutraliseScriptTags', () => {
  it.each([
    ['a <script>x</script> b', 'a \u2039script>x\u2039/script> b'],
    ['<SCRIPT src=y>', '\u2039SCRIPT src=y>'],
    ['< / script >', '\u2039 / script >'],
    ['a <b>c</b> <scripting> <em>', 'a <b>c</b> <scripting> <em>'],
  ])('%j → %j, same length', (text, expected) => {
    expect(neutraliseScriptTags(text)).toBe(expected);
    expect(expected).toHaveLength(text.length);
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://engine.example/', true],
    ['http://e.example', true],
    ['mailto:a@e.example', true],
    ['docs/engine.html', true],
    ['#section', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' java\tscript:alert(1)', false],
    ['data:text/html,<script>x</script>', false],
    ['vbscript:msgbox', false],
  ])('%j → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

describe('ingest', () => {
  it('quotes a script tag inertly and drops script links, keeping lines', () => {
    const text =
      'Notes\n=====\n\n`Engine <javascript:alert(1)>`_ is a runtime.\n\n' +
      'Engine <script>alert(1)</script> uses `Go <https://go.example/>`_.\n';
    const { graph } = ingestDocuments([{ file: 'x.rst', text }]);
    const serialized = JSON.stringify(graph);
    expect(serialized).not.toMatch(/<\s*script/i);
    expect(serialized).not.toContain('javascript:');
    const uses = graph.edges.find((edge) => edge.id === 'engine--uses--go')!;
    expect(uses.evidence).toEqual([
      { file: 'x.rst', line: 6, text: 'Engine \u2039script>alert(1)\u2039/script> uses Go.' },
    ]);
    expect(graph.nodes.find((node) => node.id === 'go')!.urls).toEqual(['https://go.example/']);
  });
});
