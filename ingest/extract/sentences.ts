/**
 * Sentences as a reader sees them. The tagger may end a sentence at a dot inside a word ("Zorp.js", "Qux.io"):
 * a boundary with nothing between the dot and the next letter is not one, so the two pieces are read as one.
 */
import type { Sentence } from '../nlp.js';

export function readingSentences(text: string, sentences: readonly Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  for (const sentence of sentences) {
    const last = joined[joined.length - 1];
    if (last && sentence.start === last.end && text[last.end - 1] === '.' && /[\p{L}\p{N}]/u.test(text[last.end] ?? ''))
      joined[joined.length - 1] = { ...last, end: sentence.end, endToken: sentence.endToken };
    else joined.push(sentence);
  }
  return joined;
}
