import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyGroups } from '../../ingest/key-groups.js';

describe('KeyGroups', () => {
  it('roots every name of a group at its smallest key, however long the chain of unions', () => {
    const groups = new KeyGroups();
    const names = Array.from({ length: 200 }, (_, i) => `Zorp ${String(199 - i).padStart(3, '0')}`);
    for (let i = 1; i < names.length; i++) groups.union(names[i - 1]!, names[i]!);
    for (const name of names) expect(groups.root(name)).toBe('zorp000');
  });

  it('groups keys as a plain transitive closure of the unions does', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, key), { maxLength: 20 }), (unions) => {
        const groups = new KeyGroups();
        const members = new Map<string, Set<string>>();
        const groupOf = (k: string) => members.get(k) ?? new Set([k]);
        for (const [a, b] of unions) {
          groups.unionKeys(a, b);
          const merged = new Set([...groupOf(a), ...groupOf(b)]);
          for (const member of merged) members.set(member, merged);
        }
        for (const [k, group] of members) expect(groups.rootOfKey(k)).toBe([...group].sort()[0]);
      }),
    );
  });
});
