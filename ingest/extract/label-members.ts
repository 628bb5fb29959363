/** Which names a label opening a sentence ("Workload resources: Read about X, Y") is given to. */
import type { Group } from './groups.js';
import { EXAMPLES_INTRO, LIST_GOES_ON } from './sentence-patterns.js';

export interface LabelState {
  label: Group;
  /** The last group of names the label's category was given to. */
  labelled: Group | null;
  /** The sentence's second group, which may narrow the label ("Public cloud: Cloud platforms such as X"). */
  second: Group | undefined;
}

/** Whether the names after a gap are listed under the label: the list goes on or stops after them ("Zorp, Quux."). */
export function labelMember(
  rest: string,
  group: Group,
  previous: Group | null,
  gap: string,
  state: LabelState,
): boolean {
  if (!LIST_GOES_ON.test(rest)) return false;
  // "Resources: Read about Zorplets, QuuxSet": a member the text names with a plain word does not end the list.
  if (previous === state.label) return /^\s*:\s*(?:(?:read|learn)\s+about\s+)?(?:[a-z][a-z-]*s\s*,\s*)?$/.test(gap);
  if (previous !== null && previous === state.labelled)
    return /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$/.test(gap);
  // "Public cloud: Cloud platforms such as X": examples of a kind the label narrows.
  return previous !== null && previous.isCategory && previous === state.second && EXAMPLES_INTRO.test(gap);
}
