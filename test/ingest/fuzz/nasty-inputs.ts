/**
 * Hand-made hostile documents for the ingest fuzz tests: sizes, depths and constructs that break naive parsers.
 * Each is a function so a test pays only for the ones it builds.
 */

const ADORNMENT_CHARS = '=-`:\'"~^_*+#<>'.split('');

/** Sections nested as deep as distinct adornment styles allow (underline only, then over-and-underline). */
function deepSections(): string {
  const styles = [
    ...ADORNMENT_CHARS.map((c) => ({ c, over: false })),
    ...ADORNMENT_CHARS.map((c) => ({ c, over: true })),
  ];
  return styles
    .map(({ c, over }, depth) => {
      const title = `Level ${depth} Engine`;
      const line = c.repeat(title.length);
      return `${over ? `${line}\n` : ''}${title}\n${line}\n\nText of level ${depth} uses Engine.\n`;
    })
    .join('\n');
}

export const NASTY_INPUTS: readonly (readonly [string, () => string | Uint8Array])[] = [
  [
    '10k tiny sections',
    () =>
      Array.from({ length: 10_000 }, (_, i) => `S${i}\n${'='.repeat(String(i).length + 1)}\n\nx uses y.\n`).join('\n'),
  ],
  ['a 200 KB line of words', () => `${'Engine uses Runtime and '.repeat(8_500)}end.\n`],
  ['a 200 KB line without spaces', () => `${'x'.repeat(200_000)}\n`],
  ['a 200 KB line of inline markup starts', () => `${'*a `b '.repeat(33_000)}\n`],
  ['a 200 KB word-and-punctuation line', () => `${'A.B, '.repeat(50_000)}\n`],
  [
    '200 nested block quotes',
    () => Array.from({ length: 200 }, (_, d) => `${' '.repeat(d)}Quote ${d} uses Engine.\n`).join('\n'),
  ],
  [
    '200 nested bullet lists',
    () => Array.from({ length: 200 }, (_, d) => `${'  '.repeat(d)}- Item ${d} uses Engine\n`).join('\n'),
  ],
  [
    '200 nested enumerated lists',
    () => Array.from({ length: 200 }, (_, d) => `${'   '.repeat(d)}1. Step ${d}\n`).join('\n'),
  ],
  [
    '200 nested definition lists',
    () =>
      Array.from({ length: 200 }, (_, d) => `${'  '.repeat(d)}Term${d}\n${'  '.repeat(d + 1)}Definition ${d}\n`).join(
        '',
      ),
  ],
  ['sections as deep as adornments go', deepSections],
  ['broken inline markup', () => '*a **b `c ``d |e| [1]_ `x <y>`_ :role:`z _`t`\n\n'.repeat(500)],
  ['unbalanced backquotes on 10k lines', () => '`'.repeat(1).concat('a ``b `c\n').repeat(10_000)],
  [
    'unknown directives',
    () => '.. frobnicate:: arg\n   :opt: v\n\n   body Engine uses Go.\n\n.. ::\n\n..  bad:: \n\n'.repeat(200),
  ],
  ['misaligned grid tables', () => '+---+----+\n| a |  b |\n+===+==+=+\n| c | d\n+--+---+\n|x|\n'.repeat(100)],
  ['misaligned simple tables', () => '===  =====\na    b\n===  ==\n  c  d  e f\n=  ===  ==\n'.repeat(100)],
  ['a grid table 3000 columns wide', () => `${'+-'.repeat(3000)}+\n${'|x'.repeat(3000)}|\n${'+-'.repeat(3000)}+\n`],
  [
    'include of /etc/passwd',
    () =>
      'Notes\n=====\n\n.. include:: /etc/passwd\n\n.. literalinclude:: /etc/passwd\n\n.. csv-table::\n   :file: /etc/passwd\n',
  ],
  [
    'raw html with a script',
    () =>
      'Notes\n=====\n\n.. raw:: html\n\n   <script>alert(1)</script>\n\nEngine <script>x</script> uses `Go <javascript:alert(1)>`_.\n\n.. |s| raw:: html\n\n   <script>y</script>\n',
  ],
  ['only a BOM and CRs', () => `\ufeff${'Title\r=====\r\rEngine uses Go.\r'.repeat(500)}`],
  ['tabs everywhere', () => 'Title\n=====\n\n\t- a\n\t\t- b\tc\n\tterm\n\t\tdef\n'.repeat(500)],
  [
    'invalid UTF-8 throughout',
    () =>
      new Uint8Array(
        Array.from({ length: 50_000 }, (_, i) => (i % 7 === 0 ? 0xc3 : i % 11 === 0 ? 0x0a : 0x61 + (i % 26))),
      ),
  ],
  ['NUL bytes', () => new Uint8Array([0x61, 0x00, 0x62, 0x0a])],
  [
    '10k hyperlink targets',
    () => Array.from({ length: 10_000 }, (_, i) => `.. _t${i}: https://e.example/${i}\n`).join(''),
  ],
  [
    '5k names in one paragraph',
    () => `${Array.from({ length: 5_000 }, (_, i) => `\`N${i} <https://n.example/${i}>\`__`).join(' uses ')}.\n`,
  ],
  [
    'a 5k-item comma list',
    () => `Engine supports ${Array.from({ length: 5_000 }, (_, i) => `Tool${i}`).join(', ')}.\n`,
  ],
];
