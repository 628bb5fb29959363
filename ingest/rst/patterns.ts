/**
 * How docutils' Body state classifies the first line of a block. The order of KINDS is the order in which docutils
 * tries its transitions; the first match wins.
 */

const ENUM = '(?:[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)';
const ALPHANUM = '[a-zA-Z0-9]';
const OPTARG = '(?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)';
const SHORTOPT = `(?:-|\\+)${ALPHANUM}(?: ?${OPTARG})?`;
const LONGOPT = `(?:--|/)${ALPHANUM}[a-zA-Z0-9_-]*(?:[ =]${OPTARG})?`;
const OPTION = `(?:${SHORTOPT}|${LONGOPT})`;

export const PATTERNS = {
  bullet: /^[-+*\u2022\u2023\u2043]( +|$)/,
  enumerator: new RegExp(`^(?:\\((${ENUM})\\)|(${ENUM})\\)|(${ENUM})\\.)( +|$)`),
  field_marker: /^:(?![: ])(?:[^:\\]|\\.|:(?!(?:[ `]|$)))*(?<! ):( +|$)/,
  option_marker: new RegExp(`^${OPTION}(?:, ${OPTION})*(?:  +| ?$)`),
  doctest: /^>>>( +|$)/,
  line_block: /^\|( +|$)/,
  grid_table_top: /^\+-[-+]+-\+ *$/,
  simple_table_top: /^=+( +=+)+ *$/,
  explicit_markup: /^\.\.( +|$)/,
  anonymous: /^__( +|$)/,
  line: /^([!-/:-@[-`{-~])\1* *$/,
} as const;

export type LineKind = keyof typeof PATTERNS | 'blank' | 'indent' | 'text';

export const KINDS = Object.keys(PATTERNS) as (keyof typeof PATTERNS)[];

/** The docutils transition a line triggers in the Body state (before any transition correction). */
export function classify(text: string): LineKind {
  if (text === '') return 'blank';
  if (text[0] === ' ') return 'indent';
  for (const kind of KINDS) if (PATTERNS[kind].test(text)) return kind;
  return 'text';
}
