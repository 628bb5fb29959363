/** How names are compared, cleaned and turned into ids. */

/** The merge key of a name: case, spaces, hyphens, dots and underscores do not tell two things apart. */
export function nameKey(name: string): string {
  // Asked again and again about the same names (gazetteers, groups, labels): remember the answers.
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= MAX_REMEMBERED_KEYS) nameKeys.clear();
    key = name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\-_.'’/]+/g, '');
    nameKeys.set(name, key);
  }
  return key;
}

const nameKeys = new Map<string, string>();
/** Bounds the memory the keys take on huge inputs; past it, start afresh. */
const MAX_REMEMBERED_KEYS = 100_000;

/** A readable, stable id: the kebab slug of a name ("C++" → "c-plus-plus", "Hyper-Q" → "hyper-v"). */
export function slug(name: string): string {
  const text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return text || 'entity';
}

/** Collapses whitespace and trims the punctuation a name never starts or ends with. */
export function cleanName(text: string): string {
  // Asked again and again about the same phrases (each conjunct, label and term): remember the answers.
  let name = cleanNames.get(text);
  if (name === undefined) {
    if (cleanNames.size >= MAX_REMEMBERED_KEYS) cleanNames.clear();
    name = cleaned(text);
    cleanNames.set(text, name);
  }
  return name;
}

const cleanNames = new Map<string, string>();

function cleaned(text: string): string {
  let name = text
    .replace(/\s+/g, ' ')
    .replace(/['’]s$/, '')
    .replace(/^[\s"'“”‘’<[,;:.*-]+/, '')
    .replace(/[\s"'“”‘’>\],;:.*]+$/, '')
    .trim();
  // Brackets are kept only where they pair up inside the name: "X (Y)" stays, "(ZRI)" and "ZRI)" lose them.
  if (name.startsWith('(') && name.endsWith(')')) name = name.slice(1, -1);
  if (name.endsWith(')') && !name.includes('(')) name = name.slice(0, -1);
  if (name.startsWith('(') && !name.includes(')')) name = name.slice(1);
  return name.trim();
}

/** Singular form of an English noun as written in category names ("proxies" → "proxy", "meshes" → "mesh"). */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 3 || lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is')) return word;
  if (lower.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(sh|ch|x|ss|zz)es$/.test(lower)) return word.slice(0, -2);
  if (lower.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Whether a word is written like a name: a capital, a digit or a capital inside it ("runZ", "O8x", "Xyn"). */
export function isNameShaped(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /\p{L}\p{Lu}/u.test(word) || /\p{L}\d|\d\p{L}/u.test(word);
}
