/**
 * The kind a defining sentence gives a name, whether or not the lexicon knows that kind: "Zorp is a multilayer
 * software switch licensed under ...", an item "zorpd, a daemon that ...", a term "zorpsh" defined as "An
 * interactive shell for ...". The kind is the noun phrase after the article, up to the clause or the preposition
 * that describes it, less the words that praise or size it ("a simple", "a lightweight").
 */
import type { Evidence } from '../../graph/types.js';
import { singular } from './names.js';
import type { ExtractedRelation, Slot } from './types.js';

export interface DefiningSentence {
  text: string;
  start: number;
  end: number;
  /** The names and categories inside the sentence. */
  slots: readonly Slot[];
  /** The name a sentence that opens with its article defines (a definition's first sentence), else null. */
  defined: string | null;
  /** Whether the sentence opens a list item or term, where "Zorp, a ..." and "Zorp - a ..." define Zorp. */
  opensItem: boolean;
  evidence: (offset: number) => Evidence;
}

/** After the name: a copula and an article, or (in an item) an apposition. */
const COPULA = /^\s+(?:is|was)\s+(?:also\s+|basically\s+|essentially\s+)?(?:an?)\s+/;
const APPOSITION = /^\s*(?:,|:|\s[-–—])\s*(?:an?)\s+/i;
/** Where the kind's noun phrase ends: a relative clause, a participle, a preposition, punctuation. */
const NOUN_PHRASE_END =
  /^([^,;:.()"“”]*?)(?=\s*(?:[,;:.()"“”]|$)|\s+(?:is|are|was|were|can|could|will|would|may|might|must|should|has|have|had|does|do|that|which|who|whose|where|for|to|of|with|in|on|from|by|at|into|around|between|across|over|under|and|or|but|as|than|like|used|designed|built|written|licensed|developed|created|made|meant|based\s+(?:on|upon)|running|providing|allowing|enabling|using|originally|initially|currently|mainly|primarily|specifically)\b)/i;
/** Words that praise, size or date a kind rather than narrow it. */
const EVALUATIVE = new Set(
  (
    'simple lightweight light-weight minimal small tiny standardized standardised open source open-source free ' +
    'popular new modern powerful fast easy flexible robust scalable secure reliable efficient full complete ' +
    'comprehensive generic general related official mature great good nice useful well-known famous leading ' +
    'advanced basic extensible portable pluggable innovative unique single separate dedicated special ' +
    'fully highly very most more widely commonly older newer old latest first second third'
  ).split(' '),
);
/** Compounds that describe rather than classify: "operator-scale", "easy-to-use", "non-invasive", "cloud-agnostic". */
const EVALUATIVE_SHAPE =
  /^(?:[a-z]+-(?:scale|grade|quality|ready|level|class|featured|weight|agnostic|native|aware|friendly|centric|independent)|[a-z]+-to-[a-z]+|non-[a-z]+|[a-z]+ly(?:-[a-z]+)?)$/;
/** A word shaped like an adjective, for the comma-separated praise before a noun phrase ("strongly consistent,"). */
const ADJECTIVE_SHAPE = /(?:ent|ant|ous|ive|ic|al|ful|less|able|ible|ed|ward|-[a-z]+)$/;
/** After the noun phrase, a verb: the phrase was a clause's subject ("emptyZ: An empty volume is created"). */
const VERB_AFTER = /^\s+(?:is|are|was|were|can|could|will|would|may|might|must|should|has|have|had|does|do)\b/i;
/** Heads that name no kind of thing: "a way to", "a set of", "a replacement for". */
const NOT_KIND_HEADS = new Set(
  (
    'way method process set part kind type piece lot number collection variety range list series example choice ' +
    'option alternative replacement implementation fork version subset superset term name word thing result need ' +
    'means feature approach attempt step combination mix member concept idea goal place function mechanism ' +
    'technique bit couple pair group family suite bunch matter question answer reason case result effort initiative ' +
    'successor predecessor drop-in layer read site website start fit'
  ).split(' '),
);

/** The kinds defined by one sentence, as IS_A relations to category targets. */
export function definedKinds(sentence: DefiningSentence): ExtractedRelation[] {
  const { text, start, end, slots } = sentence;
  const opening = text.slice(start, end);
  let subject: string | null = null;
  let phraseStart = -1;
  const lead = /^\s*(?:an?)\s+/i.exec(opening);
  if (sentence.defined && lead) {
    subject = sentence.defined;
    phraseStart = start + lead[0].length;
  } else {
    const first = slots[0];
    if (!first || first.isCategory || !/^[\s"'(]*(?:the\s+)?$/i.test(text.slice(start, first.start))) return [];
    const after = text.slice(first.end, end);
    const link = COPULA.exec(after) ?? (sentence.opensItem ? APPOSITION.exec(after) : null);
    if (!link) return [];
    subject = first.name;
    phraseStart = first.end + link[0].length;
  }
  const phrase = kindPhrase(text.slice(phraseStart, end));
  if (!phrase) return [];
  const phraseEnd = phraseStart + phrase.written.trimEnd().length;
  const inside = slots.filter((s) => s.start < phraseEnd && s.end > phraseStart);
  // A name inside the phrase ("a Quux plugin") is a relation of its own.
  if (inside.some((s) => !s.isCategory)) return [];
  // A category of the lexicon that ends the phrase is that category, as the lexicon writes it.
  const lexicon = inside.find((s) => s.end === phraseEnd);
  const kinds = lexicon && phrase.kinds.length === 1 ? [lexicon.name] : phrase.kinds;
  return kinds.map((kind) => ({
    source: subject,
    target: kind,
    type: 'IS_A',
    targetIsCategory: true,
    confidence: 0.6,
    evidence: sentence.evidence(phraseStart),
    rule: 'defined-kind',
  }));
}

/**
 * The kinds a noun phrase names, with the text it spans from its start; null for none. "an edge and service proxy"
 * names two: an edge proxy and a service proxy.
 */
export function kindPhrase(rest: string): { kinds: string[]; written: string } | null {
  // "an open source, operator-scale load balancing solution": a list of praising words before the phrase.
  let offset = 0;
  for (;;) {
    const praise = /^([a-z-]+(?:\s+[a-z-]+){0,2})\s*,\s*(?:and\s+|or\s+)?/i.exec(rest.slice(offset));
    const words = praise?.[1].split(/\s+/) ?? [];
    if (!praise || !(words.every(isEvaluative) || ADJECTIVE_SHAPE.test(words[words.length - 1].toLowerCase()))) break;
    offset += praise[0].length;
  }
  const match = NOUN_PHRASE_END.exec(rest.slice(offset));
  const following = match ? rest.slice(offset + match[1].length) : '';
  if (!match || /^\s+of\b/i.test(following) || VERB_AFTER.test(following)) return null;
  const words = nounWords(match[1]);
  if (!words) return null;
  const written = rest.slice(0, offset + match[1].length);
  const kind = words.join(' ').toLowerCase();
  // "a library and command line tools", "a project and a service", "an edge and service proxy".
  const coordinated = /^\s+(?:and|or)\s+(an?\s+)?/i.exec(following);
  const second = coordinated ? NOUN_PHRASE_END.exec(following.slice(coordinated[0].length)) : null;
  const other = second ? nounWords(second[1]) : null;
  if (!coordinated || !second || !other) return { kinds: [kind], written };
  const last = other[other.length - 1].toLowerCase();
  const plural = /[^s]s$/.test(last);
  other[other.length - 1] = singular(other[other.length - 1]);
  const otherKind = other.join(' ').toLowerCase();
  // One word before a phrase of one head shares that head: an edge proxy and a service proxy.
  const shared = words.length === 1 && !coordinated[1] && other.length > 1 && !plural;
  return { kinds: shared ? [`${kind} ${last}`, otherKind] : [kind, otherKind], written };
}

/** Heads too general to be a kind on their own: "a project", "a system", but "a provisioning system". */
const BARE_GENERAL_HEADS = new Set(
  'project system service software solution product technology application program platform'.split(' '),
);

/** The words of a noun phrase that names a kind, less the praise before it; null when it names none. */
function nounWords(phrase: string): string[] | null {
  const words = phrase.trim().split(/\s+/);
  while (words.length > 1 && isEvaluative(words[0])) words.shift();
  const head = words[words.length - 1]?.toLowerCase() ?? '';
  if (words.length === 0 || words.length > 4 || isEvaluative(head) || NOT_KIND_HEADS.has(head)) return null;
  if (words.length === 1 && BARE_GENERAL_HEADS.has(singular(head))) return null;
  if (!words.every((w) => /^[\p{L}][\p{L}\p{N}/-]*$/u.test(w)) || !/^[a-z][a-z-]*[a-z]$/.test(head)) return null;
  // An adjective, an adverb or a participle ("a managed", "a running") names nothing.
  if (/(?:ed|ing|ly|ous|able|ible|ful)$/.test(head)) return null;
  return words;
}

function isEvaluative(word: string): boolean {
  const lower = word.toLowerCase();
  return EVALUATIVE.has(lower) || EVALUATIVE_SHAPE.test(lower);
}
