import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlockNode } from '../../../ingest/rst/ast.js';
import { parseRst } from '../../../ingest/rst/index.js';
import { sectionOutline } from '../../../ingest/rst/outline.js';
import { blocks, outlineOf, warningsOf } from './parse.helpers.js';

const SAMPLE = 'Title\n=====\n\nPara *one*\nline two::\n\n    code\n\n- a\n- b\n\n  quoted\n\n.. note:: n\n';

describe('line ends, tabs, BOM, whitespace', () => {
  it.each([
    ['CRLF', SAMPLE.replace(/\n/g, '\r\n')],
    ['CR', SAMPLE.replace(/\n/g, '\r')],
    ['a BOM', `\ufeff${SAMPLE}`],
    ['trailing whitespace everywhere', SAMPLE.replace(/\n/g, '  \t\n')],
  ])('%s gives the same tree as LF', (_name, input) => {
    expect(parseRst(input)).toEqual(parseRst(SAMPLE));
  });

  it('expands tabs before measuring indentation', () => {
    expect(blocks('term\n\tdefinition\n')).toMatchObject([{ type: 'definition_list', items: [{ term: 'term' }] }]);
    expect(blocks('-\ta\n\tb\n')).toMatchObject([{ type: 'bullet_list', items: [{ children: [{ text: 'a\nb' }] }] }]);
  });

  it('treats whitespace-only lines as blank, also around adornments', () => {
    expect(outlineOf('Title\n=====   \n   \ntext\n')).toEqual(['1 1 Title']);
    expect(blocks('a\n \t \nb\n')).toMatchObject([{ text: 'a' }, { text: 'b' }]);
    expect(blocks('a\n\n  \t\n-----\n \n\nb\n')).toMatchObject([{}, { type: 'transition' }, {}]);
  });
});

describe('unterminated constructs', () => {
  it.each([
    ['an overline at the end', 'text\n\n=====\nTitle\n'],
    ['a lone overline at the end', 'text\n\n======\n'],
    ['"::" at the end', 'text::\n'],
    ['a grid table without bottom', '+---+---+\n| a | b |\n'],
    ['a simple table without bottom', '===  ===\na    b\n'],
    ['a directive at the end', '.. note::'],
    ['a footnote label at the end', '.. [1]'],
    ['a target at the end', '.. _x:'],
    ['a substitution at the end', '.. |x|'],
    ['an unclosed target name', '.. _`x: y\n'],
    ['a list marker at the end', '- '],
    ['a field marker at the end', ':x:'],
    ['a line block bar at the end', '|'],
  ])('%s parses without throwing', (_name, input) => {
    const result = parseRst(input, { file: 'notes.rst' });
    expect(result.document.type).toBe('document');
    for (const warning of result.warnings) expect(warning.file).toBe('notes.rst');
  });

  it('reports an incomplete title with the file and line', () => {
    expect(parseRst('text\n\n=====\nTitle\n', { file: 'a/b.rst' }).warnings).toEqual([
      { file: 'a/b.rst', line: 3, level: 'severe', message: 'Incomplete section title.' },
    ]);
  });

  it('names <input> when no file is given', () => {
    expect(parseRst('=====\nTitle\n').warnings[0].file).toBe('<input>');
  });
});

function maxListDepth(nodes: readonly BlockNode[]): number {
  let deepest = 0;
  for (const node of nodes) {
    if (node.type === 'bullet_list') {
      for (const item of node.items) deepest = Math.max(deepest, 1 + maxListDepth(item.children));
    } else if (node.type === 'block_quote') deepest = Math.max(deepest, 1 + maxListDepth(node.children));
  }
  return deepest;
}

describe('size and depth', () => {
  it('parses 200 levels of nested lists', () => {
    let text = '';
    for (let depth = 0; depth < 200; depth += 1) text += `${' '.repeat(depth * 2)}- level ${depth}\n\n`;
    const { document, warnings } = parseRst(text);
    expect(warnings).toEqual([]);
    expect(maxListDepth(document.children)).toBe(200);
  });

  it('parses 200 levels of nested block quotes', () => {
    let text = 'p\n\n';
    for (let depth = 1; depth <= 200; depth += 1) text += `${' '.repeat(depth)}q${depth}\n\n`;
    expect(maxListDepth(blocks(text))).toBe(200);
  });

  it('stops nesting beyond 400 levels with a warning, keeping the text', () => {
    let text = 'p\n\n';
    for (let depth = 1; depth <= 420; depth += 1) text += `${' '.repeat(depth)}q${depth}\n\n`;
    const { document, warnings } = parseRst(text);
    expect(warnings.map((w) => w.message)).toEqual(['Nesting deeper than 400 levels; kept as literal text.']);
    expect(JSON.stringify(document)).toContain('q420');
  });

  it('parses a 200 KB line', () => {
    const line = 'word '.repeat(40_000).trim();
    expect(blocks(`${line}\n`)).toMatchObject([{ type: 'paragraph', text: line }]);
  });

  it.each([
    ['an adornment', '='.repeat(200_000)],
    ['a field marker', `:${'a'.repeat(200_000)}`],
    ['an option', `-a${' x'.repeat(100_000)}`],
    ['a grid border', `+${'-+'.repeat(100_000)}`],
  ])('parses a 200 KB line that looks like %s', (_name, line) => {
    expect(parseRst(`${line}\n`).document.children.length).toBe(1);
  });

  it('parses 10k tiny sections', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `S${i}\n${'='.repeat(String(i).length + 1)}\n\nx\n`).join(
      '\n',
    );
    const outline = sectionOutline(parseRst(text).document);
    expect(outline).toHaveLength(10_000);
    expect(outline[9_999]).toEqual({ title: 'S9999', depth: 1, line: 9_999 * 5 + 1 });
  });

  it('stays linear on 20k attributed block quotes', () => {
    expect(blocks('  q\n\n  -- a\n\n'.repeat(20_000))).toHaveLength(20_000);
  });

  it('handles 50k list items and 50k comments', () => {
    expect(blocks('- a\n'.repeat(50_000))).toMatchObject([{ type: 'bullet_list' }]);
    expect(blocks('.. c\n'.repeat(50_000))).toHaveLength(50_000);
  });
});

describe('never throws', () => {
  const piece = fc.constantFrom(
    'text',
    'Title',
    '=====',
    '---',
    '::',
    'a::',
    '- item',
    '1. one',
    '#. x',
    '(i) r',
    '  indented',
    '\tTab',
    '| line',
    ':f: v',
    '-o  opt',
    '.. _t: u',
    '.. [1] n',
    '.. note:: x',
    '..',
    '.. |s| replace:: y',
    '__ a',
    '>>> 1',
    '=====  =====',
    '+---+---+',
    '| a | b |',
    '+===+===+',
    '  -- who',
    '表題',
    '*emph',
    '`x <y>`_',
    '',
    '',
  );
  const documents = fc
    .array(piece, { maxLength: 40 })
    .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((end) => lines.join(end)));

  it('on RST-like input, with warnings naming the file', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const result = parseRst(text, { file: 'f.rst' });
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const warning of result.warnings) {
          expect(warning.file).toBe('f.rst');
          expect(warning.line).toBeGreaterThanOrEqual(1);
          expect(warning.line).toBeLessThanOrEqual(lineCount + 1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(parseRst(text).document.type).toBe('document');
      }),
      { numRuns: 400 },
    );
  });
});

describe('warnings', () => {
  it('are values with file, line, level and message', () => {
    expect(parseRst('- a\ntext\n', { file: 'x.rst' }).warnings).toEqual([
      {
        file: 'x.rst',
        line: 2,
        level: 'warning',
        message: 'Bullet list ends without a blank line; unexpected unindent.',
      },
    ]);
    expect(warningsOf('fine\n')).toEqual([]);
  });
});
