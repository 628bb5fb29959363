/**
 * Enumerated-list markers, after docutils' Body.parse_enumerator / make_enumerator: which sequence a marker belongs
 * to, its ordinal, and what the next marker must look like.
 */

export type Sequence = 'arabic' | 'loweralpha' | 'upperalpha' | 'lowerroman' | 'upperroman' | '#';
export type EnumFormat = 'parens' | 'rparen' | 'period';

export interface Enumerator {
  format: EnumFormat;
  sequence: Sequence;
  text: string;
  /** null for an invalid Roman numeral. */
  ordinal: number | null;
}

const SEQUENCES: Exclude<Sequence, '#'>[] = ['arabic', 'loweralpha', 'upperalpha', 'lowerroman', 'upperroman'];
const SEQUENCE_PATTERNS: Record<Exclude<Sequence, '#'>, RegExp> = {
  arabic: /^[0-9]+$/,
  loweralpha: /^[a-z]$/,
  upperalpha: /^[A-Z]$/,
  lowerroman: /^[ivxlcdm]+$/,
  upperroman: /^[IVXLCDM]+$/,
};
const AFFIXES: Record<EnumFormat, [string, string]> = { parens: ['(', ')'], rparen: ['', ')'], period: ['', '.'] };

const ROMAN = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_MAP: [string, number][] = [
  ['M', 1000],
  ['CM', 900],
  ['D', 500],
  ['CD', 400],
  ['C', 100],
  ['XC', 90],
  ['L', 50],
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
];

export function fromRoman(text: string): number | null {
  if (!text || !ROMAN.test(text)) return null;
  let result = 0;
  let index = 0;
  for (const [numeral, value] of ROMAN_MAP) {
    while (text.startsWith(numeral, index)) {
      result += value;
      index += numeral.length;
    }
  }
  return result;
}

export function toRoman(value: number): string | null {
  if (value < 1 || value > 4999) return null;
  let rest = value;
  let out = '';
  for (const [numeral, amount] of ROMAN_MAP) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/** `match` is PATTERNS.enumerator's match: groups 1..3 hold the marker text for parens, rparen and period. */
export function parseEnumerator(match: RegExpExecArray, expected?: Sequence): Enumerator {
  const format: EnumFormat = match[1] !== undefined ? 'parens' : match[2] !== undefined ? 'rparen' : 'period';
  const text = match[1] ?? match[2] ?? match[3] ?? '';
  let sequence: Sequence | '' = '';
  if (text === '#') sequence = '#';
  else if (expected) {
    if (expected !== '#' && SEQUENCE_PATTERNS[expected].test(text)) sequence = expected;
  } else if (text === 'i') sequence = 'lowerroman';
  else if (text === 'I') sequence = 'upperroman';
  if (!sequence) sequence = SEQUENCES.find((name) => SEQUENCE_PATTERNS[name].test(text)) ?? 'arabic';
  return { format, sequence, text, ordinal: ordinalOf(sequence, text) };
}

function ordinalOf(sequence: Sequence, text: string): number | null {
  switch (sequence) {
    case '#':
      return 1;
    case 'arabic':
      return Number.parseInt(text, 10);
    case 'loweralpha':
    case 'upperalpha':
      return text.toLowerCase().charCodeAt(0) - 96;
    case 'lowerroman':
    case 'upperroman':
      return fromRoman(text.toUpperCase());
  }
}

/** The next item's marker and the auto marker, each with the space docutils requires after it; null if out of range. */
export function nextMarkers(ordinal: number, sequence: Sequence, format: EnumFormat): [string, string] | null {
  let marker: string | null;
  if (sequence === '#') marker = '#';
  else if (sequence === 'arabic') marker = String(ordinal);
  else if (sequence.endsWith('alpha')) marker = ordinal > 26 ? null : String.fromCharCode(ordinal + 96);
  else marker = toRoman(ordinal);
  if (marker === null) return null;
  marker = sequence.startsWith('upper')
    ? marker.toUpperCase()
    : sequence.startsWith('lower')
      ? marker.toLowerCase()
      : marker;
  const [prefix, suffix] = AFFIXES[format];
  return [`${prefix}${marker}${suffix} `, `${prefix}#${suffix} `];
}

/**
 * docutils' is_enumerated_list_item: the ordinal is valid and the next line is absent, blank, indented, or starts with
 * the following marker. Keeps "A. Smith wrote" style sentences from becoming lists.
 */
export function isListItem(found: Enumerator, nextLine: string | undefined): boolean {
  if (found.ordinal === null) return false;
  if (nextLine === undefined || nextLine === '' || nextLine[0] === ' ') return true;
  const markers = nextMarkers(found.ordinal + 1, found.sequence, found.format);
  return markers !== null && (nextLine.startsWith(markers[0]) || nextLine.startsWith(markers[1]));
}
