import type { BodyState } from './body.js';
import { textBlock } from './paragraphs.js';

export function simpleTable(state: BodyState, index: number): number {
  return textBlock(state, index);
}
