/**
 * Where each link of a document points: RST lets a reference name a target defined elsewhere (`Foo`_ with
 * `.. _Foo: https://...`), or be anonymous (`Foo`__ matched in order with `__ https://...`).
 */
import { allBlocks } from './walk.js';
import type { DocumentNode, ReferenceNode, TargetNode } from './rst/index.js';

export interface LinkTargets {
  /** The URL a reference points at, if it can be known. */
  urlOf(reference: ReferenceNode): string | undefined;
}

/** docutils normalises reference names: case-insensitive, whitespace collapsed. */
export function normaliseRefname(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Builds the lookup for one document. Anonymous references must be asked for in document order (as
 * `proseUnits` meets them), since docutils pairs the n-th anonymous reference with the n-th anonymous target.
 */
export function linkTargets(document: DocumentNode): LinkTargets {
  const named = new Map<string, TargetNode>();
  const anonymous: TargetNode[] = [];
  for (const block of allBlocks(document)) {
    if (block.type !== 'target') continue;
    if (block.name === null) anonymous.push(block);
    else if (!named.has(normaliseRefname(block.name))) named.set(normaliseRefname(block.name), block);
  }
  let nextAnonymous = 0;
  const follow = (target: TargetNode | undefined, hops: number): string | undefined => {
    if (!target) return undefined;
    if (target.refuri !== undefined) return target.refuri;
    // An indirect target (`.. _a: b_`) points at another name; a cycle ends after a few hops.
    if (target.refname === undefined || hops > 8) return undefined;
    return follow(named.get(normaliseRefname(target.refname)), hops + 1);
  };
  return {
    urlOf(reference) {
      if (reference.anonymous && reference.refuri === undefined && reference.refname === undefined) {
        return follow(anonymous[nextAnonymous++], 0);
      }
      if (reference.refuri !== undefined) return reference.refuri;
      return follow(named.get(normaliseRefname(reference.refname ?? reference.text)), 0);
    },
  };
}
