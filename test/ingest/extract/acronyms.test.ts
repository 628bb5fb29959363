import { describe, expect, it } from 'vitest';
import { abbreviates, acronymDeclarations } from '../../../ingest/extract/acronyms.js';

describe('acronymDeclarations', () => {
  it.each([
    ['the Alpha Container Runtime Interface (ACRI) is', [['Alpha Container Runtime Interface', 'ACRI']]],
    ['an implementation of the Foo Container Runtime Interface (CRI). It', [['Container Runtime Interface', 'CRI']]],
    ['ZVM (for Zero-based Virtual Machine) as a', [['Zero-based Virtual Machine', 'ZVM']]],
    ['Orchestrix (O8x) is', [['Orchestrix', 'O8x']]],
    ['Infrastructure as a Service (IaaS) is', [['Infrastructure as a Service', 'IaaS']]],
    ['Central Processing Unit (CPU), storage (disk)', [['Central Processing Unit', 'CPU']]],
    ['running on a host (see below)', []],
    ['the guest (VM) runs', []],
    ['the Zorp-to-Quux (Z2Q) tool', [['Zorp-to-Quux', 'Z2Q']]],
    ['Zorp Quick Engine (Zorp QE) is', [['Zorp Quick Engine', 'Zorp QE']]],
    ['Zorp Quick Engine (Quux QE) is', []],
    ['the Zorp-to-Quux (Z3Q) tool', []],
    ['`ZQ/OS (the Zorp Quux Operating System) <https://zq.example>`__ is', [['Zorp Quux Operating System', 'ZQ/OS']]],
    ['ZQ/OS (the Zorp Operating System) is', []],
    ['TCP/IP (the usual stack) is', []],
  ])('%s', (text, expected) =>
    expect(acronymDeclarations(text).flatMap((d) => (d.common ? [] : [[d.long, d.short]]))).toEqual(expected),
  );

  it.each([
    ['managed through quux line (QLI) tools', [['quux line', 'QLI']]],
    ['a web zorp interface (ZI), and', [['zorp interface', 'ZI']]],
    ['many virtual quux machines (VQMs)', [['virtual quux machines', 'VQMs']]],
    ['through quux line (QXYZ) tools', []],
    ['the guest (VM) runs', []],
    ['the Quux Line (QL) and', []],
  ])('spelt out in common words: %s', (text, expected) =>
    expect(acronymDeclarations(text).flatMap((d) => (d.common ? [[d.long, d.short]] : []))).toEqual(expected),
  );

  it('gives the offsets of the long form after "the"', () => {
    const text = 'ZQ/OS (the Zorp Quux Operating System) is';
    const [declaration] = acronymDeclarations(text);
    expect(text.slice(declaration.start, declaration.end)).toBe('Zorp Quux Operating System');
  });

  it('gives the offsets of the long form', () => {
    const text = 'We use the Open Thing Initiative (OTI) here.';
    const [declaration] = acronymDeclarations(text);
    expect(text.slice(declaration.start, declaration.end)).toBe('Open Thing Initiative');
  });
});

describe('abbreviates', () => {
  it.each([
    ['CNI', ['Container', 'Network', 'Interface'], true],
    ['VMM', ['Virtual', 'Machine', 'Manager'], true],
    ['CNI', ['Container', 'Storage', 'Interface'], false],
    ['K8s', ['Kubernetes'], true],
    ['SDN', ['Software-Defined', 'Networking'], true],
    ['FaaS', ['Function-as-a-Service'], true],
    ['XY', ['Foo-Bar-Baz'], false],
  ])('%s / %s', (short, words, expected) => expect(abbreviates(short, words)).toBe(expected));
});
