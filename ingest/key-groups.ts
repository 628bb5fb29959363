/** Union-find over name keys: the groups of names that are one thing. */
import { nameKey } from './extract/names.js';

export class KeyGroups {
  private readonly parent = new Map<string, string>();
  add(name: string): void {
    const key = nameKey(name);
    if (!this.parent.has(key)) this.parent.set(key, key);
  }
  keys(): string[] {
    return [...this.parent.keys()];
  }
  hasKey(key: string): boolean {
    return this.parent.has(key);
  }
  root(name: string): string {
    return this.find(nameKey(name));
  }
  rootOfKey(key: string): string {
    return this.find(key);
  }
  union(a: string, b: string): void {
    this.add(a);
    this.add(b);
    this.unionKeys(nameKey(a), nameKey(b));
  }
  unionKeys(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  /**
   * The root of a key's group, pointing every key on the way at it: chains grow long on big inputs, and the root
   * (always the smallest key of its group, see unionKeys) is the same however the group is linked.
   */
  private find(key: string): string {
    if (!this.parent.has(key)) this.parent.set(key, key);
    let root = key;
    for (let up = this.parent.get(root)!; up !== root; up = this.parent.get(root)!) root = up;
    for (let at = key; at !== root;) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }
}
