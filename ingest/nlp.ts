/**
 * The NLP layer: sentences, tokens and part-of-speech tags from wink-nlp with its English lite model (which ships in
 * the npm package, so nothing is downloaded). The model is loaded once, on first use.
 */
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

function loadNlp(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Tags a text. Offsets refer to `text` itself; whitespace (including newlines) is never part of a token. */
export function tagText(text: string): TaggedText {
  const engine = loadNlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  const tokenIndexOf: number[] = []; // wink token index -> our token index (wink counts whitespace tokens too)
  let offset = 0;
  values.forEach((value, i) => {
    offset += spaces[i].length;
    // wink may normalise some characters; find the token in the text to keep offsets exact.
    const found = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
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
  return { tokens, sentences };
}
