/**
 * Whether a cue read between two names can hold: the words before it may give the cue another subject
 * ("developers using X") or make the object only an example of an unnamed class ("using a platform such as X").
 */
import type { Cue } from './lexicon/cues.js';

/**
 * "developers using X": an -ing cue right after a plural noun has that noun as its subject, not the name before;
 * "using a platform such as X": examples of an unnamed class are not the object.
 */
export function plausibleCue(gap: string, cue: Cue): boolean {
  // "in conjunction with tools like X", "supports platforms such as X": examples of the object class are objects.
  const examplesAllowed =
    cue.type === 'INTEGRATES_WITH' ||
    cue.type === 'SUPPORTS' ||
    cue.type === 'ALTERNATIVE_TO' ||
    (cue.type === 'PART_OF' && cue.reverse === true);
  if (/\b(?:such\s+as|like)\s*$/.test(gap) && !examplesAllowed && !ROLE_EXAMPLES.test(gap)) return false;
  // "supports drivers just like Quux": a comparison with a name, not an example of the object.
  if (/\b(?:just|much|exactly|un)\s*like\s*$/.test(gap)) return false;
  const beforeIng = /([a-z]+)\s+[a-z]+ing\b(?:\s+\S+){0,4}\s*$/.exec(gap);
  // "services using X" after what a name enables or offers: a thing that uses X through it, said of the name.
  if (beforeIng && AGENT_PLURAL.test(beforeIng[1]) && cue.type !== 'SUPPORTS') {
    return false;
  }
  return true;
}

/** Plurals that can do the using themselves: people and actors ("developers", "users", "teams"), or a verb. */
const AGENT_PLURAL =
  /^(?:[a-z]+(?:ers|ors|ists|ants|ents|ians|ees)|people|users|teams|customers|companies|organi[sz]ations|enterprises|businesses|communities|supports|uses|runs|allows|enables|helps|lets)$/;

export const ROLE_EXAMPLES =
  /\b(?:providers?|backends?|plugins?|drivers?|provisioners?)\b[^.;]{0,40}?\b(?:such\s+as|like|including|include|are)\s*:?\s*$/;
