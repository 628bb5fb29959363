import { describe, expect, it } from 'vitest';
import { isRelationType, relationTypeIdentifier, typePattern } from '../../../graph/neo4j/vocabulary.js';

describe('typePattern', () => {
  it.each<[string[] | null, string | null]>([
    [null, ''],
    [['USES'], ':USES'],
    // In vocabulary order, whatever the order asked.
    [['WRITTEN_IN', 'IS_A', 'USES'], ':IS_A|USES|WRITTEN_IN'],
    [['USES', 'uses', 'DROP', 'USES]-() DETACH DELETE (n) //'], ':USES'],
    [['nothing', '`IS_A`'], null],
    [[], null],
  ])('turns %j into %j', (types, pattern) => {
    expect(typePattern(types === null ? null : new Set(types))).toBe(pattern);
  });
});

describe('relationTypeIdentifier', () => {
  it('passes vocabulary types through', () => {
    expect(relationTypeIdentifier('ALTERNATIVE_TO')).toBe('ALTERNATIVE_TO');
    expect(isRelationType('IS_A')).toBe(true);
  });

  it.each(['is_a', 'IS_A ', 'IS_A|USES', ''])('refuses %j', (type) => {
    expect(isRelationType(type)).toBe(false);
    expect(() => relationTypeIdentifier(type)).toThrow(/not a relation type/);
  });
});
