/**
 * Hostile input for ingest: hand-made worst cases, then generated documents (fast-check, fixed seed: set FUZZ_SEED
 * to explore others; a failure prints the seed and path that reproduce it), then the nastiest through the real CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkIngest, expectCleanOutput } from './check-ingest.js';
import { NASTY_INPUTS } from './nasty-inputs.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const seedBytes = readFileSync(path.join(repo, 'data/cloud-infrastructure-technologies.rst'));
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytesOf = (content: string | Uint8Array): Uint8Array => (typeof content === 'string' ? encode(content) : content);

// A few seconds at most each here; room for a loaded CI machine.
const GENERATED_TIMEOUT_MS = 120_000;

describe('hand-made hostile documents', () => {
  it.each(NASTY_INPUTS)(
    '%s',
    (_name, make) => {
      const outcome = checkIngest('nasty.rst', bytesOf(make()));
      if (_name === 'NUL bytes') expect(outcome).toEqual({ ok: false, message: 'nasty.rst: not a text file' });
      else expect(outcome.ok).toBe(true);
    },
    GENERATED_TIMEOUT_MS,
  );

  it('keeps the text around an include of /etc/passwd and nothing of the file', () => {
    const make = NASTY_INPUTS.find(([name]) => name === 'include of /etc/passwd')![1];
    const outcome = checkIngest('notes.rst', bytesOf(make()));
    expect(outcome.ok && JSON.parse(outcome.serialized).documents[0].sections).toEqual([
      { title: 'Notes', depth: 1, line: 1 },
    ]);
  });
});

// Lines that exercise every construct, broken ones included; joined at random, with random line ends.
const LINE = fc.constantFrom(
  'Engine',
  '======',
  '------',
  '~~~~',
  '`Engine <https://engine.example/>`__ is a container runtime written in Go.',
  'Engine uses Runtime and implements the Container Network Interface (CNI).',
  'Runtime, Shipyard and Dock support Engine.',
  '- Engine',
  '  - nested',
  '1. first',
  '#. auto',
  'term',
  '   definition',
  ':field: value',
  '-o  option',
  '  quoted text',
  '\tTabbed text',
  '| line block',
  '::',
  '    literal',
  '.. note:: Engine is built on Runtime.',
  '.. frobnicate:: unknown directive',
  '   :bogus: option',
  '.. include:: /etc/passwd',
  '.. raw:: html',
  '   <script>alert(1)</script>',
  '`Go <javascript:alert(1)>`_',
  '.. _target: https://t.example/',
  '.. |sub| replace:: Engine',
  '.. [#] footnote',
  '+---+---+',
  '| a | b |',
  '+===+=+=+',
  '===  ===',
  'a    b  c',
  '*broken **inline `markup ``here |sub',
  '`unclosed <https://x.example/',
  '  -- attribution',
  '',
  '',
  '',
);
const LINE_END = fc.constantFrom('\n', '\r\n', '\r');

const rstDocument = fc
  .record({
    lines: fc.array(LINE, { maxLength: 60 }),
    end: LINE_END,
    bom: fc.boolean(),
    indent: fc.array(fc.nat({ max: 8 }), { minLength: 60, maxLength: 60 }),
  })
  .map(({ lines, end, bom, indent }) => {
    const text = lines.map((line, i) => `${' '.repeat(indent[i]! % 3 === 0 ? indent[i]! : 0)}${line}`).join(end);
    return encode(`${bom ? '\ufeff' : ''}${text}`);
  });

/** A document damaged the ways files are: cut short, bytes flipped, stray invalid UTF-8. */
const damaged = (document: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> =>
  fc
    .record({
      bytes: document,
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
      flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
        maxLength: 6,
      }),
    })
    .map(({ bytes, cut, flips }) => {
      const copy = bytes.slice(0, Math.max(1, Math.ceil(bytes.length * cut)));
      for (const [where, value] of flips) copy[Math.floor(where * (copy.length - 1))] = value;
      return copy;
    });

/** A window of the seed: starts and ends mid-section, mid-table, mid-character. */
const seedWindow = fc
  .tuple(fc.nat({ max: seedBytes.length - 1 }), fc.integer({ min: 1, max: 6_000 }))
  .map(([start, length]) => seedBytes.subarray(start, start + length));

describe('generated documents', () => {
  const run = (arbitrary: fc.Arbitrary<Uint8Array>, numRuns: number): void =>
    fc.assert(
      fc.property(arbitrary, (bytes) => {
        checkIngest('fuzz.rst', bytes);
      }),
      { seed: FUZZ_SEED, numRuns },
    );

  it('RST-like lines, any line ends, BOM, indentation', () => run(rstDocument, 120), GENERATED_TIMEOUT_MS);
  it('the same, truncated and with bytes flipped', () => run(damaged(rstDocument), 120), GENERATED_TIMEOUT_MS);
  it('random bytes', () => run(fc.uint8Array({ maxLength: 3_000 }), 150), GENERATED_TIMEOUT_MS);
  it('windows of the seed, damaged', () => run(damaged(seedWindow), 25), GENERATED_TIMEOUT_MS);
});

describe('the nastiest through the real CLI (npm run build first when running this file alone)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'infragraph-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const nasty = (name: string): Uint8Array => bytesOf(NASTY_INPUTS.find(([n]) => n === name)![1]());

  it.each([
    ['a 200 KB line without spaces', 0],
    ['include of /etc/passwd', 0],
    ['raw html with a script', 0],
    ['invalid UTF-8 throughout', 0],
    ['NUL bytes', 1],
  ])(
    '%s: exit %i, file:line lines only, clean output',
    (name, code) => {
      const file = `${name.replace(/\W+/g, '-')}.rst`;
      writeFileSync(path.join(dir, file), nasty(name));
      const result = spawnSync(
        process.execPath,
        [path.join(repo, 'bin/infragraph.js'), 'ingest', file, '-o', 'g.json', '-q'],
        {
          cwd: dir,
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(result.signal).toBeNull();
      expect(result.status).toBe(code);
      const lines = result.stderr.split('\n').filter((line) => line !== '');
      if (code !== 0) expect(lines).toEqual([`${file}: not a text file`]);
      for (const line of lines)
        expect(line).toMatch(
          new RegExp(`^(${file.replace(/\./g, '\\.')}(:\\d+)?: |\\.\\.\\. and \\d+ more warnings$)`),
        );
      if (code === 0) expectCleanOutput(readFileSync(path.join(dir, 'g.json'), 'utf8'));
    },
    150_000,
  );
});
