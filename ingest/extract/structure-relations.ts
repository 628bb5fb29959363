/**
 * Relations the document's structure states: a section titled after a category ("Container Runtimes") whose
 * subsections are titled after names gives each of those names that category.
 */
import type { ProseUnit } from '../prose.js';
import type { Subjects } from './subjects.js';
import type { ExtractedRelation, Slot } from './types.js';

export function structureRelations(
  units: readonly ProseUnit[],
  slotsOf: (unit: ProseUnit) => readonly Slot[],
  subjects: Subjects,
  file: string,
): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const title of units) {
    if (title.kind !== 'title' || !title.section) continue;
    const slots = slotsOf(title);
    const category = slots.find((s) => s.isCategory);
    if (!category || slots.some((s) => !s.isCategory)) continue;
    for (const sub of title.section.subsections) {
      const subTitle = units[sub];
      const name = slotsOf(subTitle).find((s) => !s.isCategory);
      if (!name || subjects.ofSection(subTitle.section) !== name.name) continue;
      relations.push({
        source: name.name,
        target: category.name,
        type: 'IS_A',
        targetIsCategory: true,
        confidence: 0.7,
        evidence: {
          file,
          line: subTitle.line,
          text: `${title.text.replace(/\s+/g, ' ')}: ${subTitle.text.replace(/\s+/g, ' ')}`,
        },
        rule: 'section-structure',
      });
    }
  }
  return relations;
}
