/** How each relation type reads from either end, for headings and sentences. */
import type { RelationType } from '../graph/types.js';

const PHRASES: Record<RelationType, { out: string; in: string }> = {
  IS_A: { out: 'is a', in: 'has members' },
  PART_OF: { out: 'is part of', in: 'has parts' },
  USES: { out: 'uses', in: 'is used by' },
  BUILT_ON: { out: 'is built on', in: 'is the base of' },
  IMPLEMENTS: { out: 'implements', in: 'is implemented by' },
  DISTRIBUTION_OF: { out: 'is a distribution of', in: 'is distributed as' },
  DEVELOPED_BY: { out: 'is developed by', in: 'develops' },
  MANAGES: { out: 'manages', in: 'is managed by' },
  SUPPORTS: { out: 'supports', in: 'is supported by' },
  ALTERNATIVE_TO: { out: 'is an alternative to', in: 'is an alternative to' },
  WRITTEN_IN: { out: 'is written in', in: 'is the language of' },
  INTEGRATES_WITH: { out: 'integrates with', in: 'integrates with' },
};

export function relationPhrase(type: RelationType, direction: 'out' | 'in'): string {
  return PHRASES[type]?.[direction] ?? `${type.toLowerCase().replace(/_/g, ' ')} (${direction})`;
}
