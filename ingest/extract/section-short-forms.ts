/**
 * Short forms of a section's name: in a section titled "Zorp CI", a name "Zorp" that the document declares only
 * inside that section is the section's subject written short. A short form used elsewhere too ("Acme" in a section
 * "Acme Swarm") is a thing of its own.
 */
import type { ProseUnit } from '../prose.js';
import type { NameDeclaration } from './gazetteer.js';
import { isPlainPlural } from './name-shapes.js';
import { nameKey } from './names.js';
import type { Declare } from './types.js';

export function declareSectionShortForms(
  units: readonly ProseUnit[],
  declarations: readonly NameDeclaration[],
  unitOf: readonly ProseUnit[],
  declare: Declare,
): void {
  // The title unit of every section a unit stands in, innermost first.
  const sectionsOf = (unit: ProseUnit): number[] => {
    const sections: number[] = [];
    for (let section = unit.section; section; section = section.parent) sections.push(section.unit);
    return sections;
  };
  const titleNames = new Map<number, string[]>(); // title unit → the names it declares
  const sectionsOfKey = new Map<string, Set<number>>(); // name key → innermost sections of its declarations
  declarations.forEach((declaration, i) => {
    const unit = unitOf[i];
    if (unit.kind === 'title' && declaration.signal === 'title') {
      titleNames.set(unit.index, [...(titleNames.get(unit.index) ?? []), declaration.name]);
    }
    const key = nameKey(declaration.name);
    const innermost = unit.kind === 'title' ? unit.index : (sectionsOf(unit)[0] ?? -1);
    sectionsOfKey.set(key, new Set([...(sectionsOfKey.get(key) ?? []), innermost]));
  });
  const count = declarations.length;
  for (let i = 0; i < count; i++) {
    const short = declarations[i];
    const unit = unitOf[i];
    if (unit.kind === 'title' || short.signal === 'concept') continue;
    const [section] = sectionsOf(unit);
    if (section === undefined) continue;
    const places = sectionsOfKey.get(nameKey(short.name)) ?? new Set<number>();
    if (places.size !== 1 || !places.has(section)) continue;
    for (const long of titleNames.get(section) ?? []) {
      if (isShortFormOf(short.name, long)) declare(units[section], 0, long, 'alias', [short.name]);
    }
  }
}

/** The first or last words of a longer name: "Zorp" of "Zorp CI", "Custodix" of "Cloud Custodix". */
function isShortFormOf(short: string, long: string): boolean {
  // "Volumes" in a section "Zorp Volumes" is the kind, not the name.
  if (isPlainPlural(short)) return false;
  const shortWords = short.split(' ');
  const longWords = long.split(' ');
  if (shortWords.length >= longWords.length) return false;
  const same = (a: string[], b: string[]) => a.every((word, i) => word.toLowerCase() === b[i].toLowerCase());
  return same(shortWords, longWords) || same(shortWords, longWords.slice(longWords.length - shortWords.length));
}
