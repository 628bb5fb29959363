/** The cue that ends the words between two names: the first pattern of the lexicon that matches, or null. */
import { CUES, FILLER, type Cue } from './lexicon/cues.js';

const COMPILED = CUES.map((cue) => ({
  cue,
  re: new RegExp(`(?:^|[\\s,(])(?:${cue.pattern})\\s*[:,]?\\s+${cue.adjacent ? '' : FILLER}$`),
}));

export function matchCue(gap: string): Cue | null {
  const padded = ` ${gap}`;
  for (const { cue, re } of COMPILED) if (re.test(padded)) return cue;
  return null;
}
