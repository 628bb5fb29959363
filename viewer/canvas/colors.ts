/** Colours for kinds, relation types and communities: distinct hues with enough contrast on a light background. */
import type { EntityKind, RelationType } from '../../graph/types.js';

export const KIND_COLORS: Record<EntityKind, string> = {
  technology: '#2f6fdf',
  standard: '#d9822b',
  organisation: '#7b4fc9',
  language: '#1f9d6b',
  category: '#8a8f98',
  concept: '#c94f7c',
};

export const RELATION_COLORS: Record<RelationType, string> = {
  IS_A: '#b8bcc4',
  PART_OF: '#6d8fbf',
  USES: '#3a7bd5',
  BUILT_ON: '#2a9d8f',
  IMPLEMENTS: '#e07a1f',
  DISTRIBUTION_OF: '#9c6ade',
  DEVELOPED_BY: '#8c5fbf',
  MANAGES: '#d1495b',
  SUPPORTS: '#57a773',
  ALTERNATIVE_TO: '#c9a227',
  WRITTEN_IN: '#1f9d6b',
  INTEGRATES_WITH: '#5f9ea0',
};

export const DIMMED_NODE = '#e3e5e8';
export const DIMMED_EDGE = '#eff0f2';
export const HIGHLIGHT_EDGE = '#111827';

const COMMUNITY_PALETTE = [
  '#2f6fdf',
  '#d9822b',
  '#1f9d6b',
  '#c94f7c',
  '#7b4fc9',
  '#c9a227',
  '#d1495b',
  '#2a9d8f',
  '#6d8fbf',
  '#8c5f3f',
  '#5f9ea0',
  '#9c6ade',
];

export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length]!;
}
