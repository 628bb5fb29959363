/**
 * A section titled after an activity ("Monitoring", "Configuration Management") whose definition list names tools
 * lists tools of that activity: each term's name is a "monitoring tool", or a "... system" when the terms define
 * themselves as systems ("Zorp is a system for ...").
 */
import { isEnglishWord } from '../nlp.js';
import type { ProseUnit, SectionContext } from '../prose.js';
import { cleanName } from './names.js';
import type { Subjects } from './subjects.js';
import type { ExtractedRelation, Slot } from './types.js';

/** The last word of an activity: a nominalisation ("provisioning", "conversion", "management"). */
const DOCUMENT_PARTS =
  /^(?:introduction|installation|configuration|documentation|description|conclusion|motivation|contribution|contributing|acknowledgment|acknowledgement|discussion|explanation|definition|navigation|information|question|section|option|operation|getting|testing|building|running|troubleshooting|versioning|licensing|requirement|deployment|upgrading)$/;
const ACTIVITY_WORD = /^[a-z]{3,}(?:ing|ion|ment)$/;

export function activitySectionRelations(
  units: readonly ProseUnit[],
  members: ReadonlyMap<SectionContext, readonly ProseUnit[]>,
  slotsOf: (unit: ProseUnit) => readonly Slot[],
  subjects: Subjects,
  file: string,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const title of units) {
    if (title.kind !== 'title' || !title.section) continue;
    const activity = activityOf(title, slotsOf(title));
    if (!activity) continue;
    const terms = (members.get(title.section) ?? []).filter((unit) => unit.kind === 'term');
    const named = terms.flatMap((term) => {
      const name = subjects.leadingName(term);
      return name && name !== activity ? [{ term, name }] : [];
    });
    if (named.length === 0) continue;
    // The head the terms give themselves: systems if any definition says so, else tools.
    const definitions = units.filter((unit) => unit.container !== null && terms.includes(units[unit.container]));
    const head = definitions.some((unit) => /\b(?:is|as)\s+an?\s+system\b/i.test(unit.text)) ? 'system' : 'tool';
    for (const { term, name } of named) {
      relations.push({
        source: name,
        target: `${activity.toLowerCase()} ${head}`,
        type: 'IS_A',
        targetIsCategory: true,
        confidence: 0.6,
        evidence: { file, line: term.line, text: `${flat(title.text)}: ${flat(term.text)}` },
        rule: 'activity-section',
      });
    }
  }
  return relations;
}

/** The activity a title names: one to three English words ending in a nominalisation, no other name in it. */
function activityOf(title: ProseUnit, slots: readonly Slot[]): string | null {
  const text = cleanName(title.text);
  // The title may be declared a name itself ("Continuous Integration"), but no name may stand inside it.
  if (slots.some((s) => s.isCategory || (!s.isCategory && s.name !== text))) return null;
  const words = text.split(/\s+/);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (words.length > 3 || !ACTIVITY_WORD.test(last)) return null;
  if (words.some((word) => !/^[A-Za-z]+$/.test(word) || !englishWord(word.toLowerCase()))) return null;
  // "Installation", "Introduction": a document's own parts, not what the listed things do.
  if (words.length === 1 && DOCUMENT_PARTS.test(last)) return null;
  return text;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An English word, or one with an English stem before "-ing" ("provisioning"). */
function englishWord(word: string): boolean {
  return isEnglishWord(word) || (word.endsWith('ing') && isEnglishWord(word.slice(0, -3)));
}
