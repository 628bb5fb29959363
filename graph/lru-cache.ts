/**
 * A least-recently-used map bounded by entry count and by a total size (bytes, for caches of response bodies). A
 * value larger than the whole size bound is not stored at all, so one huge answer cannot flush everything else.
 */
export interface LruLimits {
  /** At least 1. */
  maxEntries: number;
  /** Sum of `sizeOf` over the entries; Infinity when only the count matters. */
  maxSize: number;
}

export class LruCache<K, V> {
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently used first.
  private readonly entries = new Map<K, { value: V; size: number }>();
  private totalSize = 0;

  constructor(
    private readonly limits: LruLimits,
    private readonly sizeOf: (value: V) => number = () => 0,
  ) {
    if (!(limits.maxEntries >= 1)) throw new RangeError(`maxEntries must be at least 1, not ${limits.maxEntries}`);
    if (!(limits.maxSize >= 0)) throw new RangeError(`maxSize must be 0 or more, not ${limits.maxSize}`);
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value` unless it alone exceeds the size bound; evicts the least recently used until both bounds hold. */
  set(key: K, value: V): void {
    this.delete(key);
    const size = this.sizeOf(value);
    if (size > this.limits.maxSize) return;
    this.entries.set(key, { value, size });
    this.totalSize += size;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxEntries && this.totalSize <= this.limits.maxSize) break;
      this.delete(oldest);
    }
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalSize -= entry.size;
  }

  clear(): void {
    this.entries.clear();
    this.totalSize = 0;
  }

  get count(): number {
    return this.entries.size;
  }

  get size(): number {
    return this.totalSize;
  }
}
