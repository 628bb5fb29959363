/**
 * Bytes → text. Notes come from many editors, so decoding is lenient where it can be (a stray Latin-1 byte
 * becomes U+FFFD with a warning) and strict where it must be (a binary file is refused, not parsed as garbage).
 * Line endings are normalised to "\n" (CRLF and lone CR alike) so every later stage counts lines the same way.
 */
import { InputError } from './errors.js';
import type { IngestWarning, RawDocument, TextDocument } from './types.js';

/** How much of the start of a file is sampled to tell text from binary, as git does. */
const SAMPLE_BYTES = 8000;
/**
 * Above this share of control bytes in the sample, a file is not text. Invalid UTF-8 does not count: bytes above
 * 0x7f are printable in legacy encodings, so a Latin-1 note is text (decoded with warnings), not binary.
 */
const MAX_CONTROL_SHARE = 0.1;

export interface DecodeResult {
  document: TextDocument;
  warnings: IngestWarning[];
}

/** Decodes one raw document; throws InputError `file: not a text file` for binary content. */
export function decodeDocument({ file, bytes }: RawDocument): DecodeResult {
  const utf16 = hasUtf16Bom(bytes);
  if (utf16 || looksBinary(bytes)) {
    throw new InputError(file, utf16 ? 'not a text file (UTF-16; save it as UTF-8)' : 'not a text file');
  }
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  const warnings = invalidUtf8Lines(body).map((line) => ({
    file,
    line,
    message: 'invalid UTF-8 replaced with U+FFFD',
  }));
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  return { document: { file, text: text.replace(/\r\n?/g, '\n') }, warnings };
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** A NUL byte, or many control bytes, in the first bytes of the file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) return true;
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) if (isControl(byte)) control++;
  return control / sample.length > MAX_CONTROL_SHARE;
}

function isControl(byte: number): boolean {
  // Tab, LF, VT, FF, CR and ESC (terminal colours in pasted logs) are ordinary in text files.
  return (byte < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(byte)) || byte === 0x7f;
}

/** The 1-based lines holding at least one invalid UTF-8 sequence, in order, each once. */
export function invalidUtf8Lines(bytes: Uint8Array): number[] {
  const lines: number[] = [];
  scanUtf8(bytes, (line) => {
    if (lines[lines.length - 1] !== line) lines.push(line);
  });
  return lines;
}

/** Walks UTF-8 (RFC 3629: no overlongs, no surrogates, max U+10FFFF), calling onInvalid per bad byte. */
function scanUtf8(bytes: Uint8Array, onInvalid: (line: number) => void): void {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    if (byte === 0x0a) line++;
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      i += length;
    } else {
      onInvalid(line);
      i++;
    }
  }
}

/** Length of the valid sequence starting at i; 0 if invalid (including cut off by the end). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  let length: number;
  let min = 0x80;
  let max = 0xbf; // allowed range of the first continuation byte
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) min = 0xa0; // overlong
    if (lead === 0xed) max = 0x9f; // surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) min = 0x90; // overlong
    if (lead === 0xf4) max = 0x8f; // above U+10FFFF
  } else return 0;
  for (let k = 1; k < length; k++) {
    if (i + k >= bytes.length) return 0;
    const next = bytes[i + k];
    const low = k === 1 ? min : 0x80;
    const high = k === 1 ? max : 0xbf;
    if (next < low || next > high) return 0;
  }
  return length;
}
