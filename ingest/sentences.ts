/**
 * Inline runs → plain-text sentences with the line each starts on, for evidence. Markup is dropped the way
 * docutils' astext() drops it: a link contributes its text, emphasis its content.
 */
import type { InlineNode } from './rst/index.js';

export interface Sentence {
  text: string;
  line: number;
}

interface Piece {
  start: number;
  line: number;
  value: string;
}

/** The plain text of inline nodes, and a function giving the source line of any offset in it. */
export function flattenInline(nodes: readonly InlineNode[], fallbackLine: number) {
  const pieces: Piece[] = [];
  let text = '';
  for (const node of nodes) {
    const value = plainValue(node);
    pieces.push({ start: text.length, line: node.line, value });
    text += value;
  }
  const lineAt = (offset: number): number => {
    let piece: Piece | undefined;
    for (const candidate of pieces) if (candidate.start <= offset) piece = candidate;
    if (!piece) return fallbackLine;
    const before = piece.value.slice(0, offset - piece.start);
    return piece.line + (before.match(/\n/g)?.length ?? 0);
  };
  return { text, lineAt };
}

function plainValue(node: InlineNode): string {
  switch (node.type) {
    case 'reference':
      return node.text;
    case 'substitution_reference':
      return node.name;
    case 'footnote_reference':
    case 'citation_reference':
      return '';
    default:
      return node.value;
  }
}

// A sentence ends at . ! or ? followed by space and something that can start a sentence. Abbreviations such as
// "e.g." are followed by lower case, so they rarely split.
const SENTENCE_END = /[.!?]+["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}])/gu;

/** Splits inline content into sentences, whitespace collapsed, each with the line it starts on. */
export function splitSentences(nodes: readonly InlineNode[], fallbackLine: number): Sentence[] {
  const { text, lineAt } = flattenInline(nodes, fallbackLine);
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const clean = raw.replace(/\s+/g, ' ').trim();
    if (clean) sentences.push({ text: clean, line: lineAt(start + leading) });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].trimEnd().length;
    push(end);
    start = (match.index ?? 0) + match[0].length;
  }
  push(text.length);
  return sentences;
}
