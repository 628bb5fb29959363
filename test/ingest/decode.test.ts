import { describe, expect, it } from 'vitest';
import { decodeDocument, invalidUtf8Lines, looksBinary } from '../../ingest/decode.js';
import { InputError } from '../../ingest/errors.js';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeDocument', () => {
  it.each([
    ['plain ASCII', bytes('Title\n=====\n'), 'Title\n=====\n', []],
    ['UTF-8 BOM stripped', bytes([0xef, 0xbb, 0xbf], 'Héllo'), 'Héllo', []],
    ['CRLF and CR normalised', bytes('a\r\nb\rc\n'), 'a\nb\nc\n', []],
    ['empty file', bytes(), '', []],
    ['U+FFFD already in the text is no error', bytes('x \uFFFD y'), 'x \uFFFD y', []],
    ['Latin-1 byte on line 2', bytes('ok\ncaf', [0xe9], '\n'), 'ok\ncaf\uFFFD\n', ['doc.rst:2']],
    ['truncated sequence at the end', bytes('end ', [0xe2, 0x82]), 'end \uFFFD', ['doc.rst:1']],
    ['overlong encoding', bytes('a\nb\n', [0xc0, 0xaf]), 'a\nb\n\uFFFD\uFFFD', ['doc.rst:3']],
    ['two bad bytes on one line warn once', bytes([0xff], 'x', [0xfe]), '\uFFFDx\uFFFD', ['doc.rst:1']],
  ])('%s', (_name, input, text, warningPlaces) => {
    const result = decodeDocument({ file: 'doc.rst', bytes: input });
    expect(result.document).toEqual({ file: 'doc.rst', text });
    expect(result.warnings.map((w) => `${w.file}:${w.line}`)).toEqual(warningPlaces);
    for (const warning of result.warnings) expect(warning.message).toBe('invalid UTF-8 replaced with U+FFFD');
  });

  it.each([
    ['a NUL byte', bytes('PNG', [0x00, 0x01], 'rest'), 'img.rst: not a text file'],
    ['mostly control bytes', bytes([1, 2, 3, 4, 5, 6, 7, 8], 'ab'), 'img.rst: not a text file'],
    ['UTF-16', bytes([0xff, 0xfe], [0x41, 0x00]), 'img.rst: not a text file (UTF-16; save it as UTF-8)'],
  ])('refuses %s', (_name, input, message) => {
    const error = (() => {
      try {
        decodeDocument({ file: 'img.rst', bytes: input });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(message);
  });
});

describe('looksBinary', () => {
  it.each([
    [bytes('ordinary text\twith tabs\n'), false],
    [bytes('\u001b[31mred\u001b[0m log line\n'), false],
    [bytes('Grüße, 日本語\n'), false],
    [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]), true],
    [bytes([0xe9, 0xe8, 0xe0, 0xfc, 0xf6, 0xe4], 'a'), false], // Latin-1 letters: text, decoded with warnings
  ])('%j → %s', (input, expected) => {
    expect(looksBinary(input)).toBe(expected);
  });
});

describe('invalidUtf8Lines', () => {
  it.each([
    [bytes('a\nb'), []],
    [bytes([0xed, 0xa0, 0x80]), [1]], // an encoded surrogate
    [bytes('1\n2\n', [0xf5], '\n', [0x80]), [3, 4]],
    [bytes([0xf0, 0x9f, 0x98, 0x80]), []], // an emoji
  ])('%j → %j', (input, lines) => {
    expect(invalidUtf8Lines(input)).toEqual(lines);
  });
});
