/**
 * Sections whose title names how their list relates to the subject: under "Integrations" in a section about Zorp,
 * "- Network plugins: Quux, Blip" says Zorp integrates with Quux and Blip; "Dependencies" lists what Zorp uses,
 * "Supported platforms" what it supports. Each top-level item that is names alone, or a label and then names
 * ("Label: A, B"), gives the subject that relation with each of those names. A title of a name's add-ons ("Zorp
 * Plugins") makes the name support each add-on an item opens with.
 */
import type { ProseUnit } from '../prose.js';
import type { ExtractedRelation, ProseReading, Slot } from './types.js';

const TITLES: { re: RegExp; type: ExtractedRelation['type'] }[] = [
  { re: /^(?:[a-z-]+\s+)?integrations$/i, type: 'INTEGRATES_WITH' },
  { re: /^(?:[a-z-]+\s+)?(?:dependencies|requirements|prerequisites)$/i, type: 'USES' },
  { re: /^supported\s+(?:[a-z-]+\s+)?[a-z-]+s$/i, type: 'SUPPORTS' },
];
const SEPARATOR = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

export function relationSectionRelations({ units, slotsOf, subjects, file }: ProseReading): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  let opening: string | null | undefined;
  for (const item of units) {
    if (item.kind !== 'item' || item.container !== null || !item.section) continue;
    const title = units[item.section.unit];
    // "Zorp Plugins" + "- Quux Plugin: does things": each add-on an item opens with is one Zorp supports.
    const host = hostOfTitle(title, slotsOf(title));
    const type = host ? 'SUPPORTS' : TITLES.find(({ re }) => re.test(flat(title.text)))?.type;
    if (!type) continue;
    // The title names no thing, so the section is about its parent's subject, or what the document is about.
    const subject = host ?? subjects.ofSection(item.section) ?? (opening ??= openingSubject(units, slotsOf));
    if (!subject) continue;
    // "IaaS: Quux, Blip" labels a group of names, not an add-on.
    const leading = host && listedNames(item, slotsOf(item)).length === 0 ? subjects.leadingName(item) : null;
    for (const name of host ? (leading ? [leading] : []) : listedNames(item, slotsOf(item))) {
      if (name === subject) continue;
      relations.push({
        source: subject,
        target: name,
        type,
        targetIsCategory: false,
        confidence: 0.65,
        evidence: { file, line: item.line, text: `${flat(title.text)}: ${flat(item.text)}` },
        rule: 'relation-section',
      });
    }
  }
  return relations;
}

/**
 * The name a title of its add-ons starts with ("Zorp Plugins", "Zorp storage drivers"), or null. The title may read
 * as one name ("Zorp Plugins"): the host is the name it opens with.
 */
function hostOfTitle(title: ProseUnit, slots: readonly Slot[]): string | null {
  const name = slots.find((s) => !s.isCategory);
  const match = /^(.+?)\s+(?:[a-z-]+\s+)?(?:plugins|drivers|providers|backends|extensions|add-ons)$/i.exec(
    flat(title.text),
  );
  if (!name || name.start !== 0 || !match) return null;
  return name.name === match[1] || name.name.startsWith(`${match[1]} `) ? match[1] : null;
}

/** The name the document defines before its first section ("Zorp is a ..."): what the document is about. */
function openingSubject(units: readonly ProseUnit[], slotsOf: (unit: ProseUnit) => readonly Slot[]): string | null {
  for (const unit of units) {
    if (unit.kind === 'title') return null;
    const name = slotsOf(unit).find((s) => !s.isCategory);
    if (unit.kind !== 'paragraph' || !name || unit.text.slice(0, name.start).trim() !== '') continue;
    if (/^\s+(?:is|are)\s/.test(unit.text.slice(name.end))) return name.name;
  }
  return null;
}

/** The names an item lists: "A, B and C", or after a label ("Network plugins: A, B"); none for an item with prose. */
function listedNames(item: ProseUnit, slots: readonly Slot[]): string[] {
  const label = /^[^:]{1,40}:\s*/.exec(item.text);
  const from = label ? label[0].length : 0;
  const names = slots.filter((s) => !s.isCategory && s.start >= from);
  if (names.length === 0 || item.text.slice(from, names[0].start).trim() !== '') return [];
  for (let i = 1; i < names.length; i++)
    if (!SEPARATOR.test(item.text.slice(names[i - 1].end, names[i].start))) return [];
  // "Labels" and "Service" after the names are words the tagger did not take for names: the list goes on over them.
  const rest = item.text.slice(names[names.length - 1].end).replace(/(?:,?\s*etc\.?)?[\s.]*$/, '');
  if (rest !== '' && !/^(?:\s*,\s*(?:and\s+|or\s+)?[A-Z][\w.-]*)+$/.test(rest)) return [];
  return names.map((s) => s.name);
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
