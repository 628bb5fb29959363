/** What the extraction stages hand each other inside ingest/extract/. */
import type { Evidence, RelationType } from '../../graph/types.js';
import type { ProseUnit } from '../prose.js';
import type { TaggedText } from '../nlp.js';
import type { NameDeclaration } from './gazetteer.js';
import type { Subjects } from './subjects.js';

/** A name or a category phrase found in a sentence, by its offsets in the prose unit. */
export interface Slot {
  start: number;
  end: number;
  /** The name as written, or the category (lower case, singular) for category slots. */
  name: string;
  isCategory: boolean;
  /** For a category narrowed by a name ("ZNI plugin"): that name as written. */
  qualifier?: string;
}

/** A relation read from the text, between names as written (resolve maps them to entities). */
export interface ExtractedRelation {
  source: string;
  target: string;
  type: RelationType;
  /** The target is a category phrase, not a name. */
  targetIsCategory: boolean;
  confidence: number;
  evidence: Evidence;
  /** Which reading produced it (for the eval's listings and for debugging). */
  rule: string;
}

/** The evidence of a relation read at `offset` of `sentence` in `unit`: its file, line and trimmed text. */
export type EvidenceFor = (unit: ProseUnit, sentence: { start: number; end: number }) => (offset: number) => Evidence;

/** Records that `name` is declared at `offset` of `unit` by `signal`. */
export type Declare = (
  unit: ProseUnit,
  offset: number,
  name: string,
  signal: NameDeclaration['signal'],
  aliases?: string[],
) => void;

/** What the stages that read a whole document's prose after its sentences are given (see relations.ts). */
export interface ProseReading {
  units: readonly ProseUnit[];
  tagged: readonly TaggedText[];
  slotsOf: (unit: ProseUnit) => readonly Slot[];
  subjects: Subjects;
  evidenceFor: EvidenceFor;
  file: string;
}
