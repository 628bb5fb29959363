import { describe, expect, it } from 'vitest';
import { LruCache } from '../../graph/lru-cache.js';

const byLength = (value: string): number => value.length;

describe('LruCache', () => {
  it('answers what it holds and nothing else', () => {
    const cache = new LruCache<string, string>({ maxEntries: 3, maxSize: Infinity });
    cache.set('a', 'alpha');
    expect(cache.get('a')).toBe('alpha');
    expect(cache.get('b')).toBeUndefined();
  });

  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = new LruCache<string, number>({ maxEntries: 2, maxSize: Infinity });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a'); // a is now more recent than b
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    expect(cache.count).toBe(2);
  });

  it('keeps the total size within maxSize, evicting the oldest first', () => {
    const cache = new LruCache<string, string>({ maxEntries: 100, maxSize: 10 }, byLength);
    cache.set('a', 'xxxx');
    cache.set('b', 'yyyy');
    cache.set('c', 'zzzz');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe('yyyy');
    expect(cache.size).toBe(8);
  });

  it('does not store a value larger than the whole bound, and keeps the rest', () => {
    const cache = new LruCache<string, string>({ maxEntries: 100, maxSize: 10 }, byLength);
    cache.set('small', 'abc');
    cache.set('huge', 'x'.repeat(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')).toBe('abc');
    expect(cache.size).toBe(3);
  });

  it('replaces a key without counting it twice', () => {
    const cache = new LruCache<string, string>({ maxEntries: 5, maxSize: 100 }, byLength);
    cache.set('a', 'xx');
    cache.set('a', 'yyy');
    expect([cache.count, cache.size, cache.get('a')]).toEqual([1, 3, 'yyy']);
  });

  it('holds its bounds under any sequence of sets', () => {
    const cache = new LruCache<number, string>({ maxEntries: 7, maxSize: 50 }, byLength);
    for (let index = 0; index < 500; index++) {
      cache.set(index % 37, 'x'.repeat((index * 13) % 23));
      expect(cache.count).toBeLessThanOrEqual(7);
      expect(cache.size).toBeLessThanOrEqual(50);
    }
    cache.clear();
    expect([cache.count, cache.size]).toEqual([0, 0]);
  });

  it('refuses bounds that could hold nothing', () => {
    expect(() => new LruCache({ maxEntries: 0, maxSize: 10 })).toThrow(RangeError);
    expect(() => new LruCache({ maxEntries: 1, maxSize: Number.NaN })).toThrow(RangeError);
  });
});
