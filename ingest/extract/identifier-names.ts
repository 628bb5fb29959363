/**
 * Whether an identifier spells a name: "zorpDisk" the "Zorp Data Disk", "zqElasticBlockStore" the "ZQ EBS",
 * "rbd" the "Rados Block Device". Its parts (split at capitals) must each be a word of the name, the initials of
 * words of it, or have a word of it as their initials; the name may have one word more after its first
 * ("zorpFile" the "Zorp File Volume").
 */
export function identifierSpells(identifier: string, name: string): boolean {
  const parts = identifier
    .split(/[-_]|(?<=\p{Ll})(?=\p{Lu})/u)
    .filter(Boolean)
    .map((part) => part.toLowerCase());
  const words = name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  if (parts.length === 0 || words.length === 0 || parts.join('') === words.join('')) return false;
  return matches(parts, 0, words, 0, 1);
}

function matches(parts: string[], i: number, words: string[], j: number, skips: number): boolean {
  if (i === parts.length) return j === words.length || (skips > 0 && j > 0 && j === words.length - 1);
  if (j === words.length) return false;
  if (parts[i] === words[j] && matches(parts, i + 1, words, j + 1, skips)) return true;
  // A word of the name that is the initials of several parts: "EBS" for "elastic", "block", "store".
  for (let k = 2; i + k <= parts.length; k++) {
    if (initials(parts.slice(i, i + k)) === words[j] && matches(parts, i + k, words, j + 1, skips)) return true;
  }
  // A part that is the initials of several words: "rbd" for "Rados Block Device".
  for (let k = 2; j + k <= words.length; k++) {
    if (initials(words.slice(j, j + k)) === parts[i] && matches(parts, i + 1, words, j + k, skips)) return true;
  }
  return skips > 0 && j > 0 && matches(parts, i, words, j + 1, skips - 1);
}

function initials(words: readonly string[]): string {
  return words.map((word) => word[0]).join('');
}
