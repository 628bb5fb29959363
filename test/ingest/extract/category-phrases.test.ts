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
  ])('%s', (text, categories) => expect(categoryPhrases(text, []).map((c) => c.category)).toEqual(categories));

  it('skips phrases inside names already found', () => {
    const text = 'Alpha Service Mesh is a service mesh';
    expect(categoryPhrases(text, [{ start: 0, end: 18 }]).map((c) => [c.start, c.category])).toEqual([
      [24, 'service mesh'],
    ]);
  });
});
