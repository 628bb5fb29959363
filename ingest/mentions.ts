/**
 * AST → entity mentions with positions. Two passes, so that a name one document declares is found in all of them:
 * `declareNames` reads what each document names (titles, link texts, acronyms, proper nouns), then `placeMentions`
 * finds every known name and category phrase in each document's prose.
 */
import { acronymDeclarations } from './extract/acronyms.js';
import { categoryPhrases } from './extract/category-phrases.js';
import { categorySynonyms } from './extract/category-synonyms.js';
import { namesDeclaredIn } from './extract/declarations.js';
import { Gazetteer, type NameDeclaration } from './extract/gazetteer.js';
import { mendSentences } from './extract/mend-sentences.js';
import { lowercaseWords, plainProse } from './extract/proper-nouns.js';
import type { Slot } from './extract/types.js';
import { tagTexts, type TaggedText } from './nlp.js';
import { lineAt, proseUnits, type ProseUnit } from './prose.js';
import type { DocumentNode } from './rst/index.js';

export interface DeclaredDocument {
  file: string;
  units: ProseUnit[];
  tagged: TaggedText[];
  declarations: NameDeclaration[];
  /** Acronyms the text spells out in common words ("quux line (QLI)"): kinds of thing, not names. */
  commonAcronyms: string[];
}

/** A name or category phrase where the prose uses it. */
export interface NameMention {
  name: string;
  isCategory: boolean;
  file: string;
  line: number;
}

export interface PlacedDocument extends DeclaredDocument {
  /** Per prose unit, the names and category phrases in it, in order. */
  slots: Slot[][];
  mentions: NameMention[];
  /** Category phrases the text gives as one kind of thing: [term, synonym]. */
  categorySynonyms: [string, string][];
}

export function declareNames(document: DocumentNode, file: string): DeclaredDocument {
  const units = proseUnits(document, file);
  // Line breaks become spaces for the tagger (same offsets), so sentences may run across source lines.
  const tagged = tagTexts(units.map((unit) => unit.text.replace(/\n/g, ' '))).map((result, i) =>
    units[i].kind === 'title' ? asOneSentence(result) : mendSentences(result),
  );
  const commonWords = lowercaseWords(plainProse(units));
  const commonAcronyms = units.flatMap((unit) =>
    acronymDeclarations(unit.text)
      .filter((acronym) => acronym.common)
      .map((acronym) => acronym.short),
  );
  return { file, units, tagged, declarations: namesDeclaredIn(units, tagged, commonWords), commonAcronyms };
}

/** The names of all documents, for finding them anywhere. */
export function gazetteerOf(documents: readonly DeclaredDocument[]): Gazetteer {
  const gazetteer = new Gazetteer();
  for (const declaration of documents.flatMap((document) => document.declarations)) {
    // A concept a section is about ("Cloud computing") is a node of its own, not a name to find in sentences.
    if (declaration.signal === 'concept') continue;
    gazetteer.add(declaration.name);
    for (const alias of declaration.aliases) gazetteer.add(alias);
  }
  return gazetteer;
}

export function placeMentions(document: DeclaredDocument, gazetteer: Gazetteer): PlacedDocument {
  const slots = document.units.map((unit) => {
    const names: Slot[] = gazetteer
      .find(unit.text)
      .map((match) => ({ start: match.start, end: match.end, name: match.surface, isCategory: false }));
    const categories: Slot[] = categoryPhrases(unit.text, names).map((phrase) => ({
      start: phrase.start,
      end: phrase.end,
      name: phrase.category,
      isCategory: true,
    }));
    // A name that narrows a category ("ZNI" in "ZNI plugins") is kept on the category, not as a slot of its own.
    const inside = (name: Slot) => categories.find((c) => name.start >= c.start && name.end <= c.end);
    for (const name of names) {
      const category = inside(name);
      if (category) category.qualifier = name.name;
    }
    return [...names.filter((name) => !inside(name)), ...categories].sort((a, b) => a.start - b.start);
  });
  const mentions = document.units.flatMap((unit) =>
    slots[unit.index].map((slot) => ({
      name: slot.name,
      isCategory: slot.isCategory,
      file: document.file,
      line: lineAt(unit, slot.start),
    })),
  );
  const synonyms = document.units.flatMap((unit) => categorySynonyms(unit.text, slots[unit.index]));
  return { ...document, slots, mentions, categorySynonyms: synonyms };
}

/** A title is one sentence whatever its punctuation. */
function asOneSentence(tagged: TaggedText): TaggedText {
  if (tagged.tokens.length === 0) return tagged;
  const end = tagged.tokens[tagged.tokens.length - 1].end;
  return { tokens: tagged.tokens, sentences: [{ start: 0, end, firstToken: 0, endToken: tagged.tokens.length }] };
}
