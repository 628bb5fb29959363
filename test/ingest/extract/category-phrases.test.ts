import { describe, expect, it } from 'vitest';
import { categoryPhrases } from '../../../ingest/extract/category-phrases.js';

describe('categoryPhrases', () => {
  it.each([
    ['Examples of Type-1 hypervisors are', ['type-1 hypervisor']],
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
