/**
 * Acronyms the text declares: "Zorp Runtime Interface (ZRI)", "ZRI (Zorp Runtime Interface)",
 * "QVM (for Quick Virtual Machine)", numeronyms such as "Orchestrix (O8x)"; and acronyms it spells out in common
 * words, "quux line (QLI)", which name a kind of thing rather than a product.
 */

export interface AcronymDeclaration {
  long: string;
  short: string;
  /** Offsets of the long form in the text. */
  start: number;
  end: number;
  /** Spelt out in lower-case words ("quux line (QLI)"): a common noun, not a name. */
  common: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[-.'’][\p{L}\p{N}+#]+)*/gu;
const SHORT_FORM = /^[\p{Lu}\d][\p{L}\d+-]{1,9}$/u;
const SKIPPABLE = new Set(['of', 'and', 'for', 'the', 'a', 'an', 'as', 'on', 'in', '&', 'to']);

/** Every acronym declaration in a text. */
export function acronymDeclarations(text: string): AcronymDeclaration[] {
  const found: AcronymDeclaration[] = [];
  for (const match of text.matchAll(/\(\s*(?:for\s+)?([^()]{1,80}?)\s*\)/g)) {
    const inner = match[1].replace(/\s+/g, ' ');
    const open = match.index;
    const before = wordsBefore(text, open, 8);
    if (SHORT_FORM.test(inner) && /\p{Lu}/u.test(inner)) {
      // Long form first: the words before the bracket that the short form abbreviates.
      for (let n = 1; n <= before.length; n++) {
        const words = before.slice(before.length - n);
        const texts = words.map((w) => w.text);
        const common = texts.every((word) => /^\p{Ll}+$/u.test(word));
        if (!/^\p{Lu}/u.test(texts[0]) && !/\d/.test(texts[0]) && !common) continue;
        if (common ? spellsOut(inner, texts) : abbreviates(inner, texts)) {
          const [start, end] = [words[0].start, words[words.length - 1].end];
          found.push({ long: text.slice(start, end), short: inner, start, end, common });
          break;
        }
      }
      continue;
    }
    // "Zorp Quick Engine (Zorp QE)": the short form keeps the first words and abbreviates the rest.
    const shared = sharedWordShortForm(inner, before);
    if (shared) {
      found.push({ ...shared, short: inner, long: text.slice(shared.start, shared.end), common: false });
      continue;
    }
    // Short form first: "QVM (for Quick Virtual Machine)", "Z/Q (the Zorp Quux)".
    const last = slashedShortForm(text, open) ?? before[before.length - 1]?.text;
    const long = inner.replace(/^the /i, '');
    const innerWords = [...long.matchAll(WORD)].map((m) => m[0]);
    if (last && SHORT_FORM.test(last.replace('/', '')) && /\p{Lu}{2}/u.test(last) && innerWords.length >= 2) {
      if (abbreviates(last, innerWords)) {
        const start = open + match[0].indexOf(inner) + inner.length - long.length;
        found.push({ long, short: last, start, end: start + long.length, common: false });
      }
    }
  }
  return found;
}

function sharedWordShortForm(
  inner: string,
  before: readonly { text: string; start: number; end: number }[],
): { start: number; end: number } | null {
  const innerWords = inner.split(' ');
  const short = innerWords[innerWords.length - 1];
  if (innerWords.length < 2 || innerWords.length > 3 || !SHORT_FORM.test(short) || !/\p{Lu}{2}/u.test(short)) {
    return null;
  }
  const kept = innerWords.slice(0, -1);
  for (let n = kept.length + 2; n <= before.length; n++) {
    const words = before.slice(before.length - n);
    const same = kept.every((word, i) => words[i].text === word);
    const rest = words.slice(kept.length).map((w) => w.text);
    if (same && abbreviates(short, rest)) return { start: words[0].start, end: words[words.length - 1].end };
  }
  return null;
}

/** Whether `short` abbreviates the words: initials (skipping small words), capitals inside words, or a numeronym. */
export function abbreviates(short: string, words: string[]): boolean {
  const letters = short.replace(/[^\p{L}\d]/gu, '').toLowerCase();
  if (letters.length < 2) return false;
  // "Function-as-a-Service (FaaS)": a hyphenated compound abbreviates like the words it joins.
  if (words.length === 1 && /[-]/.test(words[0])) return abbreviates(short, words[0].split('-').filter(Boolean));
  if (words.length === 1) return isNumeronym(short, words[0]);
  const significant = words.filter((w) => !SKIPPABLE.has(w.toLowerCase()));
  // Each word must give at least one letter, in order; a word may give several of its capitals or parts. Small
  // words count when the short form spells them ("IaaS" for "Infrastructure as a Service").
  return [significant, words].some(
    (candidate) => candidate.length >= 2 && candidate.length <= letters.length && matchWords(letters, 0, candidate, 0),
  );
}

/**
 * Lower-case words an acronym stands for, where prose often leaves out its last word ("quux line (QLI)" for quux
 * line interface): two words or more whose initials begin the acronym, with at most one letter left over.
 */
function spellsOut(short: string, words: string[]): boolean {
  // "quux machines (QMs)": the plural of the acronym of a plural.
  if (words.length < 2 || !/^\p{Lu}{2,}s?$/u.test(short)) return false;
  const letters = short.replace(/s$/, '').toLowerCase();
  const significant = words.filter((w) => !SKIPPABLE.has(w));
  if (abbreviates(short, significant)) return true;
  const initials = significant.map((w) => w[0]).join('');
  return significant.length >= 2 && letters.startsWith(initials) && letters.length - initials.length <= 1;
}

/** Digits that stand for a word in short forms: "Z2Q" for "Zorp-to-Quux". */
const WORD_DIGITS: Record<string, string> = { to: '2', two: '2', for: '4', four: '4' };

function matchWords(letters: string, li: number, words: string[], wi: number): boolean {
  if (wi === words.length) return li === letters.length;
  if (li === letters.length) return false;
  const parts = words[wi].split(/[-]/).filter(Boolean);
  const candidates = new Set<string>();
  // the word's initial, the initials of its hyphenated parts, and its initial plus its inner capitals
  let initials = '';
  for (const part of parts) {
    initials += part[0].toLowerCase();
    candidates.add(initials);
  }
  const digit = WORD_DIGITS[words[wi].toLowerCase()];
  if (digit) candidates.add(digit);
  const capitals = words[wi][0].toLowerCase() + (words[wi].slice(1).match(/\p{Lu}/gu) ?? []).join('').toLowerCase();
  for (let n = 1; n <= capitals.length; n++) candidates.add(capitals.slice(0, n));
  for (const prefix of candidates) {
    if (letters.startsWith(prefix, li) && matchWords(letters, li + prefix.length, words, wi + 1)) return true;
  }
  return false;
}

/** "O8x" for "Orchestrix": first letter, the count of the letters between, last letter. */
function isNumeronym(short: string, word: string): boolean {
  const match = /^(\p{L})(\d+)(\p{L})$/u.exec(short);
  if (!match) return false;
  const [, first, count, last] = match;
  return (
    word.length === Number(count) + 2 &&
    word[0].toLowerCase() === first.toLowerCase() &&
    word[word.length - 1].toLowerCase() === last.toLowerCase()
  );
}

/** "Z/Q" right before a bracket: a short form with one slash between capitals, as the text writes it. */
function slashedShortForm(text: string, open: number): string | undefined {
  return /(?:^|[\s`(])(\p{Lu}[\p{Lu}\d]*\/\p{Lu}[\p{Lu}\d]*)\s*$/u.exec(text.slice(Math.max(0, open - 20), open))?.[1];
}

function wordsBefore(text: string, offset: number, max: number): { text: string; start: number; end: number }[] {
  const windowStart = Math.max(0, offset - 120);
  const slice = text.slice(windowStart, offset);
  // Stop at clause punctuation: the long form never spans a comma or a full stop.
  const clauseStart = Math.max(
    slice.lastIndexOf(','),
    slice.lastIndexOf('.'),
    slice.lastIndexOf(':'),
    slice.lastIndexOf(';'),
  );
  const words = [...slice.slice(clauseStart + 1).matchAll(WORD)].map((m) => ({
    text: m[0],
    start: windowStart + clauseStart + 1 + m.index,
    end: windowStart + clauseStart + 1 + m.index + m[0].length,
  }));
  return words.slice(-max);
}
