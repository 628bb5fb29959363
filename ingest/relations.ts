/**
 * Prose with its mentions → typed relation candidates with evidence, read the way a reader does: sentence by
 * sentence (cue words between names), lists with their lead-in, and the section structure. Also the first
 * defining sentence of each name ("X is a ..."), for descriptions.
 */
import { componentListRelations } from './extract/component-lists.js';
import { definedKinds } from './extract/defined-kinds.js';
import { dividedListRelations } from './extract/divided-lists.js';
import { evidenceText } from './extract/evidence-text.js';
import { leadInRelations } from './extract/list-relations.js';
import { withMakers } from './extract/maker-names.js';
import { ownPartRelations } from './extract/own-parts.js';
import { sentenceRelations } from './extract/sentence-relations.js';
import { hostedExamples, roleHost, type RoleHost } from './extract/role-hosts.js';
import { relationSectionRelations } from './extract/relation-sections.js';
import { readingSentences } from './extract/sentences.js';
import { structureRelations } from './extract/structure-relations.js';
import { Subjects } from './extract/subjects.js';
import type { ExtractedRelation, ProseReading, Slot } from './extract/types.js';
import type { PlacedDocument } from './mentions.js';
import { lineAt, type ProseUnit } from './prose.js';

export type { ExtractedRelation } from './extract/types.js';

export interface Description {
  name: string;
  text: string;
}

export interface DocumentRelations {
  relations: ExtractedRelation[];
  descriptions: Description[];
}

const DEFINING = /^\s+(?:is|are)\s+(?:an?|the|one)\b/;

export function extractRelations(document: PlacedDocument): DocumentRelations {
  const { units, tagged, slots, file } = document;
  const slotsOf = (unit: ProseUnit) => slots[unit.index];
  const subjects = new Subjects(units, slotsOf);
  const evidenceFor = (unit: ProseUnit, sentence: { start: number; end: number }) => (offset: number) => ({
    file,
    line: lineAt(unit, offset),
    text: evidenceText(unit.text, sentence.start, sentence.end, offset),
  });
  const relations: ExtractedRelation[] = [];
  const descriptions: Description[] = [];
  let recentCategory: string | null = null;
  let titleCategory: string | null = null;
  let currentSection: number | null = null;
  let recentHost: RoleHost | null = null;
  // A term's definition that opens with an article ("zorpsh" + "An interactive shell ...") defines the term's name.
  const definedByTerm = (unit: ProseUnit) => {
    const term = unit.container === null ? null : units[unit.container];
    if (!term || term.kind !== 'term' || unit.index !== term.index + 1) return null;
    return subjects.leadingName(term);
  };
  for (const unit of units) {
    const section = unit.section?.unit ?? null;
    if (section !== currentSection) {
      currentSection = section;
      titleCategory = unit.section ? (slots[unit.section.unit].find((s) => s.isCategory)?.name ?? null) : null;
      recentCategory = titleCategory;
      recentHost = null;
    }
    for (const [n, sentence] of readingSentences(unit.text, tagged[unit.index].sentences).entries()) {
      const inSentence = slots[unit.index].filter((s) => s.start >= sentence.start && s.end <= sentence.end);
      const read = sentenceRelations({
        text: unit.text,
        start: sentence.start,
        end: sentence.end,
        slots: inSentence,
        implicitSubject: subjects.ofUnit(unit),
        opensDefinition: unit.container === unit.index - 1 && sentence.start === 0,
        // The title's category, when the text just spoke of a broader one ("a hypervisor" under "Type-2 hypervisors").
        recentCategory:
          titleCategory && recentCategory && titleCategory.endsWith(recentCategory) ? titleCategory : recentCategory,
        evidence: evidenceFor(unit, sentence),
        isTitle: unit.kind === 'title',
      });
      const defined = definedKinds({
        text: unit.text,
        start: sentence.start,
        end: sentence.end,
        slots: inSentence,
        defined: n === 0 ? definedByTerm(unit) : null,
        opensItem: n === 0 && (unit.kind === 'item' || unit.kind === 'term'),
        evidence: evidenceFor(unit, sentence),
      }).filter((kind) => !read.some((r) => r.type === 'IS_A' && r.source === kind.source && r.target === kind.target));
      for (const relation of read.concat(defined)) relations.push(relation);
      for (const relation of hostedExamples(read, recentHost)) relations.push(relation);
      recentHost = roleHost(unit.text, inSentence) ?? recentHost;
      const first = inSentence[0];
      if (first && !first.isCategory && unit.text.slice(sentence.start, first.start).trim() === '') {
        if (DEFINING.test(unit.text.slice(first.end, sentence.end))) {
          descriptions.push({ name: first.name, text: evidenceFor(unit, sentence)(first.start).text });
        }
      }
      recentCategory = topicCategory(unit.text, sentence.start, inSentence) ?? recentCategory;
    }
  }
  // Spreading large arrays into push() overflows the stack on big documents.
  const whole: ProseReading = { units, tagged, slotsOf, subjects, evidenceFor, file };
  const read = relations.concat(
    leadInRelations(whole),
    componentListRelations(whole),
    dividedListRelations(units, tagged, slotsOf, evidenceFor),
    ownPartRelations(whole),
    structureRelations(whole),
    relationSectionRelations(whole),
  );
  // Who makes things is known once everything else is read.
  return {
    relations: withMakers(units, tagged, slotsOf, read, document.declarations, evidenceFor),
    descriptions,
  };
}

/**
 * The category a sentence leaves the reader thinking of: the one it opens with ("Zorp plugins extend ... storage
 * solutions."), or a narrower one of the same head it ends on ("Hypervisors that ... are called Type-1
 * hypervisors."); without an opening category, the last one it names.
 */
function topicCategory(text: string, start: number, slots: readonly Slot[]): string | null {
  const categories = slots.filter((s) => s.isCategory);
  const last = categories.at(-1)?.name ?? null;
  const first = slots[0];
  if (!first?.isCategory || !/^[\s"'(]*(?:(?:an?|the)\s+)?$/i.test(text.slice(start, first.start))) return last;
  const head = first.name.split(' ').pop()!;
  const narrower = categories.filter((c) => c.name.split(' ').pop() === head).at(-1);
  return narrower?.name ?? first.name;
}
