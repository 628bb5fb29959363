/**
 * Relations the document's structure states: a section titled after a category ("Container Runtimes", "Command
 * line tools") whose subsections are titled after names, or whose lists and definition lists are made of names,
 * gives each of those names that category.
 */
import type { ProseUnit, SectionContext } from '../prose.js';
import { activitySectionRelations } from './activity-sections.js';
import { GENERIC_TITLE_WORDS } from './lexicon/section-words.js';
import { cleanName, singular } from './names.js';
import { matchCue } from './match-cue.js';
import type { Subjects } from './subjects.js';
import type { ExtractedRelation, ProseReading, Slot } from './types.js';

export function structureRelations({ units, slotsOf, subjects, file }: ProseReading): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  const add = (name: string, category: string, title: ProseUnit, member: ProseUnit, confidence: number) =>
    relations.push({
      source: name,
      target: category,
      type: 'IS_A',
      targetIsCategory: true,
      confidence,
      evidence: { file, line: member.line, text: `${flat(title.text)}: ${flat(member.text)}` },
      rule: 'section-structure',
    });
  // The top-level terms and items of each section, found once (sections are many; units are more).
  const members = new Map<SectionContext, ProseUnit[]>();
  for (const unit of units) {
    if (!unit.section || unit.container !== null || (unit.kind !== 'term' && unit.kind !== 'item')) continue;
    const list = members.get(unit.section) ?? [];
    list.push(unit);
    members.set(unit.section, list);
  }
  for (const relation of activitySectionRelations(units, members, slotsOf, subjects, file)) relations.push(relation);
  for (const title of units) {
    if (title.kind !== 'title' || !title.section) continue;
    for (const relation of titleRelations(units, title, members, slotsOf, subjects, file)) relations.push(relation);
    const category = categoryOfTitle(title, slotsOf(title));
    if (!category) continue;
    for (const sub of title.section.subsections) {
      const subTitle = units[sub];
      const name = slotsOf(subTitle).find((s) => !s.isCategory);
      if (name && subjects.ofSection(subTitle.section) === name.name) add(name.name, category, title, subTitle, 0.7);
    }
    // Terms and items of the section's own top-level lists that are names.
    for (const member of members.get(title.section) ?? []) {
      const name = subjects.leadingName(member) ?? bareName(member, slotsOf(member));
      if (name) add(name, category, title, member, 0.65);
    }
  }
  return relations;
}

/**
 * A title that relates its members to a name, "Applications using libzorp": every name listed in the section and its
 * subsections (definition terms, bare items, subsection titles) stands in that relation to the name.
 */
function titleRelations(
  units: readonly ProseUnit[],
  title: ProseUnit,
  members: ReadonlyMap<SectionContext, readonly ProseUnit[]>,
  slotsOf: (unit: ProseUnit) => readonly Slot[],
  subjects: Subjects,
  file: string,
): ExtractedRelation[] {
  const section = title.section!;
  const slots = slotsOf(title).filter((s) => !s.isCategory);
  const text = flat(title.text);
  const match =
    /^(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]*[^s\s]s\s+(using|built\s+on|based\s+on|on\s+top\s+of|powered\s+by)\s+/i.exec(
      text,
    );
  if (!match || slots.length !== 1 || flat(title.text.slice(slots[0].start)) !== slots[0].name) return [];
  const cue = matchCue(` ${match[1].toLowerCase()} `);
  if (!cue || cue.reverse) return [];
  const sections: SectionContext[] = [];
  const collect = (context: SectionContext) => {
    sections.push(context);
    for (const sub of context.subsections) collect(units[sub].section!);
  };
  collect(section);
  const relations: ExtractedRelation[] = [];
  for (const member of sections.flatMap((context) => members.get(context) ?? [])) {
    const name = subjects.leadingName(member) ?? bareName(member, slotsOf(member));
    if (!name || name === slots[0].name) continue;
    relations.push({
      source: name,
      target: slots[0].name,
      type: cue.type,
      targetIsCategory: false,
      confidence: 0.6,
      evidence: { file, line: member.line, text: `${text}: ${flat(member.text)}` },
      rule: 'title-relation',
    });
  }
  return relations;
}

/** The category a title names: a category phrase of the lexicon, or a plural noun phrase ("Desktop applications"). */
function categoryOfTitle(title: ProseUnit, slots: readonly Slot[]): string | null {
  if (slots.some((s) => !s.isCategory)) return null;
  // "Data Plane and Control Plane": a title of two categories does not say which one each member is.
  if (slots.filter((s) => s.isCategory).length > 1) return null;
  const phrase = slots.find((s) => s.isCategory);
  if (phrase) return phrase.name;
  const words = cleanName(title.text).split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length > 4 || !/[^s]s$/i.test(last) || last.length <= 3) return null;
  if (words.some((w) => /^(?:and|or|for|of|with|vs\.?|in|on|to|the)$/i.test(w) || /\p{L}\p{Lu}|\d/u.test(w)))
    return null;
  if (words.every((w) => GENERIC_TITLE_WORDS.has(w.toLowerCase()))) return null;
  return [...words.slice(0, -1), singular(last)].join(' ').toLowerCase();
}

function bareName(unit: ProseUnit, slots: readonly Slot[]): string | null {
  const names = slots.filter((s) => !s.isCategory);
  if (names.length !== 1) return null;
  const rest = (unit.text.slice(0, names[0].start) + unit.text.slice(names[0].end)).replace(/[\s.,;:]/g, '');
  return rest === '' ? names[0].name : null;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
