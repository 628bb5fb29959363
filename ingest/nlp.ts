/**
 * The NLP layer: sentences, tokens and part-of-speech tags from wink-nlp with its English lite model (which ships in
 * the npm package, so nothing is downloaded). The model is loaded once, on first use.
 *
 * Many short texts (a document's prose units) are best tagged with `tagTexts`: one wink document per batch instead
 * of one per text saves wink's per-document set-up, a third of the tagging time, with the same results.
 */
import winkNLP, { type ItemSentence } from 'wink-nlp';
import { englishModel } from './nlp-model.js';
import { breakLongWords, MAX_WORD_CHARS } from './long-words.js';

/** A token with its character range in the tagged text and its universal POS tag. */
export interface Token {
  start: number;
  end: number;
  value: string;
  pos: string;
}

/** A sentence: its character range and the indexes of its tokens (start inclusive, end exclusive). */
export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
}

export interface TaggedText {
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/**
 * Only the annotations we read: sentence boundaries and POS. The default pipe also runs negation, sentiment, named
 * entities and custom entities, which neither change tokens, sentences nor tags nor are used here (a quarter of the
 * tagging time).
 */
export const NLP_PIPE = ['sbd', 'pos'];

/** Words the model's lexicon holds have ids below this; unknown words get new ids from here on. */
let lexiconSize = 0;

function loadNlp(): Nlp {
  if (!nlp) {
    nlp = winkNLP(englishModel(), NLP_PIPE);
    // The id given to a word no lexicon has marks where the lexicon ends.
    lexiconSize = nlp.readDoc('qxzvjkqwp').tokens().out(nlp.its.uniqueId)[0] as unknown as number;
  }
  return nlp;
}

/**
 * Whether the English model knows a lower-case word. "libzorp", "zorpsh" or "zorpd" are no English words: written in a
 * title, a definition term or a list of names, they are names even though the text writes them in lower case.
 */
export function isEnglishWord(word: string): boolean {
  if (word.length > MAX_WORD_CHARS) return false; // no English word is that long, and the tagger is slow on them
  // A wink document per question is costly and the same words are asked about again and again: remember answers.
  const known = englishWords.get(word);
  if (known !== undefined) return known;
  const engine = loadNlp();
  const ids = engine.readDoc(word).tokens().out(engine.its.uniqueId) as unknown as number[];
  const answer = ids.length > 0 && ids.every((id) => id < lexiconSize);
  if (englishWords.size >= MAX_REMEMBERED_WORDS) englishWords.clear();
  englishWords.set(word, answer);
  return answer;
}

const englishWords = new Map<string, boolean>();
/** Bounds the memory the answers take on huge inputs; past it, start afresh. */
const MAX_REMEMBERED_WORDS = 100_000;

/** Tags a text. Offsets refer to `text` itself; whitespace (including newlines) is never part of a token. */
export function tagText(text: string): TaggedText {
  return tagAndPlace(text).tagged;
}

/** The tags of a text, and whether every token stood exactly where wink's spacing put it (none had to be searched). */
function tagAndPlace(text: string): { tagged: TaggedText; exact: boolean } {
  const engine = loadNlp();
  const its = engine.its;
  text = breakLongWords(text);
  const doc = engine.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  const tokenIndexOf: number[] = []; // wink token index -> our token index (wink counts whitespace tokens too)
  let offset = 0;
  let exact = true;
  values.forEach((value, i) => {
    offset += spaces[i].length;
    // wink may normalise some characters; find the token in the text to keep offsets exact.
    const found = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
    if (found !== offset) exact = false;
    const start = found < 0 ? offset : found;
    tokenIndexOf.push(tokens.length);
    if (tags[i] !== 'SPACE' && value.trim() !== '')
      tokens.push({ start, end: start + value.length, value, pos: tags[i] });
    offset = start + value.length;
  });
  tokenIndexOf.push(tokens.length);
  const sentences: Sentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const firstToken = tokenIndexOf[first];
    const endToken = tokenIndexOf[last + 1];
    if (endToken <= firstToken) return;
    sentences.push({ start: tokens[firstToken].start, end: tokens[endToken - 1].end, firstToken, endToken });
  });
  return { tagged: { tokens, sentences }, exact };
}

/** Between texts tagged together. wink always ends a sentence at a blank line and never joins tokens across one. */
const SEPARATOR = '\n\n';
/** Texts per wink document, in characters: large enough to share the set-up, small enough to keep memory flat. */
const BATCH_CHARS = 50_000;

/**
 * Tags each text as `tagText` would, several texts per wink document. A text with a line break of its own is tagged
 * alone (it could merge with the separator). A batch is tagged again text by text when a token had to be searched
 * for (it could have been found in a later text) or a token or sentence would cross from one text into the next:
 * the separator rules that out, but this does not take it on trust.
 */
export function tagTexts(texts: readonly string[]): TaggedText[] {
  const results: TaggedText[] = new Array<TaggedText>(texts.length);
  let batch: number[] = [];
  let size = 0;
  texts.forEach((text, index) => {
    if (/[\n\r\u2028\u2029\v\f]/.test(text)) {
      results[index] = tagText(text);
      return;
    }
    batch.push(index);
    size += text.length + SEPARATOR.length;
    if (size >= BATCH_CHARS) {
      tagBatch(texts, batch, results);
      batch = [];
      size = 0;
    }
  });
  tagBatch(texts, batch, results);
  return results;
}

function tagBatch(texts: readonly string[], batch: readonly number[], results: TaggedText[]): void {
  if (batch.length === 0) return;
  const { tagged, exact } = tagAndPlace(batch.map((index) => texts[index]).join(SEPARATOR));
  const split = exact
    ? splitTagged(
        tagged,
        batch.map((index) => texts[index].length),
      )
    : null;
  batch.forEach((index, i) => (results[index] = split?.[i] ?? tagText(texts[index])));
}

/** The tags of joined texts, text by text; null when a token or sentence does not stay within one text. */
function splitTagged(joined: TaggedText, lengths: readonly number[]): TaggedText[] | null {
  const parts: TaggedText[] = [];
  let token = 0;
  let sentence = 0;
  let offset = 0;
  for (const length of lengths) {
    const end = offset + length;
    const firstToken = token;
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    for (; token < joined.tokens.length && joined.tokens[token].start < end + SEPARATOR.length; token++) {
      const { start, end: tokenEnd, value, pos } = joined.tokens[token];
      if (start < offset || tokenEnd > end) return null;
      tokens.push({ start: start - offset, end: tokenEnd - offset, value, pos });
    }
    for (
      ;
      sentence < joined.sentences.length && joined.sentences[sentence].start < end + SEPARATOR.length;
      sentence++
    ) {
      const { start, end: sentenceEnd, firstToken: first, endToken } = joined.sentences[sentence];
      if (start < offset || sentenceEnd > end) return null;
      sentences.push({
        start: start - offset,
        end: sentenceEnd - offset,
        firstToken: first - firstToken,
        endToken: endToken - firstToken,
      });
    }
    parts.push({ tokens, sentences });
    offset = end + SEPARATOR.length;
  }
  return token === joined.tokens.length && sentence === joined.sentences.length ? parts : null;
}
