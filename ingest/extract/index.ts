/**
 * Extraction of one parsed document: prose units → names the document declares → where they occur (slots) →
 * relations read from sentences, from lists and their lead-ins, and from the section structure.
 */
import { tagText, type TaggedText } from '../nlp.js';
import { lineAt, proseUnits, type ProseUnit } from '../prose.js';
import type { DocumentNode } from '../rst/index.js';
import { categoryPhrases } from './category-phrases.js';
import { declareNames } from './declarations.js';
import { Gazetteer, type NameDeclaration } from './gazetteer.js';
import { leadInRelations } from './list-relations.js';
import { lowercaseWords, plainProse } from './proper-nouns.js';
import { sentenceRelations } from './sentence-relations.js';
import { structureRelations } from './structure-relations.js';
import { Subjects } from './subjects.js';
import type { ExtractedRelation, Slot } from './types.js';

export interface NameMention {
  name: string;
  isCategory: boolean;
  file: string;
  line: number;
}

export interface DocumentExtraction {
  declarations: NameDeclaration[];
  mentions: NameMention[];
  relations: ExtractedRelation[];
}

export function extractDocument(document: DocumentNode, file: string): DocumentExtraction {
  const units = proseUnits(document, file);
  // Tagging replaces line breaks with spaces, keeping offsets, so sentences may run across source lines.
  const tagged: TaggedText[] = units.map((unit) =>
    unit.kind === 'title' ? titleTagging(unit) : tagText(unit.text.replace(/\n/g, ' ')),
  );
  const commonWords = lowercaseWords(plainProse(units));
  const declarations = declareNames(units, tagged, commonWords);
  const gazetteer = new Gazetteer();
  for (const declaration of declarations) {
    gazetteer.add(declaration.name);
    for (const alias of declaration.aliases) gazetteer.add(alias);
  }
  const slots: Slot[][] = units.map((unit) => {
    const names = gazetteer
      .find(unit.text)
      .map((m) => ({ start: m.start, end: m.end, name: m.surface, isCategory: false }));
    const categories = categoryPhrases(unit.text, names).map((c) => ({
      start: c.start,
      end: c.end,
      name: c.category,
      isCategory: true,
    }));
    return [...names, ...categories].sort((a, b) => a.start - b.start);
  });
  const slotsOf = (unit: ProseUnit) => slots[unit.index];
  const subjects = new Subjects(units, slotsOf);
  const evidenceFor = (unit: ProseUnit, sentence: { start: number; end: number }) => (offset: number) => ({
    file,
    line: lineAt(unit, offset),
    text: unit.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim(),
  });

  const relations: ExtractedRelation[] = [];
  let recentCategory: string | null = null;
  let titleCategory: string | null = null;
  let currentSection: number | null = null;
  for (const unit of units) {
    const section = unit.section?.unit ?? null;
    if (section !== currentSection) {
      currentSection = section;
      titleCategory = unit.section ? (slots[unit.section.unit].find((s) => s.isCategory)?.name ?? null) : null;
      recentCategory = titleCategory;
    }
    for (const sentence of tagged[unit.index].sentences) {
      const inSentence = slots[unit.index].filter((s) => s.start >= sentence.start && s.end <= sentence.end);
      relations.push(
        ...sentenceRelations({
          text: unit.text,
          start: sentence.start,
          end: sentence.end,
          slots: inSentence,
          implicitSubject: subjects.ofUnit(unit),
          // The title's category, when the text just spoke of a broader one ("a hypervisor" under "Type-2 hypervisors").
          recentCategory:
            titleCategory && recentCategory && titleCategory.endsWith(recentCategory) ? titleCategory : recentCategory,
          evidence: evidenceFor(unit, sentence),
        }),
      );
      recentCategory = inSentence.filter((s) => s.isCategory).pop()?.name ?? recentCategory;
    }
  }
  relations.push(...leadInRelations(units, tagged, slotsOf, subjects, evidenceFor));
  relations.push(...structureRelations(units, slotsOf, subjects, file));

  const mentions = units.flatMap((unit) =>
    slots[unit.index].map((s) => ({ name: s.name, isCategory: s.isCategory, file, line: lineAt(unit, s.start) })),
  );
  return { declarations, mentions, relations };
}

/** A title is one sentence; its words still need tags for proper nouns. */
function titleTagging(unit: ProseUnit): TaggedText {
  const tagged = tagText(unit.text.replace(/\n/g, ' '));
  if (tagged.tokens.length === 0) return tagged;
  const last = tagged.tokens[tagged.tokens.length - 1];
  return {
    tokens: tagged.tokens,
    sentences: [{ start: 0, end: last.end, firstToken: 0, endToken: tagged.tokens.length }],
  };
}
