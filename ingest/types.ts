/**
 * Types that flow between the ingest stages (read → decode → parse → mentions → relations → resolve).
 * Everything carries `file` (relative to the ingest root, "/" separators) and a 1-based `line`.
 */
import type { EntityKind, Evidence, RelationType } from '../graph/types.js';

/** A file as read from disk, before decoding. */
export interface RawDocument {
  file: string;
  bytes: Uint8Array;
}

/** A decoded document, ready to parse. */
export interface TextDocument {
  file: string;
  text: string;
}

/** What the pipeline accepts: raw bytes (decoded by the pipeline) or text already decoded. */
export type InputDocument = RawDocument | TextDocument;

/** A recoverable problem; printed as `file:line: message`. */
export interface IngestWarning {
  file: string;
  line: number;
  message: string;
}

/** Where a mention was found, which bounds how much it can be trusted to name an entity. */
export type MentionSource = 'section-title' | 'link-text';

/** A surface form that may name an entity, at the place it was written. */
export interface Mention {
  /** The text as written, whitespace collapsed, markup removed. */
  text: string;
  file: string;
  line: number;
  source: MentionSource;
  /** The link target, for link texts that point at one. */
  url?: string;
  /** The kind this mention suggests on its own; resolve settles the kind across all mentions of an entity. */
  kindHint: EntityKind;
  /** Title of the innermost section the mention stands in (the section itself for a title); null before any. */
  section: string | null;
}

/** A relation stated (or suggested) by the text, between two surface forms, before entity resolution. */
export interface RelationCandidate {
  source: string;
  target: string;
  type: RelationType;
  /** In (0, 1]: how sure the extractor is of this single piece of evidence. */
  confidence: number;
  evidence: Evidence;
}

/** Counts for the summary at the end of an ingest. */
export interface IngestStats {
  documents: number;
  sections: number;
  bytes: number;
  mentions: number;
  relationCandidates: number;
  warnings: number;
}

/** Progress of a long ingest, reported after each document. */
export interface IngestProgress {
  done: number;
  total: number;
  file: string;
  bytesDone: number;
  bytesTotal: number;
}
