/**
 * The host a kind of add-on serves: "Volume plugins extend the functionality of the Zorp Engine" makes Zorp Engine
 * the host of volume plugins, so the examples the text then gives of them ("Examples: Quux, Blip") are what the
 * host supports.
 */
import type { ExtractedRelation, Slot } from './types.js';

export interface RoleHost {
  category: string;
  host: string;
}

const ROLE_HEAD = /\b(?:plugin|driver|provider|backend|extension|add-on|addon|connector|adapter)$/;
const SERVES = /^\s+(?:extends?|for|of)\s+(?:the\s+)?(?:(?:functionality|capabilities|features)\s+of\s+(?:the\s+)?)?$/i;

/** The role category and its host a sentence names, or null. */
export function roleHost(text: string, slots: readonly Slot[]): RoleHost | null {
  for (let i = 0; i + 1 < slots.length; i++) {
    const [category, host] = [slots[i], slots[i + 1]];
    if (!category.isCategory || host.isCategory || !ROLE_HEAD.test(category.name)) continue;
    if (SERVES.test(text.slice(category.end, host.start).replace(/\s+/g, ' ')))
      return { category: category.name, host: host.name };
  }
  return null;
}

/** "Examples: Quux, Blip" read as kinds of the host's role category: the host supports each of them. */
export function hostedExamples(read: readonly ExtractedRelation[], host: RoleHost | null): ExtractedRelation[] {
  if (!host) return [];
  return read
    .filter(
      (r) => r.rule === 'examples-are' && r.type === 'IS_A' && r.target === host.category && r.source !== host.host,
    )
    .map((r) => ({
      ...r,
      source: host.host,
      target: r.source,
      type: 'SUPPORTS',
      targetIsCategory: false,
      confidence: 0.7,
      rule: 'hosted-examples',
    }));
}
