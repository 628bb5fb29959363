/**
 * Products named after their maker: once the text says who makes things ("developed by Acme"), "Acme Zorp" and
 * "Acme `Zorp`" name a product of Acme, read where the text first writes them. Only organisations the document
 * itself shows as makers count, so "Zorp Hub" under a product called Zorp stays a part, not a product of Zorp.
 */
import type { TaggedText } from '../nlp.js';
import type { NameDeclaration } from './gazetteer.js';
import type { ProseUnit } from '../prose.js';
import { ORGANISATION_SUFFIXES } from './lexicon/organisations.js';
import { nameKey } from './names.js';
import { readingSentences } from './sentences.js';
import type { EvidenceFor, ExtractedRelation, Slot } from './types.js';

/** A maker's name and the rest of a product name after it: a word that is a name, not a possessive or a plural. */
const PRODUCT_REST = /^(?:\p{Lu}|\p{Ll}+\p{Lu}|\d)[\p{L}\p{N}+.-]*(?:\s+\S+){0,4}$/u;

/**
 * The relations read so far, with what the makers they show tell: the products named after a maker, "powered by
 * Acme" read as made by Acme (an organisation is no foundation), and "Acme Zorp" in a section about Acme a
 * product of it rather than a part.
 */
export function withMakers(
  units: readonly ProseUnit[],
  tagged: readonly TaggedText[],
  slotsOf: (unit: ProseUnit) => readonly Slot[],
  relations: readonly ExtractedRelation[],
  declarations: readonly NameDeclaration[],
  evidenceFor: EvidenceFor,
): ExtractedRelation[] {
  const makers = new Map<string, string>(); // name key → the maker as written
  for (const relation of relations) {
    if (relation.type === 'DEVELOPED_BY' && !relation.targetIsCategory)
      makers.set(nameKey(relation.target), relation.target);
  }
  for (const unit of units) {
    for (const slot of slotsOf(unit))
      if (!slot.isCategory && isOrganisation(slot.name)) makers.set(nameKey(slot.name), slot.name);
  }
  const hosts = new Map<string, string[]>(); // name key → the hosts of the links that declare it
  for (const { name, url } of declarations) {
    const host = url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)?.[1] : undefined;
    if (host) hosts.set(nameKey(name), [...(hosts.get(nameKey(name)) ?? []), host.toLowerCase()]);
  }
  const found: ExtractedRelation[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    const slots = slotsOf(unit).filter((slot) => !slot.isCategory);
    for (const slot of slots) {
      const maker = makerOf(slot.name);
      // "Zorp (formerly Acme Zorp)": an old name's maker need not be the thing's.
      const formerly = /\b(?:formerly|previously)(?:\s+(?:known|named|called))?(?:\s+as)?\s*$/i.test(
        unit.text.slice(Math.max(0, slot.start - 30), slot.start),
      );
      if (!maker || formerly || isOrganisation(slot.name)) continue;
      const key = pairKey(slot.name, maker);
      if (seen.has(key)) continue;
      seen.add(key);
      const sentence = readingSentences(unit.text, tagged[unit.index].sentences).find(
        (s) => s.start <= slot.start && slot.end <= s.end,
      ) ?? { start: 0, end: unit.text.length };
      found.push({
        source: slot.name,
        target: maker,
        type: 'DEVELOPED_BY',
        targetIsCategory: false,
        confidence: 0.7,
        evidence: evidenceFor(unit, sentence)(slot.start),
        rule: 'maker-name',
      });
    }
  }
  const adjusted = relations.flatMap((relation): ExtractedRelation[] => {
    if (relation.rule === 'own-part' && seen.has(pairKey(relation.source, relation.target))) return [];
    if (relation.type === 'BUILT_ON' && makers.has(nameKey(relation.target)) && POWERED_BY.test(relation.evidence.text))
      return [{ ...relation, type: 'DEVELOPED_BY', rule: `${relation.rule}:maker` }];
    return [relation];
  });
  return adjusted.concat(found);

  /**
   * "Acme Zorp Server": the longest maker the name starts with, followed by a name word. A first word is a maker
   * too when the rest of the name, linked on its own, links to the maker's site ("Acme `Zorp
   * <https://docs.acme.example/zorp>`__").
   */
  function makerOf(name: string): string | null {
    const words = name.split(/\s+/);
    for (let n = words.length - 1; n >= 1; n--) {
      const [first, rest] = [words.slice(0, n).join(' '), words.slice(n).join(' ')];
      // "Acme Pods": a plural common noun after a name is things of it, not a product.
      if (!PRODUCT_REST.test(rest) || /^\p{Lu}\p{Ll}+[^s]s$/u.test(rest)) continue;
      const maker = makers.get(nameKey(first));
      if (maker) return maker;
      // A link of the whole name to its maker's site is no evidence: "Zorp Hub" links to zorp.example anyway.
      const linked = hosts.get(nameKey(rest)) ?? [];
      if (n === 1 && /^[a-z0-9]{3,}$/.test(nameKey(first)) && linked.some((h) => h.split('.').includes(nameKey(first))))
        return first;
    }
    return null;
  }
}

const POWERED_BY = /\b(?:powered|backed)\s+by\b/i;

function pairKey(source: string, target: string): string {
  return `${nameKey(source)}>${nameKey(target)}`;
}

function isOrganisation(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length > 1 && ORGANISATION_SUFFIXES.has(words[words.length - 1]);
}
