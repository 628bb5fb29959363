import type { BodyState } from './body.js';
import { textBlock } from './paragraphs.js';

export function gridTable(state: BodyState, index: number): number {
  return textBlock(state, index);
}
