/**
 * Types that flow between the ingest stages (read → decode → parse → mentions → relations → resolve).
 * Everything carries `file` (relative to the ingest root, "/" separators) and a 1-based `line`.
 */

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
