/**
 * What a piece of prose is about, as a reader keeps track of it: a section titled after a tool is about that tool
 * (and so are its generic subsections: "Providers" under a tool); a list item or term that starts with a name is
 * about that name, and so is the text nested under it.
 */
import type { ProseUnit, SectionContext } from '../prose.js';
import type { Slot } from './types.js';

export class Subjects {
  private readonly sections = new Map<number, string | null>();
  private readonly unitSubjects = new Map<number, string | null>();

  constructor(
    private readonly units: readonly ProseUnit[],
    private readonly slotsOf: (unit: ProseUnit) => readonly Slot[],
  ) {}

  /** The name a section is about: the first name in its title, else its parent's when the title names nothing. */
  ofSection(section: SectionContext | null): string | null {
    if (!section) return null;
    const cached = this.sections.get(section.unit);
    if (cached !== undefined) return cached;
    const title = this.units[section.unit];
    const names = this.slotsOf(title).filter((slot) => !slot.isCategory);
    const hasCategory = this.slotsOf(title).some((slot) => slot.isCategory);
    const subject = names[0]?.name ?? (hasCategory ? null : this.ofSection(section.parent));
    this.sections.set(section.unit, subject);
    return subject;
  }

  /** The name a unit is about. */
  ofUnit(unit: ProseUnit): string | null {
    const cached = this.unitSubjects.get(unit.index);
    if (cached !== undefined) return cached;
    const subject =
      this.leadingName(unit) ??
      (unit.container !== null ? this.ofUnit(this.units[unit.container]) : null) ??
      this.bareLeadIn(unit) ??
      this.ofSection(unit.section);
    this.unitSubjects.set(unit.index, subject);
    return subject;
  }

  /** "zorpsh: A minimal shell ...", "Proxo Proxy - ...", a term: the name the item starts with. */
  leadingName(unit: ProseUnit): string | null {
    if (unit.kind === 'title') return this.ofSection(unit.section);
    if (unit.kind !== 'item' && unit.kind !== 'term') return null;
    const first = this.slotsOf(unit).find((slot) => !slot.isCategory);
    if (!first || unit.text.slice(0, first.start).trim() !== '') return null;
    const after = unit.text.slice(first.end);
    return /^\s*(?:$|[:(,–—]|-\s|\s(?:is|are|was|provides|allows|enables|offers)\b)/.test(after) ? first.name : null;
  }

  /** A list introduced by a bare name ("The Zorpfile" + items) is about that name. */
  private bareLeadIn(unit: ProseUnit): string | null {
    if (unit.kind !== 'item' || unit.leadIn === null) return null;
    const leadIn = this.units[unit.leadIn];
    const names = this.slotsOf(leadIn).filter((slot) => !slot.isCategory);
    if (names.length !== 1) return null;
    const rest = (leadIn.text.slice(0, names[0].start) + leadIn.text.slice(names[0].end)).trim().toLowerCase();
    return /^(?:the|a|an)?[\s:]*$/.test(rest) ? names[0].name : null;
  }
}
