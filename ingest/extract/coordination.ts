/**
 * Coordinated items: "Zorp, Quux CI, blipd and Frob", "(e.g., Zorp, Quux, Blip)". Conjuncts of one coordination are
 * things of one sort, so when most of them are names, the others written like names are names too.
 */

export interface CoordinatedItem {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose full stops end no sentence; blanked (same length) before the text is cut into clauses. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|cf)\.(?=[\s,)]|$)/gi;
/** What opens a conjunct without being part of it. */
const CONJUNCT_OPENER = /^(?:(?:and|or|as well as|the|a|an|also|like|e\.g\.|i\.e\.)\s+)+/i;
/** What closes a list without being one of its items. */
const FILLER = /^(?:(?:and|or)\s+)?(?:etc|many|more|others|so on|other|some)\b/i;
const MIN_ITEMS = 3;
const MAX_ITEM_WORDS = 6;

/**
 * The coordinations of a text with at least three conjuncts that `isItem` accepts, each as its items in order. A
 * conjunct's trailing bracket ("Zorp (Zero Orbit Protocol)") is left out of the item; the words before the first
 * item and after the last are read back only as far as `isItem` accepts them ("tools such as Zorp" → "Zorp").
 */
export function coordinations(text: string, isItem: (item: string) => boolean): CoordinatedItem[][] {
  const plain = text.replace(ABBREVIATIONS, (m) => ' '.repeat(m.length));
  const outer = blankBrackets(plain);
  const found: CoordinatedItem[][] = [];
  for (const [start, end] of clauses(outer.text)) found.push(...coordinationsIn(text, outer.text, start, end, isItem));
  for (const [start, end] of outer.inner) {
    for (const [s, e] of clauses(plain.slice(0, end))) {
      if (e > start) found.push(...coordinationsIn(text, plain, Math.max(s, start), e, isItem));
    }
  }
  return found;
}

function coordinationsIn(
  text: string,
  blanked: string,
  from: number,
  to: number,
  isItem: (item: string) => boolean,
): CoordinatedItem[][] {
  const runs: CoordinatedItem[][] = [];
  let run: CoordinatedItem[] = [];
  const close = () => {
    if (run.length >= MIN_ITEMS) runs.push(run);
    run = [];
  };
  // "Zorp, Quux and Blip": a conjunction parts conjuncts as a comma does.
  const chunks = splitAt(blanked, from, to, /,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|as well as)\s+/g);
  chunks.forEach(([start, end]) => {
    const whole = trimmed(text, blanked, start, end, true);
    if (whole && isItem(whole.text) && words(whole.text) <= MAX_ITEM_WORDS) {
      run.push(whole);
      return;
    }
    // The last conjunct runs on into the sentence: "and Blip are popular" gives "Blip".
    if (run.length > 0 && !FILLER.test(blanked.slice(start, end).trim())) {
      const lead = longestItem(text, blanked, start, end, isItem, 'lead');
      if (lead) run.push(lead);
    }
    close();
    // The first conjunct follows the words that introduce the list: "tools such as Zorp" gives "Zorp".
    const tail = longestItem(text, blanked, start, end, isItem, 'tail');
    if (tail) run.push(tail);
  });
  close();
  return runs;
}

/** The longest run of words at the start ('lead') or end ('tail') of a chunk that `isItem` accepts. */
function longestItem(
  text: string,
  blanked: string,
  start: number,
  end: number,
  isItem: (item: string) => boolean,
  side: 'lead' | 'tail',
): CoordinatedItem | null {
  const chunk = trimmed(text, blanked, start, end, side === 'lead');
  if (!chunk) return null;
  const spans = edgeWords(chunk.text, side, MAX_ITEM_WORDS);
  for (let n = Math.min(MAX_ITEM_WORDS, spans.length); n >= 1; n--) {
    const [s, e] = side === 'lead' ? [spans[0][0], spans[n - 1][1]] : [spans[spans.length - n][0], spans.at(-1)![1]];
    const piece = chunk.text.slice(s, e).replace(/[.;:!?]+$/, '');
    if (piece && isItem(piece)) return { text: piece, start: chunk.start + s, end: chunk.start + s + piece.length };
  }
  return null;
}

/**
 * The spans of the first (lead) or last (tail) `count` runs of non-white-space of a text, in text order: all that
 * longestItem reads of a chunk, which may be a long clause.
 */
export function edgeWords(text: string, side: 'lead' | 'tail', count: number): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  if (side === 'lead') {
    for (const m of text.matchAll(/\S+/g)) {
      spans.push([m.index, m.index + m[0].length]);
      if (spans.length === count) break;
    }
    return spans;
  }
  let end = text.length;
  while (spans.length < count) {
    while (end > 0 && SPACE.test(text[end - 1]!)) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
    spans.push([start, end]);
    end = start;
  }
  return spans.reverse();
}

/** One white-space unit, as `\s` reads it in `/\S+/g`. */
const SPACE = /\s/;

/** A chunk without surrounding space, brackets and end punctuation, and (for a conjunct) without "and", "the"… */
function trimmed(
  text: string,
  blanked: string,
  start: number,
  end: number,
  dropOpener: boolean,
): CoordinatedItem | null {
  const raw = blanked.slice(start, end);
  let s = raw.length - raw.trimStart().length;
  let e = raw.trimEnd().length;
  if (dropOpener) s += CONJUNCT_OPENER.exec(raw.slice(s))?.[0].length ?? 0;
  while (e > s && /[.;:!?"'”’*]/.test(raw[e - 1])) e--;
  if (e <= s) return null;
  const piece = text.slice(start + s, start + e).replace(/\s+/g, ' ');
  return /[()]/.test(blanked.slice(start + s, start + e)) ? null : { text: piece, start: start + s, end: start + e };
}

/** The text with every bracketed group blanked out, and the ranges inside the groups (each read on its own). */
function blankBrackets(text: string): { text: string; inner: [number, number][] } {
  const inner: [number, number][] = [];
  const blanked = text.replace(/\(([^()]*)\)/g, (group, _content: string, offset: number) => {
    inner.push([offset + 1, offset + group.length - 1]);
    return ' '.repeat(group.length);
  });
  return { text: blanked, inner };
}

/** Clauses: pieces between sentence or clause punctuation. */
function clauses(text: string): [number, number][] {
  return splitAt(text, 0, text.length, /[.;:!?](?=\s|$)/g);
}

function splitAt(text: string, from: number, to: number, separator: RegExp): [number, number][] {
  const pieces: [number, number][] = [];
  let start = from;
  for (const match of text.slice(from, to).matchAll(separator)) {
    pieces.push([start, from + match.index]);
    start = from + match.index + match[0].length;
  }
  pieces.push([start, to]);
  return pieces;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
