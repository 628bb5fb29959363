/**
 * Inside a section about Zorp, "the Zorp Agent" or "a Zorp minion" names a piece of Zorp: a name made of the
 * section's subject and a word or two more is a part of it, read where the text first writes it.
 */
import { nameKey } from './names.js';
import { readingSentences } from './sentences.js';
import type { ExtractedRelation, ProseReading } from './types.js';

/** One or two more words, each a word of at least three letters: not a version, a letter or a number ("Zorp X"). */
const PART_WORDS = /^[A-Za-z][a-z-]{2,}(?:\s+[A-Za-z][a-z-]{2,})?$|^[A-Z]{3}$/;
/** Words that make the name a page about the subject, the subject itself or its makers, not a piece of it. */
const NOT_PART =
  /\b(?:documentation|docs|guide|tutorial|website|site|page|blog|overview|introduction|architecture|project|community|team|company|foundation)$/i;

export function ownPartRelations({ units, tagged, slotsOf, subjects, evidenceFor }: ProseReading): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    if (unit.kind === 'title') continue;
    const subject = subjects.ofSection(unit.section);
    if (!subject) continue;
    const prefix = subject.toLowerCase() + ' ';
    for (const slot of slotsOf(unit)) {
      if (slot.isCategory || !slot.name.toLowerCase().startsWith(prefix)) continue;
      const rest = slot.name.slice(prefix.length).trim();
      const key = `${nameKey(slot.name)}>${nameKey(subject)}`;
      // "Zorp Components", "Zorp Features": a plural is the subject's pieces in general, not one of them.
      if (!PART_WORDS.test(rest) || NOT_PART.test(rest) || /[^s]s$/.test(rest) || seen.has(key)) continue;
      seen.add(key);
      const sentence = readingSentences(unit.text, tagged[unit.index].sentences).find(
        (s) => s.start <= slot.start && slot.end <= s.end,
      ) ?? { start: 0, end: unit.text.length };
      relations.push({
        source: slot.name,
        target: subject,
        type: 'PART_OF',
        targetIsCategory: false,
        confidence: 0.6,
        evidence: evidenceFor(unit, sentence)(slot.start),
        rule: 'own-part',
      });
    }
  }
  return relations;
}
