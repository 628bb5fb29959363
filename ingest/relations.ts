/**
 * AST + mentions → relation candidates. For now one simple, honest rule: inside one sentence, two known names
 * next to each other with a gap that ends in a cue phrase ("A is written in B", "A is based on the B"). Known names
 * are the surface forms of all mentions, so a name linked once is recognised in any later prose.
 */
import { PHRASE_BREAK_WORDS, RELATION_CUES } from './cues.js';
import type { RelationCue } from './cues.js';
import { compareCodePoints } from './order.js';
import { splitSentences } from './sentences.js';
import { inlineRuns } from './walk.js';
import type { DocumentNode } from './rst/index.js';
import type { Mention, RelationCandidate } from './types.js';

/** A cue matches a whole gap: a few words, the cue, and perhaps an article ("is based on the"). */
const CUE_MATCHERS = RELATION_CUES.map((cue) => ({
  cue,
  gap: new RegExp(`^(?:\\S+ ){0,${cue.wordsBefore}}(?:${cue.phrase})(?: (?:the|an?))?$`, 'iu'),
}));

/** The cue that relates two names across this gap, if any. */
export function cueForGap(gap: string): RelationCue | undefined {
  if (/[,;:!?()]/.test(gap)) return undefined; // a clause boundary: the names are not directly related
  return CUE_MATCHERS.find(({ gap: pattern }) => pattern.test(gap))?.cue;
}

export interface NameMatcher {
  /** Occurrences of known names in a text, left to right, longest name first where they overlap. */
  find(text: string): { name: string; start: number; end: number }[];
}

/**
 * Case-sensitive, whole-word matching, so a name such as "Go" does not match the verb "go". Names are indexed by
 * their first character: one regular expression with hundreds of alternatives is slow on megabytes of prose.
 */
export function nameMatcher(mentions: readonly Mention[]): NameMatcher {
  const names = [...new Set(mentions.map((mention) => mention.text))].sort(
    (a, b) => b.length - a.length || compareCodePoints(a, b),
  );
  const byFirstChar = new Map<string, string[]>(); // longest first, so the longest name at a place wins
  for (const name of names) {
    const list = byFirstChar.get(name[0]!);
    if (list) list.push(name);
    else byFirstChar.set(name[0]!, [name]);
  }
  return {
    find(text) {
      const found: { name: string; start: number; end: number }[] = [];
      let i = 0;
      while (i < text.length) {
        const candidates = byFirstChar.get(text[i]!);
        const name =
          candidates && !isWordChar(text[i - 1])
            ? candidates.find((candidate) => text.startsWith(candidate, i) && !isWordChar(text[i + candidate.length]))
            : undefined;
        if (name) {
          found.push({ name, start: i, end: i + name.length });
          i += name.length;
        } else {
          i++;
        }
      }
      return found;
    },
  };
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

export function extractRelations(document: DocumentNode, file: string, names: NameMatcher): RelationCandidate[] {
  const candidates: RelationCandidate[] = [];
  for (const run of inlineRuns(document)) {
    if (run.origin !== 'paragraph' && run.origin !== 'table-cell') continue;
    for (const sentence of splitSentences(run.nodes, run.line)) {
      const found = names.find(sentence.text);
      for (let i = 0; i + 1 < found.length; i++) {
        const source = found[i]!;
        const target = found[i + 1]!;
        if (source.name === target.name) continue;
        const gap = sentence.text.slice(source.end, target.start).trim().replace(/\s+/g, ' ');
        const cue = cueForGap(gap);
        if (!cue || (cue.targetEndsPhrase && !endsPhrase(sentence.text, target.end))) continue;
        candidates.push({
          source: source.name,
          target: target.name,
          type: cue.type,
          confidence: cue.confidence,
          evidence: { file, line: sentence.line, text: sentence.text },
        });
      }
    }
  }
  return candidates;
}

/** Whether the text after `end` starts no further word of the same noun phrase. */
function endsPhrase(text: string, end: number): boolean {
  const next = /^\s+([\p{L}\p{N}][\p{L}\p{N}-]*)/u.exec(text.slice(end));
  return !next || PHRASE_BREAK_WORDS.has(next[1]!.toLowerCase());
}
