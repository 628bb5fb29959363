import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryPhrases, HEADS_IN_ORDER, headsAtWordStarts } from '../../../ingest/extract/category-phrases.js';
import { headMatcher } from '../../../ingest/extract/head-match.js';

describe('categoryPhrases', () => {
  it.each([
    ['Examples of Type-1 hypervisors are', ['type-1 hypervisor']],
    ['Type-2, hosted hypervisors', ['type-2 hypervisor']],
    ['Zorp, hosted hypervisors', ['hypervisor']],
    ['an open-source network proxy.', ['network proxy']],
    ['is an OCI-compliant container runtime emphasizing', ['container runtime']],
    ['several CNI plugins exist', ['cni plugin']],
    ['plugins extend it', []],
    ['a service mesh and proxies', ['service mesh', 'proxy']],
    ['the leading ZaaS providers', ['zaas provider']],
    ['a Quuxable provider', []],
    ['a container-native workflow engine for it', ['workflow engine']],
    ['the de facto threat detection engine', ['threat detection engine']],
    ['an open source continuous delivery platform from Acme', ['continuous delivery platform']],
    ['a system and an engine', []],
    ['a kind of emulator', ['emulator']],
    ['Zorp is a multilayer software switch', ['multilayer software switch']],
    ['zorpd, a daemon that runs, and an interactive shell', ['daemon', 'interactive shell']],
    ['a malware analysis system and a job flow system', ['malware analysis system', 'job flow system']],
    [
      'the usual encapsulation formats and a file transfer protocol',
      ['encapsulation format', 'file transfer protocol'],
    ],
    ['a shell, a utility and a manager', []],
    ['tools such as Shell, Zorp', []],
    ['an infrastructure as code tool', ['infrastructure as code tool']],
  ])('%s', (text, categories) => expect(categoryPhrases(text, []).map((c) => c.category)).toEqual(categories));

  it('skips phrases inside names already found', () => {
    const text = 'Alpha Service Mesh is a service mesh';
    expect(categoryPhrases(text, [{ start: 0, end: 18 }]).map((c) => [c.start, c.category])).toEqual([
      [24, 'service mesh'],
    ]);
  });
});

describe('headsAtWordStarts', () => {
  /** Word edges, cases, letters that change length or fold to ASCII when lower-cased, and pieces of heads. */
  const pieces = fc.constantFrom(
    ...HEADS_IN_ORDER.slice(0, 12),
    'hypervisors',
    'Proxies',
    'CNI plugins',
    'x',
    '-',
    '1',
    ' ',
    '\n',
    'é',
    '\u0130',
    '\u017f',
    '\u212a',
    '(',
    '.',
  );
  const texts = fc.array(pieces, { maxLength: 10 }).map((parts) => parts.join(''));

  it('leaves out only heads that match nowhere in the text', () => {
    const matchers = HEADS_IN_ORDER.map((head) => headMatcher(head));
    fc.assert(
      fc.property(texts, (text) => {
        const lower = text.toLowerCase();
        fc.pre(lower.length === text.length && !/[\u017f\u212a]/.test(text));
        const wanted = headsAtWordStarts(lower);
        const missed = matchers.filter((matcher, index) => {
          if (wanted[index] === 1) return false;
          for (let at = 0; at <= text.length; at++) if (matcher.matchAt(text, at) !== -1) return true;
          return false;
        });
        expect(missed.map((matcher) => matcher.head)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the heads whose cue starts a word', () => {
    const wanted = headsAtWordStarts('two hypervisors and a service mesh');
    const kept = HEADS_IN_ORDER.filter((_, index) => wanted[index] === 1);
    expect(kept).toContain('hypervisor');
    expect(kept).toContain('service mesh');
    expect(kept).not.toContain('container runtime');
  });
});
