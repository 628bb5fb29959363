/**
 * fast-check arbitraries for one parameter's value, derived from its JSON Schema: valid values (from the served
 * graph's own vocabulary), the schema's boundaries and one past them, wrong types, oversized values, and hostile
 * bytes (NUL, control characters, bad percent-encoding, non-UTF-8, traversal, injection-looking text). Values come
 * out as they go on the wire: already percent-encoded, or deliberately not.
 */
import fc from 'fast-check';
import type { ParameterSchema } from './operations.js';

/** Real values taken from the API itself, so valid requests reach real answers. */
export interface Vocabulary {
  ids: readonly string[];
  labels: readonly string[];
  files: readonly string[];
  relationTypes: readonly string[];
  questions: readonly string[];
}

/** Malformed on the wire: escapes that do not decode, bytes that are not UTF-8, NUL and control characters. */
export const MALFORMED = [
  '%',
  '%0',
  '%G1',
  '%ZZ',
  '%E0%A4%A',
  '%FF',
  '%FF%FE',
  '%C3%28',
  '%C0%AF',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%00',
  'a%00b',
  '%0A',
  '%0D%0A',
  '%09',
  '%7F',
  '%1B%5B31m',
  '\u00ff', // sent as the raw byte 0xff
  '\u00e9',
];

/** Well-formed but hostile or surprising once decoded. */
export const TRICKY = [
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '../../../../etc/passwd',
  '/etc/passwd',
  'notes/../../../etc/passwd',
  'notes/./zephyr.rst',
  'notes//zephyr.rst',
  '....//....//etc/passwd',
  '..%5C..%5Cwindows%5Cwin.ini',
  'C:%5Cwindows',
  'file:///etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%252e%252e%252f',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%7B%22%24gt%22%3A%22%22%7D',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'null',
  'undefined',
  '[]',
  "'%20OR%201%3D1--",
  'MATCH%20(n)%20DETACH%20DELETE%20n',
  '%24%7Bjndi%3Aldap%3A%2F%2Fx%7D',
  '%F0%9F%92%A5',
  '%E2%80%AE',
  '%EF%BB%BF',
  ',',
  ',,',
  'a,b',
  '+',
  '%20',
  '%20%20%20',
  '*',
  '.',
  '..',
];

/** Not integers, though each looks like one to some parser. */
const NOT_INTEGERS = ['', '1.5', '1e2', '0x10', '+1', '%201', '1%20', '-0', '01', 'NaN', 'Infinity', 'one', '1,2'];

const encode = (text: string): string => encodeURIComponent(text);

/** Values of exactly, and just past, the schema's length limits, plus ones past the API's URL limits. */
function lengthBoundaries(schema: ParameterSchema): string[] {
  const values = ['%41'.repeat(700), 'a'.repeat(3000), 'a'.repeat(5000)];
  if (schema.maxLength !== undefined) {
    values.push('a'.repeat(schema.maxLength), 'a'.repeat(schema.maxLength + 1), '%C3%A9'.repeat(schema.maxLength));
  }
  if (schema.minLength !== undefined && schema.minLength > 0) values.push('a'.repeat(schema.minLength - 1));
  return values;
}

function integerValues(schema: ParameterSchema): fc.Arbitrary<string> {
  const min = schema.minimum ?? -1_000_000;
  const max = schema.maximum ?? 1_000_000;
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min, max: Math.min(max, min + 40) }).map(String) },
    { weight: 2, arbitrary: fc.integer({ min, max }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom(min, max, min - 1, max + 1, 0, -1).map(String) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.constantFrom('9'.repeat(7), '9'.repeat(400), String(Number.MAX_SAFE_INTEGER + 2)) },
    { weight: 2, arbitrary: fc.constantFrom(...NOT_INTEGERS) },
  );
}

function enumValues(choices: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...choices) },
    { weight: 1, arbitrary: fc.constantFrom(...choices).map((choice) => choice.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...choices).map((choice) => `${choice},${choice}`) },
    { weight: 1, arbitrary: fc.constantFrom('gadget', '', '%20', 'null') },
  );
}

/**
 * Values that fit a parameter by its name, so a fair share of requests get past validation to real answers. A
 * parameter not named here still gets the generic mix: a new route is fuzzed, only less deeply.
 */
function fittingValues(name: string, vocabulary: Vocabulary): fc.Arbitrary<string> | undefined {
  const ids = fc.constantFrom(...vocabulary.ids);
  const names = fc.oneof(ids, fc.constantFrom(...vocabulary.labels));
  const list = (items: readonly string[], minLength: number, maxLength: number) =>
    fc.uniqueArray(fc.constantFrom(...items), { minLength, maxLength }).map((chosen) => chosen.join(','));
  const fitting: Record<string, fc.Arbitrary<string>> = {
    id: ids,
    q: fc.oneof(names, fc.constantFrom(...vocabulary.questions)),
    from: names,
    to: names,
    ids: list(vocabulary.ids, 2, 4),
    types: list(vocabulary.relationTypes, 1, 3),
    file: fc.constantFrom(...vocabulary.files),
  };
  return fitting[name]?.map(encode);
}

function textValues(name: string, vocabulary: Vocabulary): fc.Arbitrary<string> {
  const words = [...vocabulary.ids, ...vocabulary.labels, ...vocabulary.relationTypes];
  const word = fc.constantFrom(...words);
  const generic = fc.oneof(
    { weight: 3, arbitrary: word.map(encode) },
    { weight: 2, arbitrary: fc.constantFrom(...vocabulary.files).map(encode) },
    { weight: 2, arbitrary: fc.constantFrom(...vocabulary.questions).map(encode) },
    // Comma lists: valid ones for `ids` and `types`, and every wrong count or repetition around them.
    { weight: 3, arbitrary: fc.array(word, { minLength: 1, maxLength: 5 }).map((items) => encode(items.join(','))) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }).map(encode) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }).map(encode) },
  );
  const fitting = fittingValues(name, vocabulary);
  return fitting ? fc.oneof({ weight: 2, arbitrary: fitting }, { weight: 1, arbitrary: generic }) : generic;
}

/** Values of the right type, mostly valid: the ones a well-meaning client sends, typos and all. */
export function plausibleValue(name: string, schema: ParameterSchema, vocabulary: Vocabulary): fc.Arbitrary<string> {
  if (schema.enum) return enumValues(schema.enum);
  if (schema.type === 'integer') return integerValues(schema);
  return textValues(name, vocabulary);
}

/** Any value for a parameter with this schema, weighted towards values the route can accept. */
export function parameterValue(name: string, schema: ParameterSchema, vocabulary: Vocabulary): fc.Arbitrary<string> {
  const plausible = plausibleValue(name, schema, vocabulary);
  const piece = fc.oneof(plausible, fc.constantFrom(...MALFORMED, ...TRICKY));
  return fc.oneof(
    { weight: 6, arbitrary: plausible },
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED, ...TRICKY) },
    { weight: 1, arbitrary: fc.constantFrom(...lengthBoundaries(schema)) },
    { weight: 2, arbitrary: fc.array(piece, { minLength: 2, maxLength: 4 }).map((pieces) => pieces.join('')) },
  );
}

/** A value for a path segment: the same, with the characters that would change the route escaped. */
export function pathValue(name: string, schema: ParameterSchema, vocabulary: Vocabulary): fc.Arbitrary<string> {
  return parameterValue(name, schema, vocabulary).map((value) =>
    value.replace(/\//g, '%2F').replace(/\?/g, '%3F').replace(/#/g, '%23'),
  );
}
