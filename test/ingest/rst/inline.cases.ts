/**
 * Inline markup cases: input → expected nodes, as docutils parses them (test/ingest/rst/inline-parity.test.ts checks
 * every expectation against docutils itself). Lines count from 1 at the first character of the input.
 */
import type { InlineNode } from '../../../ingest/rst/ast.js';

export const text = (value: string, line = 1): InlineNode => ({ type: 'text', line, value });
export const em = (value: string, line = 1): InlineNode => ({ type: 'emphasis', line, value });
export const strong = (value: string, line = 1): InlineNode => ({ type: 'strong', line, value });
export const lit = (value: string, line = 1): InlineNode => ({ type: 'literal', line, value });
export const interp = (value: string, role: string | null = null, line = 1): InlineNode => ({
  type: 'interpreted',
  line,
  role,
  value,
});
export const ref = (refText: string, refname = refText.toLowerCase(), line = 1): InlineNode => ({
  type: 'reference',
  line,
  text: refText,
  refname,
  anonymous: false,
});
export const anon = (refText: string, line = 1): InlineNode => ({
  type: 'reference',
  line,
  text: refText,
  anonymous: true,
});
export const uri = (refText: string, refuri = refText, anonymous = false, line = 1): InlineNode => ({
  type: 'reference',
  line,
  text: refText,
  refuri,
  anonymous,
});
export const target = (value: string, line = 1): InlineNode => ({ type: 'inline_target', line, value });
export const sub = (name: string, line = 1): InlineNode => ({ type: 'substitution_reference', line, name });
export const fn = (label: string, line = 1): InlineNode => ({ type: 'footnote_reference', line, label });
export const cite = (label: string, line = 1): InlineNode => ({ type: 'citation_reference', line, label });

export type InlineCase = [name: string, input: string, expected: InlineNode[]];

export const INLINE_CASES: InlineCase[] = [
  // Every node type
  ['plain text', 'just words', [text('just words')]],
  ['empty input', '', []],
  ['emphasis', 'an *emphasised* word', [text('an '), em('emphasised'), text(' word')]],
  ['strong', '**bold** start', [strong('bold'), text(' start')]],
  ['literal keeps backslashes', 'run ``a\\*b``', [text('run '), lit('a\\*b')]],
  ['interpreted, default role', '`title`', [interp('title')]],
  ['interpreted, prefix role', ':code:`x = 1`', [interp('x = 1', 'code')]],
  ['interpreted, suffix role', '`x`:Sub:', [interp('x', 'sub')]],
  ['role with internal colon', ':py:func:`f`', [interp('f', 'py:func')]],
  ['simple reference', 'see docs_.', [text('see '), ref('docs'), text('.')]],
  ['anonymous simple reference', 'see docs__', [text('see '), anon('docs')]],
  ['reference name with isolated punctuation', 'a-b.c_ x', [ref('a-b.c'), text(' x')]],
  ['phrase reference', '`Some Phrase`_', [ref('Some Phrase', 'some phrase')]],
  ['anonymous phrase reference', '`Some Phrase`__', [anon('Some Phrase')]],
  ['phrase across lines: refname normalised', '`a\nb`_', [ref('a\nb', 'a b')]],
  ['embedded URI', '`Site <https://example.org/>`_', [uri('Site', 'https://example.org/')]],
  ['embedded URI, anonymous', '`Site <https://example.org/>`__', [uri('Site', 'https://example.org/', true)]],
  ['embedded URI without text', '`<https://example.org/>`_', [uri('https://example.org/')]],
  ['embedded URI split across lines loses the whitespace', '`x <http://e.org/a\n  b>`_', [uri('x', 'http://e.org/ab')]],
  ['escaped space in embedded URI stays a space', '`x <http://e.org/a\\ b>`_', [uri('x', 'http://e.org/a b')]],
  ['embedded e-mail becomes mailto:', '`mail <a@b.org>`_', [uri('mail', 'mailto:a@b.org')]],
  ['embedded alias', '`text <Other Name_>`_', [ref('text', 'other name')]],
  [
    'embedded alias, anonymous',
    '`text <name_>`__',
    [{ type: 'reference', line: 1, text: 'text', refname: 'name', anonymous: true }],
  ],
  ['embedded alias without text uses the normalised name', '`<Foo_>`_', [ref('foo', 'foo')]],
  ['escaped underscore makes a URI, not an alias', '`x <a\\_>`_', [uri('x', 'a_')]],
  ['URI ending in "_" is not an alias', '`x <http://e.org/a_>`_', [uri('x', 'http://e.org/a_')]],
  ['no space before "<": no embedded target', '`a<b>`_', [ref('a<b>', 'a<b>')]],
  ['inline target', 'a _`target` here', [text('a '), target('target'), text(' here')]],
  ['substitution reference', '|name|', [sub('name')]],
  ['substitution reference as a link', '|name|_ |other|__', [sub('name'), text(' '), sub('other')]],
  ['numbered footnote', 'x [1]_', [text('x '), fn('1')]],
  ['auto-numbered footnotes', '[#]_ [#note]_ [*]_', [fn('#'), text(' '), fn('#note'), text(' '), fn('*')]],
  ['citation', '[CIT2002]_, [1a]_', [cite('CIT2002'), text(', '), cite('1a')]],
  ['standalone URI', 'see http://e.org/a?b=c#d.', [text('see '), uri('http://e.org/a?b=c#d'), text('.')]],
  // docutils' rule, not the reader's intent: ")" followed by a boundary ends the URI.
  [
    'standalone URI stops before a closing parenthesis',
    '(https://e.org/F_(x))',
    [text('('), uri('https://e.org/F_(x'), text('))')],
  ],
  ['standalone e-mail', 'mail me@e.org, now', [text('mail '), uri('me@e.org', 'mailto:me@e.org'), text(', now')]],
  ['mailto URI', 'mailto:a@b.com', [uri('mailto:a@b.com')]],
  ['unknown scheme leaves the whole stretch as text', 'foo:bar http://e.org', [text('foo:bar http://e.org')]],
  ['URI inside angle brackets', '<http://e.org/>', [text('<'), uri('http://e.org/'), text('>')]],

  // Recognition rules
  ['"*" inside a word is not markup', '2*3*4 a*b*', [text('2*3*4 a*b*')]],
  ['end-string must be followed by a boundary', '*a*b* c', [em('a*b'), text(' c')]],
  ['start-string followed by whitespace is not markup', 'a * b ** c', [text('a * b ** c')]],
  ['end-string preceded by whitespace is not an end', '*a *b*', [em('a *b')]],
  ['quoted start-strings are not markup', '"*" \'*\' (*) [*] <*> «*»', [text('"*" \'*\' (*) [*] <*> «*»')]],
  ['markup inside brackets and quotes', '(*a*) "**b**"', [text('('), em('a'), text(') "'), strong('b'), text('"')]],
  ['"**" inside a word stays text', 'foo**bar** x', [text('foo**bar** x')]],
  ['strong then text glued after', '**a**b c**', [strong('a**b c')]],
  ['emphasis after a dash', 'x-*y*', [text('x-'), em('y')]],
  ['"_" inside a word is no reference', 'a_b_x snake_case', [text('a_b_x snake_case')]],
  ['reference needs a boundary after', 'ref_x ref_.', [text('ref_x '), ref('ref'), text('.')]],
  ['literal text is not parsed further', '``*a* `b`_``', [lit('*a* `b`_')]],
  ['literal ends at the first "``" with a boundary', '``a ``b`` c``', [lit('a ``b'), text(' c``')]],
  ['backquote inside interpreted text', '`a`b`', [interp('a`b')]],

  // Unicode: docutils' classes are Python's, counted in code points
  ['no-break space is whitespace', 'a\u00a0*b*', [text('a\u00a0'), em('b')]],
  ['byte-order mark is not whitespace', '|\ufeff|', [sub('\ufeff')]],
  ['astral delimiter is a boundary', '\u{10100}*a*', [text('\u{10100}'), em('a')]],
  ['astral letters make reference names', '\u{1d400}b_', [ref('\u{1d400}b')]],
  ['CJK punctuation is a boundary', '、*強調*。', [text('、'), em('強調'), text('。')]],

  // Escapes
  ['escaped asterisks are text', '\\*not\\*', [text('*not*')]],
  ['escaped backslash before markup', '\\\\ *a*', [text('\\ '), em('a')]],
  ['escaped space joins markup to a word', 'a\\ *b*\\ c', [text('a'), em('b'), text('c')]],
  ['escaped newline disappears', 'a\\\nb', [text('ab')]],
  ['escaped end-string does not end emphasis', '*a\\* b*', [em('a* b')]],
  ['escaped backquote in a phrase', '`a\\`b`_', [ref('a`b', 'a`b')]],
  ['trailing backslash', 'a\\', [text('a')]],

  // Line numbers
  [
    'nodes carry the line where they start',
    'one\n*two*\nthree `four\nfive`_ **six**',
    [
      text('one\n'),
      em('two', 2),
      text('\nthree ', 2),
      ref('four\nfive', 'four five', 3),
      text(' ', 4),
      strong('six', 4),
    ],
  ],
  ['markup spanning lines starts on its first line', 'a\n\n*b\nc*', [text('a\n\n'), em('b\nc', 3)]],

  // Unterminated and conflicting markup stays text
  ['unterminated emphasis', '*foo', [text('*foo')]],
  ['unterminated interpreted text', '`foo', [text('`foo')]],
  ['unterminated markup among others', 'x *a* **b', [text('x '), em('a'), text(' **b')]],
  ['start-string at the very end', 'a *', [text('a *')]],
  ['empty strong "****"', 'x ****', [text('x ****')]],
  ['both prefix and suffix roles', ':a:`x`:b:', [text(':a:`x`:b:')]],
  ['role and reference suffix', ':r:`x`_', [text(':r:`x`_')]],
];

export type WarningCase = [name: string, input: string, expected: { line: number; message: string }[]];

export const WARNING_CASES: WarningCase[] = [
  ['no warning for well-formed markup', '*a* **b** ``c`` `d`_ |e| _`f`', []],
  ['emphasis', '*foo', [{ line: 1, message: 'Inline emphasis start-string without end-string.' }]],
  ['strong', 'x\n**foo', [{ line: 2, message: 'Inline strong start-string without end-string.' }]],
  ['literal', '``foo', [{ line: 1, message: 'Inline literal start-string without end-string.' }]],
  ['inline target', '_`foo', [{ line: 1, message: 'Inline target start-string without end-string.' }]],
  ['substitution', '|foo', [{ line: 1, message: 'Inline substitution_reference start-string without end-string.' }]],
  [
    'interpreted',
    'a\nb `foo',
    [{ line: 2, message: 'Inline interpreted text or phrase reference start-string without end-string.' }],
  ],
  [
    'two roles',
    ':a:`x`:b:',
    [{ line: 1, message: 'Multiple roles in interpreted text (both prefix and suffix present; only one allowed).' }],
  ],
  [
    'role prefix and reference',
    ':r:`x`_',
    [{ line: 1, message: 'Mismatch: both interpreted text role prefix and reference suffix.' }],
  ],
  [
    'role suffix and reference',
    '`x`:r:_',
    [{ line: 1, message: 'Mismatch: both interpreted text role suffix and reference suffix.' }],
  ],
  [
    'each empty "**" pair warns',
    'x ****',
    [
      { line: 1, message: 'Inline strong start-string without end-string.' },
      { line: 1, message: 'Inline strong start-string without end-string.' },
    ],
  ],
  ['a quoted start-string is not a problem', '"*" (*)', []],
];
