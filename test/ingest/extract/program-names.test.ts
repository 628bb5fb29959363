import { describe, expect, it } from 'vitest';
import { isProgramName, programNames } from '../../../ingest/extract/program-names.js';

const declared = { names: new Set(['zorpvirt', 'qtp']), acronyms: new Set(['qtp']) };

describe('isProgramName', () => {
  it.each([
    ['a hyphenated word with a made-up part', 'zorp-ctl', true],
    ['a made-up part before an English word', 'quuxdb-server', true],
    ['a declared name and an English word', 'zorpvirt-plugin', true],
    ['a word and a declared name', 'acme-zorpvirt', true],
    ['a declared name and a short suffix', 'zorpvirtd', true],
    ['hyphenated English', 'kernel-based', false],
    ['an English prefix before a made-up word', 'non-zorp', false],
    ['a modifier ending in a participle', 'zorp-managed', false],
    ['a declared acronym in lower case before an English word', 'qtp-server', false],
    ['a declared name itself', 'zorpvirt', false],
    ['a plural of a declared name', 'zorpvirts', false],
    ['an inflection of a declared name', 'zorpvirted', false],
    ['a word with digits', 'x86-64', false],
    ['an English word', 'server', false],
  ])('%s: %s', (_name, word, expected) => {
    expect(isProgramName(word, declared)).toBe(expected);
  });
});

describe('programNames', () => {
  it('finds lower-case program names in prose, not in paths, files or URLs', () => {
    const text = 'Run zorp-ctl, a utility, and see lib/zorp-ctl or zorp-ctl.rst or https://x.example/quux-db here.';
    expect(programNames(text, declared)).toEqual([{ start: 4, name: 'zorp-ctl' }]);
  });
});
