/**
 * Names that are one thing written differently, found before entities are built: prefixes and suffixes ("Project X",
 * "X Platform"), plurals, misspellings, and names qualified by another name.
 */
import type { NameDeclaration } from './extract/gazetteer.js';
import { GENERIC_TITLE_WORDS } from './extract/lexicon/section-words.js';
import { isPlainPlural } from './extract/name-shapes.js';
import { nameKey } from './extract/names.js';
import type { KeyGroups } from './key-groups.js';
import { isEnglishWord } from './nlp.js';

const PREFIXES = ['project', 'apache', 'the'];
// "Zorp Platform" is Zorp: the platform a product is, not a part of it.
export const SUFFIXES = ['project', 'platform'];
/** How strongly each signal declares a name: lower is stronger. */
export const SIGNAL_RANK: Record<NameDeclaration['signal'], number> = {
  term: 1,
  title: 0,
  concept: 0,
  link: 1,
  acronym: 2,
  alias: 3,
  code: 4,
  list: 5,
  compound: 5,
  'proper-noun': 6,
};

/**
 * Names that are one thing written differently: "Project X"/"X", "X Project"/"X", a plural "VMs"/"VM", and a name
 * qualified by another declared name, "Acme Azurite"/"Azurite" (the qualified part must be a real name, not an
 * acronym of two letters: "Travix CI" is not "CI", nor an acronym the text spells out in common words: "Acme QLI"
 * is not "QLI" where the text writes "quux line (QLI)"). "Consol Connect" never becomes "Consol": only the last part
 * of a qualified name is the same thing.
 */
export function mergeVariants(
  groups: KeyGroups,
  declared: readonly NameDeclaration[],
  commonAcronyms: ReadonlySet<string>,
): void {
  for (const key of groups.keys()) {
    for (const prefix of PREFIXES) {
      if (key.startsWith(prefix) && groups.hasKey(key.slice(prefix.length)))
        groups.unionKeys(key, key.slice(prefix.length));
    }
    for (const suffix of SUFFIXES) {
      if (key.endsWith(suffix) && groups.hasKey(key.slice(0, -suffix.length)))
        groups.unionKeys(key, key.slice(0, -suffix.length));
    }
  }
  // Plurals of names the text declares in the singular too ("VMs", "ReplicaSets", "Zorpfiles", "Micro OSes").
  // A plural of three letters only of an acronym ("VMs"): "Zes" is no plural of "Ze".
  const keysOfCapitalised = new Set(
    declared.filter((d) => (d.name.match(/\p{Lu}/gu) ?? []).length >= 2).map((d) => nameKey(d.name)),
  );
  // "APIs", "VMs": an acronym's plural, whatever letters end the acronym.
  const acronymPlurals = new Set(declared.filter((d) => /\p{Lu}e?s$/u.test(d.name)).map((d) => nameKey(d.name)));
  // A plural that only titles a section ("Engines" over "Engine") names the kind of what it holds.
  const notTitleOnly = new Set(declared.filter((d) => d.signal !== 'title').map((d) => nameKey(d.name)));
  for (const key of groups.keys()) {
    const singular = singularKeys(key, acronymPlurals.has(key)).find(
      (candidate) =>
        groups.hasKey(candidate) && (keysOfCapitalised.has(candidate) || (key.length > 3 && notTitleOnly.has(key))),
    );
    if (singular !== undefined) groups.unionKeys(key, singular);
  }
  // "Zorp OSes for Containers" titles a section on Zorp OSes: what a plain plural after "for" adds is its use.
  for (const { name } of declared) {
    const used = nameBeforeUse(name);
    if (used !== null && groups.hasKey(nameKey(used))) groups.union(name, used);
  }
  mergeMisspellings(groups);
  mergeSameLinkSuffixed(groups, declared);
  mergeInitials(groups, declared);
  mergeAliasQualified(groups, declared);
  mergeMakerShortened(groups, declared);
  mergeShortenedNames(groups, declared);
  const names = new Set(declared.flatMap((d) => [d.name, ...d.aliases]).map(nameKey));
  // A name used alone in several places ("Azurite ... Azurite") is one, even where the tagger alone saw it.
  const properNounUses = new Map<string, number>();
  for (const d of declared)
    if (d.signal === 'proper-noun') properNounUses.set(d.name, (properNounUses.get(d.name) ?? 0) + 1);
  // A name read from a list may be qualified ("Acme Azurite") but is not strong enough to be the part others qualify.
  // Nor is a concept a section is about ("Mesh"): "Acme Mesh" is no way of writing it.
  const isStrong = (d: NameDeclaration) => SIGNAL_RANK[d.signal] < SIGNAL_RANK.list && d.signal !== 'concept';
  // A compound ("Acme IoT") is a product of its first name, not its last: it is no qualified name.
  const strong = new Set(
    declared
      .filter((d) => d.signal !== 'proper-noun' && d.signal !== 'compound' && d.signal !== 'concept')
      .map((d) => d.name),
  );
  const strongOrAlias = new Set(declared.filter(isStrong).flatMap((d) => [d.name, ...d.aliases]));
  for (const name of strong) {
    const words = name.split(' ');
    for (let i = 1; i < words.length; i++) {
      const qualifier = words.slice(0, i).join(' ');
      const rest = words.slice(i).join(' ');
      // The qualified part must itself be declared by a strong signal: "Networking" alone is no name to merge on.
      // A common noun's acronym ("QLI") is distinctive by neither its capitals nor its uses.
      const common = commonAcronyms.has(rest);
      const distinctive =
        strongOrAlias.has(rest) ||
        (names.has(nameKey(rest)) && /\d|\p{Lu}{2,}|\p{L}\p{Lu}/u.test(rest) && !common) ||
        ((properNounUses.get(rest) ?? 0) >= 2 && !common) ||
        // ... or one word English does not know ("Zorpgate" after "Acme Zorpgate").
        (names.has(nameKey(rest)) && /^\p{Lu}\p{Ll}+$/u.test(rest) && !isEnglishWord(rest.toLowerCase()));
      // A qualifier no English word is a name even where the text writes it only there ("Acmecorp Zorp").
      const known =
        names.has(nameKey(qualifier)) || (/^\p{Lu}\p{L}+$/u.test(qualifier) && !isEnglishWord(qualifier.toLowerCase()));
      // "Zorpinit Containers" are containers of a kind: a plain plural is no name to merge on.
      const plainPlural = isPlainPlural(rest);
      if (rest.length >= 3 && known && distinctive && !plainPlural && !GENERIC_TITLE_WORDS.has(rest.toLowerCase())) {
        groups.union(name, rest);
      }
    }
  }
}

/**
 * "Quux Warden ... Warden": a capitalised word the tagger alone names, twice or more and each time right after (on the same line
 * or the next two) a name of capitalised words the text declares and which it ends, is that name shortened. Not where
 * the word is used on its own elsewhere ("Zorp" after "Acme Zorp" and alone later), nor declared by a stronger
 * signal, nor a generic word or plain plural. Two words or more ("Quux Warden" after "Acme Quux Warden") say it once:
 * so long a tail is no chance match, even of a name the tagger alone found.
 */
function mergeShortenedNames(groups: KeyGroups, declared: readonly NameDeclaration[]): void {
  const stronger = new Set(declared.filter((d) => d.signal !== 'proper-noun').flatMap((d) => [d.name, ...d.aliases]));
  // A long tail read also as a compound or from a list ("from Quux Warden") is still no name of its own.
  const strong = new Set(
    declared.filter((d) => SIGNAL_RANK[d.signal] < SIGNAL_RANK.list).flatMap((d) => [d.name, ...d.aliases]),
  );
  const fullNames = new Map<string, NameDeclaration[]>(); // file and last word → the names ending in it
  for (const d of declared) {
    const words = d.name.split(' ');
    // A name read only from a list is too weak to lend its label to one word ("Acme Zorp" in a list, "Zorp" after).
    if (words.length < 2 || SIGNAL_RANK[d.signal] > SIGNAL_RANK['proper-noun']) continue;
    if (!words.every((word) => /^[\p{Lu}\d]/u.test(word))) continue;
    const slot = `${d.file}\u0000${words[words.length - 1]}`;
    fullNames.set(slot, [...(fullNames.get(slot) ?? []), d]);
  }
  const shortened = new Map<string, Set<string> | null>(); // tail → the full names it follows, null if once alone
  const uses = new Map<string, number>();
  for (const d of declared) {
    const long = LONG_TAIL.test(d.name);
    const shape = long || /^\p{Lu}[\p{L}\p{N}-]{2,}$/u.test(d.name);
    if (d.signal !== 'proper-noun' || (long ? strong : stronger).has(d.name) || !shape) continue;
    if (isPlainPlural(d.name) || GENERIC_TITLE_WORDS.has(d.name.toLowerCase())) continue;
    const last = d.name.slice(d.name.lastIndexOf(' ') + 1);
    const full = fullNames.get(`${d.file}\u0000${last}`)?.find(
      (f) =>
        f.line <= d.line &&
        f.line >= d.line - 2 &&
        f.name.endsWith(` ${d.name}`) &&
        // Found on the full name's own line, a long tail may be the tagger reading part of that very name.
        (long ? f.line < d.line : SIGNAL_RANK[f.signal] < SIGNAL_RANK.list),
    );
    uses.set(d.name, (uses.get(d.name) ?? 0) + 1);
    const seen = shortened.get(d.name);
    shortened.set(d.name, !full || seen === null ? null : (seen ?? new Set()).add(nameKey(full.name)));
  }
  // One word twice at least: a word the tagger saw once is too weak a sign ("Acme Zorp ... Zorp" once may be another).
  for (const [tail, full] of shortened) {
    if (full?.size === 1 && (LONG_TAIL.test(tail) || uses.get(tail)! >= 2)) groups.union([...full][0], tail);
  }
}

/** Two capitalised words or more: "Quux Warden". */
const LONG_TAIL = /^\p{Lu}[\p{L}\p{N}-]+(?: \p{Lu}[\p{L}\p{N}-]+)+$/u;

/** "Zorp OSes for Containers" → "Zorp OSes": a name and the plain plural it is for, or null. */
export function nameBeforeUse(name: string): string | null {
  const purpose = /^(.+) for (\p{Lu}?\p{Ll}+s)$/u.exec(name);
  return purpose && isPlainPlural(purpose[2]) ? purpose[1] : null;
}

/**
 * The keys a plural key may be the plural of: "zorps" → "zorp", "microoses" → "microose", "microos"; "proxies" → "proxy".
 * Keys ending in "ss", "us" or "is" are no plurals ("zorpus"), unless written as an acronym's ("ZPIs").
 */
export function singularKeys(key: string, ofAcronym: boolean): string[] {
  if (key.length < 3 || !key.endsWith('s') || (/(?:ss|us|is)$/.test(key) && !ofAcronym)) return [];
  if (key.endsWith('ies')) return [`${key.slice(0, -3)}y`];
  return key.endsWith('es') ? [key.slice(0, -1), key.slice(0, -2)] : [key.slice(0, -1)];
}

/**
 * Names the text misspells once ("Orchestrixx Engine", "Zorpline"/"Zorpilne"): long keys one letter apart inside the
 * word (a letter more, less, changed or two swapped), never at either end, where real names differ ("zorpd",
 * "zorp2"), nor in a digit.
 */
function mergeMisspellings(groups: KeyGroups): void {
  const buckets = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const s = stem(key);
    if (s.length < 8) continue;
    // Misspellings keep the first two letters and the last (a far swap may reach the one before it).
    const bucket = `${s.slice(0, 2)}|${s.slice(-1)}`;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), key]);
  }
  for (const keys of buckets.values()) {
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        if (oneInnerLetterApart(stem(keys[i]), stem(keys[j]))) groups.unionKeys(keys[i], keys[j]);
      }
    }
  }
}

/**
 * "ZQS" where one name the text declares strongly has those initials ("Zorp quuxSwitch"): an acronym the text uses
 * without declaring it is that name's, when no other name of the document has them.
 */
function mergeInitials(groups: KeyGroups, declared: readonly NameDeclaration[]): void {
  const byInitials = new Map<string, Set<string>>(); // file and initials → names
  for (const d of declared) {
    if (SIGNAL_RANK[d.signal] > SIGNAL_RANK.link || !/\s/.test(d.name)) continue;
    const initials = d.name
      .split(/\s+|(?<=\p{Ll})(?=\p{Lu})/u)
      .map((word) => word[0])
      .join('');
    if (!/^\p{Lu}+$/u.test(initials.toUpperCase()) || initials.length < 3) continue;
    const slot = `${d.file}\u0000${initials.toUpperCase()}`;
    byInitials.set(slot, (byInitials.get(slot) ?? new Set()).add(d.name));
  }
  for (const d of declared) {
    if (!/^\p{Lu}{3,5}$/u.test(d.name) || d.aliases.length > 0) continue;
    const names = byInitials.get(`${d.file}\u0000${d.name}`);
    if (names?.size === 1) groups.union(d.name, [...names][0]);
  }
}

/**
 * "Zorp" and "ZorpFS" linked to the same page: a name and that name with a few letters more written into it are one
 * thing. "Zorp" and "Zorp Swarm" stay two whatever they link to.
 */
function mergeSameLinkSuffixed(groups: KeyGroups, declared: readonly NameDeclaration[]): void {
  const namesOf = new Map<string, Set<string>>();
  for (const d of declared) {
    if (d.signal !== 'link' || d.url === undefined || /\s/.test(d.name)) continue;
    namesOf.set(d.url, (namesOf.get(d.url) ?? new Set()).add(d.name));
  }
  for (const names of namesOf.values()) {
    for (const a of names) {
      for (const b of names) {
        const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
        if (la.length >= 4 && lb.startsWith(la) && /^\p{Ll}{1,3}$/u.test(lb.slice(la.length))) groups.union(a, b);
      }
    }
  }
}

/**
 * "ZF Volume Service" and "Zorp Foundry Volume Services", where ZF is Zorp Foundry: names that differ only in which
 * name of one thing qualifies the same words are one name.
 */
function mergeAliasQualified(groups: KeyGroups, declared: readonly NameDeclaration[]): void {
  const seen = new Map<string, string>();
  for (const name of new Set(declared.map((d) => d.name))) {
    const words = name.split(' ');
    for (let i = 1; i < words.length; i++) {
      const qualifier = nameKey(words.slice(0, i).join(' '));
      if (!groups.hasKey(qualifier)) continue;
      const rest = nameKey(words.slice(i).join(' '));
      const slot = `${groups.root(qualifier)}|${rest.length > 4 ? rest.replace(/([^s])s$/, '$1') : rest}`;
      const other = seen.get(slot);
      if (other === undefined) seen.set(slot, name);
      else groups.union(other, name);
    }
  }
}

/**
 * "Acme Cloud Services ZX2" and "Acme ZX2": a distinctive name qualified by a maker the text names in full, and by
 * that maker's first word, is one name. "Acme Zorp" and "Acme Cloud Services Zorp" may be two things: only a name
 * with a digit or two capitals is so distinctive.
 */
function mergeMakerShortened(groups: KeyGroups, declared: readonly NameDeclaration[]): void {
  for (const name of new Set(declared.map((d) => d.name))) {
    const words = name.split(' ');
    const rest = words[words.length - 1];
    if (words.length < 4 || !/\d|\p{Lu}{2,}/u.test(rest) || !groups.hasKey(nameKey(words.slice(0, -1).join(' ')))) {
      continue;
    }
    const short = `${words[0]} ${rest}`;
    if (groups.hasKey(nameKey(short))) groups.union(name, short);
  }
}

/** A long key less a plural "s": misspellings are compared in the singular. */
export function stem(key: string): string {
  return key.length > 8 && /[^s]s$/.test(key) ? key.slice(0, -1) : key;
}

export function oneInnerLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const [da, db] = [a.slice(start, endA + 1), b.slice(start, endB + 1)];
  const inner = start >= 2 && endA <= a.length - 3 && endB <= b.length - 3;
  const letters = /^\p{L}*$/u.test(da + db);
  const swapped = da.length === 2 && db.length === 2 && da[0] === db[1] && da[1] === db[0];
  // Two letters swapped a few apart ("Zorpcaster"/"Zorpsactcr"), the last of them allowed before the final letter.
  const farSwap =
    da.length === db.length &&
    da.length >= 3 &&
    da.length <= 6 &&
    da[0] === db[db.length - 1] &&
    da[da.length - 1] === db[0] &&
    da.slice(1, -1) === db.slice(1, -1);
  const nearlyInner = start >= 2 && endA <= a.length - 2 && endB <= b.length - 2;
  return (
    letters &&
    ((inner && (da.length + db.length === 1 || (da.length === 1 && db.length === 1) || swapped)) ||
      (nearlyInner && farSwap))
  );
}

/** Union-find over name keys. */
