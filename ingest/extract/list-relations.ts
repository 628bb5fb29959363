/**
 * Lists read with their lead-in: "Vagabond supports these providers:" + items, "The main components of Meshly
 * are:" + items. The lead-in's last sentence is read as if each item's name ended it.
 */
import type { ProseUnit } from '../prose.js';
import { itemObjectRelations } from './item-objects.js';
import { labelledListRelations } from './labelled-lists.js';
import { singular } from './names.js';
import { sentenceRelations } from './sentence-relations.js';
import { readingSentences } from './sentences.js';
import type { ExtractedRelation, ProseReading, Slot } from './types.js';

const LEAD_IN_END = /(?::|\bsuch as|\blike|\bincluding|\binclude|\bincludes|\bare|\be\.g\.|\bas follows)\s*$/i;

export function leadInRelations({ units, tagged, slotsOf, subjects, evidenceFor }: ProseReading): ExtractedRelation[] {
  const relations: ExtractedRelation[] = [];
  for (const item of units) {
    if (item.kind !== 'item' || item.leadIn === null) continue;
    const leadIn = units[item.leadIn];
    const sentences = readingSentences(leadIn.text, tagged[leadIn.index].sentences);
    const sentence = sentences.at(-1);
    if (!sentence) continue;
    const leadText = leadIn.text.slice(sentence.start).trimEnd();
    if (!LEAD_IN_END.test(leadText)) continue;
    const leading = subjects.leadingName(item) ?? firstNameAlone(item, slotsOf(item));
    if (leadText.endsWith(':')) {
      // "X may interact with other services. This includes:": the list goes on the sentence "this" stands for.
      const read = BACK_REFERENCE.test(leadText) ? (sentences.at(-2) ?? sentence) : sentence;
      const leadEnd = read === sentence ? sentence.start + leadText.length : read.end;
      const itemEvidence = evidenceFor(item, { start: 0, end: item.text.length });
      const leadEvidence = evidenceFor(leadIn, { start: read.start, end: sentence.end })(read.start).text;
      for (const relation of itemObjectRelations({
        item,
        itemTagged: tagged[item.index],
        itemSlots: slotsOf(item),
        leadText: `${leadIn.text.slice(0, leadEnd).replace(/[.;:]?\s*$/, '')}:`,
        leadStart: read.start,
        leadSlots: slotsOf(leadIn).filter((s) => s.start >= read.start && s.end <= leadEnd),
        implicitSubject: subjects.ofUnit(leadIn),
        evidence: (offset) => ({
          ...itemEvidence(offset),
          text: `${leadEvidence} ${item.text.replace(/\s+/g, ' ').trim()}`,
        }),
      }))
        relations.push(relation);
    }
    // "Two types of hypervisors:" + "Type-1, native or bare-metal hypervisors": an item that is one kind is a kind of
    // the kind the lead-in names.
    const kind = leading ? null : wholeCategory(item, slotsOf(item));
    if (kind) {
      const leadSlots = slotsOf(leadIn).filter(
        (s) => s.start >= sentence.start && s.end <= sentence.start + leadText.length,
      );
      const object = nounLeadIn(leadText, leadSlots, sentence.start, leadIn.text);
      if (object?.type === 'IS_A' && object.isCategory && !object.fromObject && object.name !== kind) {
        const itemEvidence = evidenceFor(item, { start: 0, end: item.text.length })(0);
        const text = `${evidenceFor(leadIn, sentence)(sentence.start).text} ${item.text.replace(/\s+/g, ' ').trim()}`;
        const evidence = { ...itemEvidence, text };
        relations.push({
          source: kind,
          target: object.name,
          type: 'IS_A',
          targetIsCategory: true,
          confidence: 0.75,
          evidence,
          rule: 'lead-in/kind-item',
        });
      }
    }
    if (!leading) {
      const evidence = evidenceFor(item, { start: 0, end: item.text.length });
      const leadEvidence = evidenceFor(leadIn, sentence);
      for (const relation of labelledListRelations(item, leadText, slotsOf(item), () => ({
        ...evidence(0),
        text: `${leadEvidence(sentence.start).text} ${evidence(0).text}`,
      })))
        relations.push(relation);
      continue;
    }
    // "IaaS: AXS, DeepSea, GCQ": an item that labels a list of names stands for those names.
    const listed = listedNames(item, slotsOf(item));
    // "Zorp has providers in different stacks:" + "IaaS: A, B": A and B are IaaS providers.
    // A label of one word names a stack or a kind; "Acme Corp: A, B" names who offers them.
    const role = listed && !/\s/.test(leading) ? ROLE_IN_LEAD_IN.exec(leadText) : null;
    if (role) {
      const kind = `${leading} ${singular(role[1].toLowerCase())}`;
      const itemEvidence = evidenceFor(item, { start: 0, end: item.text.length })(0);
      const text = `${evidenceFor(leadIn, sentence)(sentence.start).text} ${item.text.replace(/\s+/g, ' ').trim()}`;
      for (const name of listed ?? []) {
        relations.push({
          source: name,
          target: kind,
          type: 'IS_A',
          targetIsCategory: true,
          confidence: 0.65,
          evidence: { ...itemEvidence, text },
          rule: 'lead-in/role-label',
        });
      }
    }
    for (const name of listed ?? [leading]) {
      // The lead-in sentence with the item's name appended as its last slot.
      const text = `${leadIn.text.slice(0, sentence.start + leadText.length)} ${name}`;
      const itemSlot: Slot = { start: text.length - name.length, end: text.length, name, isCategory: false };
      const slots = [
        ...slotsOf(leadIn).filter((s) => s.start >= sentence.start && s.end <= sentence.start + leadText.length),
        itemSlot,
      ];
      const itemEvidence = evidenceFor(item, { start: 0, end: item.text.length });
      const leadEvidence = evidenceFor(leadIn, sentence);
      const evidence = () => ({
        ...leadEvidence(sentence.start),
        line: itemEvidence(0).line,
        text: `${leadEvidence(sentence.start).text} ${item.text.replace(/\s+/g, ' ').trim()}`,
      });
      // "Few container orchestration tools are:", "Volume types supported by X are:": each item is one of them.
      const kind = pluralLeadIn(leadText) ?? thereAreLeadIn(leadText, slots.slice(0, -1), leadIn.text);
      if (kind) {
        relations.push({
          source: name,
          target: kind,
          type: 'IS_A',
          targetIsCategory: true,
          confidence: 0.7,
          evidence: evidence(),
          rule: 'lead-in/plural',
        });
      }
      // "Implementations of X:", "The main components of X are:": each item stands in that relation to X.
      const object = nounLeadIn(leadText, slots.slice(0, -1), sentence.start, leadIn.text);
      if (object) {
        const [source, target] = object.fromObject ? [object.name, name] : [name, object.name];
        if (!object.fromObject || !object.isCategory) {
          relations.push({
            source,
            target,
            type: object.type,
            targetIsCategory: object.isCategory && !object.fromObject,
            confidence: 0.8,
            evidence: evidence(),
            rule: 'lead-in/noun',
          });
        }
        continue;
      }
      for (const relation of sentenceRelations({
        text,
        start: sentence.start,
        end: text.length,
        slots,
        implicitSubject: subjects.ofUnit(leadIn),
        recentCategory: null,
        evidence,
      })) {
        relations.push({ ...relation, confidence: relation.confidence * 0.9, rule: `lead-in/${relation.rule}` });
      }
    }
  }
  return distinctRelations(relations);
}

/** One relation per pair, type and line: an item may be read both alone and as the rest of its lead-in. */
function distinctRelations(relations: readonly ExtractedRelation[]): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  for (const relation of relations) {
    const key = `${relation.source}\u0000${relation.type}\u0000${relation.target}\u0000${relation.evidence.line}`;
    const seen = byKey.get(key);
    if (!seen || seen.confidence < relation.confidence) byKey.set(key, relation);
  }
  return [...byKey.values()];
}

/** A lead-in that only points back at the sentence before it: "This includes:", "These are the following:". */
const BACK_REFERENCE = /^(?:this|these|they|those)\s+(?:includes?|are|is|comprises?)(?:\s+the\s+following)?\s*:$/i;

const ROLE_IN_LEAD_IN = /\b(providers|backends|plugins|drivers|provisioners)\b[^.;]*:\s*$/i;

/** The names of an item made only of "Label: name, name and name", or null. */
function listedNames(item: ProseUnit, slots: readonly Slot[]): string[] | null {
  const names = slots.filter((s) => !s.isCategory);
  if (names.length < 3) return null;
  const [label, ...listed] = names;
  if (!/^\s*:\s*$/.test(item.text.slice(label.end, listed[0].start))) return null;
  for (let i = 1; i < listed.length; i++) {
    if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(item.text.slice(listed[i - 1].end, listed[i].start)))
      return null;
  }
  const rest = item.text.slice(listed[listed.length - 1].end).replace(/(?:,?\s*etc\.?)?[\s.]*$/, '');
  return rest === '' ? listed.map((s) => s.name) : null;
}

/** The kind an item names when it is one category phrase and nothing else ("-  Type-2, hosted hypervisors"). */
function wholeCategory(item: ProseUnit, slots: readonly Slot[]): string | null {
  if (slots.length !== 1 || !slots[0].isCategory) return null;
  const rest = (item.text.slice(0, slots[0].start) + item.text.slice(slots[0].end)).replace(/[\s.,;:]/g, '');
  return rest === '' ? slots[0].name : null;
}

/** An item that is only a name ("-  Linkerz"). */
function firstNameAlone(item: ProseUnit, slots: readonly Slot[]): string | null {
  const names = slots.filter((s) => !s.isCategory);
  if (names.length !== 1) return null;
  const rest = (item.text.slice(0, names[0].start) + item.text.slice(names[0].end)).replace(/[\s.,;:]/g, '');
  return rest === '' ? names[0].name : null;
}

const NOUN_LEAD_INS: { re: RegExp; type: ExtractedRelation['type']; fromObject?: boolean }[] = [
  { re: /\bimplementations?\s+of\s+(?:the\s+)?$/i, type: 'IMPLEMENTS' },
  { re: /\b(?:examples?|kinds?|types?)\s+of\s+(?:the\s+)?$/i, type: 'IS_A' },
  { re: /\b(?:components?|parts?|modules?|building\s+blocks)\s+of\s+(?:the\s+)?$/i, type: 'PART_OF' },
  { re: /\bdistributions?\s+of\s+(?:the\s+)?$/i, type: 'DISTRIBUTION_OF' },
  { re: /\balternatives?\s+to\s+(?:the\s+)?$/i, type: 'ALTERNATIVE_TO' },
  { re: /\b(?:options|tools|ways)\s+(?:to|for)\s+(?:manage|managing)\s+$/i, type: 'MANAGES' },
  // "Volume types supported by X are:": X supports each item.
  { re: /\bsupported\s+by\s+$/i, type: 'SUPPORTS', fromObject: true },
  // "Plugins for X:": X supports each item.
  {
    re: /\b(?:plugins?|providers?|backends?|drivers?)\s+(?:for|of)\s+(?:the\s+)?$/i,
    type: 'SUPPORTS',
    fromObject: true,
  },
];

/** A lead-in whose last name follows a relation noun and ends the sentence: "Implementations of X:". */
function nounLeadIn(
  leadText: string,
  slots: readonly Slot[],
  offset: number,
  unitText: string,
): { name: string; type: ExtractedRelation['type']; isCategory: boolean; fromObject: boolean } | null {
  const last = slots[slots.length - 1];
  if (!last) return null;
  const after = unitText.slice(last.end, offset + leadText.length);
  if (!/^[\s\w-]{0,25}?(?:\s+(?:are|include|includes))?\s*:?\s*$/i.test(after)) return null;
  const before = unitText.slice(offset, last.start);
  const match = NOUN_LEAD_INS.find(({ re }) => re.test(before));
  if (!match) return null;
  // "Implementations of unikernels": the items are unikernels.
  const type = last.isCategory && match.type === 'IMPLEMENTS' ? 'IS_A' : match.type;
  return { name: last.name, type, isCategory: last.isCategory, fromObject: match.fromObject === true };
}

/** A lead-in that opens with a plural noun phrase and lists its members: "Volume types supported by X are:". */
function pluralLeadIn(leadText: string): string | null {
  const match =
    /^(?:(?:few|some|many|several|other|popular|common|the\s+following|the)\s+)?((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*[^s\s]s)\b(?:\s+(?:that|which|supported|provided|available|used|offered)\b[^:]*)?\s+(?:are|include)\s*:?\s*$/i.exec(
      leadText.trim(),
    );
  if (!match) return null;
  const words = match[1].toLowerCase().split(/\s+/);
  if (words.some((word) => /^(?:there|these|those|they|we|you|it|following|examples?|options|ways|steps)$/.test(word)))
    return null;
  words[words.length - 1] = singular(words[words.length - 1]);
  return words.join(' ');
}

/** "There are many hosted solutions for Zorp, including:": the items are Zorp hosted solutions ("N for X" is "X N"). */
function thereAreLeadIn(leadText: string, slots: readonly Slot[], unitText: string): string | null {
  const match =
    /^there\s+(?:are|exist)\s+(?:many|several|some|a\s+few|various|numerous|multiple|other)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*[^s\s]s)(?:\s+(?:available|offered|provided|built))?(?:\s+(?:for|of)\s+(\S[^,:]*?))?\s*,?\s*(?:including|such\s+as|like|e\.g\.)\s*:?\s*$/i.exec(
      leadText.trim(),
    );
  if (!match) return null;
  const words = match[1].toLowerCase().split(/\s+/);
  if (words.some((word) => /^(?:ways|options|examples|things|reasons|steps)$/.test(word))) return null;
  words[words.length - 1] = singular(words[words.length - 1]);
  if (!match[2]) return words.join(' ');
  // The object must be one name exactly, as written.
  const object = slots.find((s) => !s.isCategory && unitText.slice(s.start, s.end) === match[2]);
  return object ? `${object.name} ${words.join(' ')}` : null;
}
