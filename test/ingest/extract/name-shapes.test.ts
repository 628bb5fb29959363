import { describe, expect, it } from 'vitest';
import { categoryOf, looksLikeName, namesInLabel } from '../../../ingest/extract/name-shapes.js';

describe('namesInLabel', () => {
  it.each([
    ['Kubernetes (K8s)', [{ name: 'Kubernetes', aliases: ['K8s'] }]],
    ['Alpha Mesh - Commercial', [{ name: 'Alpha Mesh', aliases: [] }]],
    ['Type-1/2 Hypervisor Example: Linux Thing', [{ name: 'Linux Thing', aliases: [] }]],
    [
      'Fooz/Bar Baz',
      [
        { name: 'Fooz', aliases: [] },
        { name: 'Bar Baz', aliases: [] },
      ],
    ],
    ['Key features and benefits', []],
    ['Container Runtimes', []],
    ['install Thing on Debian', []],
    ['Oracle Server for SPARC', [{ name: 'Oracle Server for SPARC', aliases: [] }]],
    ['Infrastructure as a Service (IaaS)', [{ name: 'Infrastructure as a Service', aliases: ['IaaS'] }]],
  ])('%s', (label, names) => expect(namesInLabel(label)).toEqual(names));
});

describe('looksLikeName', () => {
  it.each([
    ['Xen', false, true],
    ['runC', false, true],
    ['containerd', false, false],
    ['containerd', true, true],
    ['Benefits', false, false],
    ['Service Mesh', false, false],
    ['Tanzu Service Mesh', false, true],
    ['a model for enabling ubiquitous access', false, false],
  ])('%s (lowercase ok: %s) → %s', (text, lowercaseOk, expected) =>
    expect(looksLikeName(text, lowercaseOk)).toBe(expected),
  );
});

describe('categoryOf', () => {
  it.each([
    ['Type-1 hypervisors', 'type-1 hypervisor'],
    ['Container Runtimes', 'container runtime'],
    ['CNI plugin', 'cni plugin'],
    ['plugins', null],
    ['service mesh', 'service mesh'],
    ['Kubernetes', null],
  ])('%s → %s', (phrase, category) => expect(categoryOf(phrase)).toBe(category));
});
