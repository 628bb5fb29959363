/**
 * The tagger may end a sentence at a full stop inside a word ("Zorp.io", "Quux.js"): a sentence never ends where no
 * space follows, so such a break is undone and the two pieces are one sentence again.
 */
import type { Sentence, TaggedText } from '../nlp.js';

export function mendSentences(tagged: TaggedText): TaggedText {
  const { sentences } = tagged;
  if (sentences.length < 2) return tagged;
  const mended: Sentence[] = [{ ...sentences[0] }];
  for (let i = 1; i < sentences.length; i++) {
    const last = mended[mended.length - 1];
    const next = sentences[i];
    if (next.start === last.end && next.firstToken === last.endToken) {
      last.end = next.end;
      last.endToken = next.endToken;
    } else mended.push({ ...next });
  }
  return mended.length === sentences.length ? tagged : { tokens: tagged.tokens, sentences: mended };
}
