/**
 * From names and relations as written to nodes and edges: names that are one thing merge (case, spacing,
 * hyphens, declared acronyms and aliases, "Project X"/"X"), each entity gets a readable label, a kind, its sources,
 * URLs, categories and description; relations become edges between entities with all their evidence.
 */
import {
  SYMMETRIC_RELATIONS,
  type EntityKind,
  type GraphEdge,
  type GraphNode,
  type RelationType,
} from '../graph/types.js';
import type { NameDeclaration } from './extract/gazetteer.js';
import { AMBIGUOUS_LANGUAGES, PROGRAMMING_LANGUAGES } from './extract/lexicon/languages.js';
import { ORGANISATION_SUFFIXES } from './extract/lexicon/organisations.js';
import { GENERIC_TITLE_WORDS } from './extract/lexicon/section-words.js';
import { isPlainPlural } from './extract/name-shapes.js';
import { nameKey, slug } from './extract/names.js';
import type { NameMention } from './mentions.js';
import { isEnglishWord } from './nlp.js';
import { compareCodePoints } from './order.js';
import type { Description, ExtractedRelation } from './relations.js';
import { isSafeUrl } from './unsafe-markup.js';

/** What resolve needs of each document. */
export interface DocumentExtraction {
  declarations: NameDeclaration[];
  mentions: NameMention[];
  relations: ExtractedRelation[];
  descriptions: Description[];
  /** Acronyms the text spells out in common words: no name a qualified name is a way of writing. */
  commonAcronyms?: readonly string[];
}

const PREFIXES = ['project', 'apache', 'the'];
// "Zorp Platform" is Zorp: the platform a product is, not a part of it.
const SUFFIXES = ['project', 'platform'];
const STANDARD_WORDS = /\b(?:interface|specification|spec|protocol|standard|initiative|format)s?\b/i;
const SIGNAL_RANK: Record<NameDeclaration['signal'], number> = {
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

export function resolveGraph(extractions: readonly DocumentExtraction[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const groups = new KeyGroups();
  const declared = extractions.flatMap((x) => x.declarations);
  for (const declaration of declared) {
    groups.add(declaration.name);
    for (const alias of declaration.aliases) groups.union(declaration.name, alias);
  }
  const commonAcronyms = new Set(extractions.flatMap((x) => x.commonAcronyms ?? []));
  mergeVariants(groups, declared, commonAcronyms);
  const relations = extractions.flatMap((x) => x.relations);
  const descriptions = extractions.flatMap((x) => x.descriptions);
  const mentions = extractions.flatMap((x) => x.mentions);

  const entities = new Map<string, Entity>(); // group root → entity
  const categoryKeys = new Set(
    [
      ...mentions.filter((m) => m.isCategory).map((m) => m.name),
      ...relations.filter((r) => r.targetIsCategory).map((r) => r.target),
    ].map(nameKey),
  );
  const entityOf = (written: string, isCategory: boolean): Entity => {
    const name = isCategory ? categoryVariant(written, categoryKeys) : written;
    // A category phrase that the text also declares as a name ("Zorp File System (ZFS)") is that name.
    const key = nameKey(name);
    const named = !isCategory ? null : groups.hasKey(key) ? key : groups.hasKey(`${key}s`) ? `${key}s` : null;
    const root = named !== null ? groups.rootOfKey(named) : isCategory ? `category:${key}` : groups.root(name);
    let entity = entities.get(root);
    if (!entity) {
      entity = {
        description: null,
        forms: new Map(),
        declaredAs: new Map(),
        sources: new Map(),
        urls: new Set(),
        categories: new Set(),
        isCategory,
        mentions: 0,
        inEdges: 0,
        kindVotes: new Map(),
      };
      entities.set(root, entity);
    }
    entity.forms.set(name, (entity.forms.get(name) ?? 0) + 1);
    return entity;
  };
  for (const declaration of declared) {
    const entity = entityOf(declaration.name, false);
    const rank = Math.min(entity.declaredAs.get(declaration.name) ?? 9, SIGNAL_RANK[declaration.signal]);
    entity.declaredAs.set(declaration.name, rank);
    for (const alias of declaration.aliases)
      entityOf(alias, false).declaredAs.set(alias, Math.min(entity.declaredAs.get(alias) ?? 9, 3));
    if (declaration.url && isSafeUrl(declaration.url)) entity.urls.add(declaration.url);
    entity.sources.set(`${declaration.file}:${declaration.line}`, { file: declaration.file, line: declaration.line });
  }
  for (const { name, text } of descriptions) {
    const entity = entityOf(name, false);
    entity.description ??= text;
  }
  for (const mention of mentions) {
    const entity = entityOf(mention.name, mention.isCategory);
    entity.mentions++;
    entity.sources.set(`${mention.file}:${mention.line}`, { file: mention.file, line: mention.line });
  }

  const endpoints = relations.flatMap((original) => {
    let relation = original;
    const source = entityOf(relation.source, false);
    const target = entityOf(relation.target, relation.targetIsCategory);
    // "written in HCL": a configuration language the text does not call a programming language is used.
    if (relation.type === 'WRITTEN_IN' && !isLanguage(target)) {
      relation = { ...relation, type: 'USES', confidence: relation.confidence * 0.7 };
    }
    if (relation.type === 'DEVELOPED_BY') vote(target, 'organisation');
    if (relation.type === 'IMPLEMENTS') vote(target, 'standard');
    if (relation.targetIsCategory) {
      source.categories.add(relation.target);
      // A category read from a title or a list is mentioned where its evidence stands.
      const { file, line } = relation.evidence;
      target.sources.set(`${file}:${line}`, { file, line });
    }
    source.inEdges++;
    target.inEdges++;
    return [{ relation, source, target }];
  });
  // Labels are settled once every form of every entity is known.
  const edges = new Map<string, GraphEdge & { misses: number }>();
  for (const { relation, source, target } of endpoints) {
    const [from, to] = [slug(labelOf(source)), slug(labelOf(target))];
    if (from === to) continue;
    const { id, source: s, target: t } = edgeEnds(from, relation.type, to);
    const edge = edges.get(id) ?? {
      id,
      source: s,
      target: t,
      type: relation.type,
      confidence: 0,
      evidence: [],
      misses: 1,
    };
    edge.misses *= 1 - relation.confidence;
    edge.confidence = Math.round((1 - edge.misses) * 1000) / 1000;
    if (!edge.evidence.some((e) => e.file === relation.evidence.file && e.line === relation.evidence.line)) {
      edge.evidence.push(relation.evidence);
    }
    edges.set(id, edge);
  }

  const nodes = new Map<string, GraphNode>();
  for (const entity of entities.values()) {
    const onlyWeak =
      [...entity.declaredAs.values()].every((rank) => rank >= SIGNAL_RANK['proper-noun']) && !entity.isCategory;
    if (entity.declaredAs.size === 0 && !entity.isCategory) continue;
    // A proper noun seen once is kept when its shape is distinctive ("TeamCity", "YAML", "gRPC"), not "Previously".
    const distinctiveShape = [...entity.forms.keys()].some((form) => /\p{L}\p{Lu}|\d|^\p{Lu}{2,}/u.test(form));
    // ... or when it is a word English does not know ("Quuxbucket"), where "Accuracy" or "Costs" are.
    if (onlyWeak && entity.inEdges === 0 && entity.mentions < 2 && !distinctiveShape && !hasUnknownWord(entity)) {
      continue;
    }
    const label = labelOf(entity);
    const id = slug(label);
    const aliases = [...entity.forms.keys()].filter(
      (form) =>
        (form !== label && nameKey(form) !== nameKey(label)) || (form !== label && entity.declaredAs.get(form) === 3),
    );
    const node: GraphNode = {
      id,
      label,
      kind: kindOf(entity, label, commonAcronyms),
      aliases: [...new Set(aliases)].sort(),
      categories: [...entity.categories].sort(),
      description: entity.description ?? '',
      urls: [...entity.urls].sort(),
      sources: [...entity.sources.values()].sort((x, y) => compareCodePoints(x.file, y.file) || x.line - y.line),
    };
    const existing = nodes.get(id);
    if (existing) mergeInto(existing, node);
    else nodes.set(id, node);
  }
  const finalEdges = [...edges.values()]
    .filter((edge) => nodes.has(edge.source) && nodes.has(edge.target))
    .map(({ misses: _misses, ...edge }) => ({
      ...edge,
      evidence: edge.evidence.sort((x, y) => compareCodePoints(x.file, y.file) || x.line - y.line),
    }));
  const byId = (a: { id: string }, b: { id: string }) => compareCodePoints(a.id, b.id);
  return { nodes: [...nodes.values()].sort(byId), edges: finalEdges.sort(byId) };
}

/** An edge's id and ends: symmetric relations order their ends, so "a ALTERNATIVE_TO b" is "b ALTERNATIVE_TO a". */
export function edgeEnds(
  source: string,
  type: RelationType,
  target: string,
): { id: string; source: string; target: string } {
  const [s, t] = SYMMETRIC_RELATIONS.has(type) && target < source ? [target, source] : [source, target];
  return { id: `${s}--${type.toLowerCase().replace(/_/g, '-')}--${t}`, source: s, target: t };
}

interface Entity {
  description: string | null;
  forms: Map<string, number>;
  /** Declared forms with the rank of their strongest signal. */
  declaredAs: Map<string, number>;
  sources: Map<string, { file: string; line: number }>;
  urls: Set<string>;
  categories: Set<string>;
  isCategory: boolean;
  mentions: number;
  inEdges: number;
  kindVotes: Map<EntityKind, number>;
}

function vote(entity: Entity, kind: EntityKind): void {
  entity.kindVotes.set(kind, (entity.kindVotes.get(kind) ?? 0) + 1);
}

/** The most complete proper form: declared by the strongest signal, then the longest, then the most frequent. */
function labelOf(entity: Entity): string {
  const forms = [...entity.forms.keys()];
  const rank = (form: string) => entity.declaredAs.get(form) ?? 9;
  const keys = new Set(forms.map(nameKey));
  // A plural ("VMs") is not the name when the singular is written too.
  const plural = (form: string) => singularKeys(nameKey(form), true).some((key) => keys.has(key));
  const count = (form: string) => entity.forms.get(form) ?? 0;
  // A misspelling ("Zorpilne") yields to the form written more often; a possessive ("Acme's Zorp") to the name.
  const misspelt = (form: string) =>
    forms.some((other) => count(other) > count(form) && oneInnerLetterApart(stem(nameKey(other)), stem(nameKey(form))));
  const possessive = (form: string) => /['’]s\s/.test(form);
  return forms.sort(
    (a, b) =>
      Number(rank(a) === 3) - Number(rank(b) === 3) ||
      Number(misspelt(a)) - Number(misspelt(b)) ||
      Number(possessive(a)) - Number(possessive(b)) ||
      Number(plural(a)) - Number(plural(b)) ||
      Number(isAllLower(a) && !entity.isCategory) - Number(isAllLower(b) && !entity.isCategory) ||
      // A form read only from a list or a compound ("Acme Zorp, Quux, ...") yields to one the text declares.
      Number(rank(a) === SIGNAL_RANK.list) - Number(rank(b) === SIGNAL_RANK.list) ||
      b.length - a.length ||
      (entity.forms.get(b) ?? 0) - (entity.forms.get(a) ?? 0) ||
      rank(a) - rank(b) ||
      compareCodePoints(a, b),
  )[0];
}

/** One word, no English word in any of its inflections: "Quuxbucket", not "Costs", "Tasked" or "Multi-zone". */
function hasUnknownWord(entity: Entity): boolean {
  return [...entity.forms.keys()].some((form) => {
    if (!/^\p{Lu}[\p{L}.]+$/u.test(form)) return false;
    const word = form.toLowerCase().replace(/\.+$/, '');
    const stems = [word, word.replace(/e?s$/, ''), word.replace(/(?:ed|ing)$/, ''), word.replace(/(?:ed|ing)$/, 'e')];
    return word.length >= 3 && !stems.some((stem) => stem.length >= 3 && isEnglishWord(stem));
  });
}

function isAllLower(form: string): boolean {
  return form === form.toLowerCase() && /\p{L}/u.test(form);
}

function isLanguage(entity: Entity): boolean {
  return [...entity.forms.keys()].some((form) => PROGRAMMING_LANGUAGES.has(form.toLowerCase()));
}

function kindOf(entity: Entity, label: string, commonAcronyms: ReadonlySet<string>): EntityKind {
  if (entity.isCategory) return 'category';
  // "QLI" where the text writes "quux line (QLI)", and nothing stronger than the tagger names it: a common noun.
  const weak = [...entity.declaredAs.values()].every((rank) => rank >= SIGNAL_RANK['proper-noun']);
  if (commonAcronyms.has(label) && weak) return 'concept';
  // Named only by a title, and not otherwise used or linked: what a section is about.
  const onlyTitled = [...entity.declaredAs.values()].every((rank) => rank === SIGNAL_RANK.title);
  if (onlyTitled && entity.urls.size === 0 && entity.mentions <= 1 && entity.inEdges === 0) return 'concept';
  const lower = label.toLowerCase();
  if (PROGRAMMING_LANGUAGES.has(lower) && !AMBIGUOUS_LANGUAGES.has(lower)) return 'language';
  const lastWord = lower.split(/\s+/).pop() ?? '';
  if (ORGANISATION_SUFFIXES.has(lastWord) && lower.includes(' ')) return 'organisation';
  if (STANDARD_WORDS.test(label)) return 'standard';
  const votes = [...entity.kindVotes.entries()].sort((a, b) => b[1] - a[1]);
  if (votes.length > 0 && votes[0][1] >= 1 && entity.inEdges <= votes[0][1] * 3) return votes[0][0];
  if (AMBIGUOUS_LANGUAGES.has(lower) && entity.kindVotes.size === 0) return 'language';
  return 'technology';
}

function mergeInto(node: GraphNode, other: GraphNode): void {
  node.aliases = [...new Set([...node.aliases, ...other.aliases])].sort();
  node.categories = [...new Set([...node.categories, ...other.categories])].sort();
  node.urls = [...new Set([...node.urls, ...other.urls])].sort();
  const seen = new Set(node.sources.map((s) => `${s.file}:${s.line}`));
  node.sources.push(...other.sources.filter((s) => !seen.has(`${s.file}:${s.line}`)));
  node.sources.sort((x, y) => compareCodePoints(x.file, y.file) || x.line - y.line);
}

/**
 * Names that are one thing written differently: "Project X"/"X", "X Project"/"X", a plural "VMs"/"VM", and a name
 * qualified by another declared name, "Acme Azurite"/"Azurite" (the qualified part must be a real name, not an
 * acronym of two letters: "Travix CI" is not "CI", nor an acronym the text spells out in common words: "Acme QLI"
 * is not "QLI" where the text writes "quux line (QLI)"). "Consol Connect" never becomes "Consol": only the last part
 * of a qualified name is the same thing.
 */
function mergeVariants(
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
  mergeMisspellings(groups);
  mergeAliasQualified(groups, declared);
  const names = new Set(declared.flatMap((d) => [d.name, ...d.aliases]).map(nameKey));
  // A name used alone in several places ("Azurite ... Azurite") is one, even where the tagger alone saw it.
  const properNounUses = new Map<string, number>();
  for (const d of declared)
    if (d.signal === 'proper-noun') properNounUses.set(d.name, (properNounUses.get(d.name) ?? 0) + 1);
  // A name read from a list may be qualified ("Acme Azurite") but is not strong enough to be the part others qualify.
  const isStrong = (d: NameDeclaration) => SIGNAL_RANK[d.signal] < SIGNAL_RANK.list;
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
 * The keys a plural key may be the plural of: "zorps" → "zorp", "microoses" → "microose", "microos"; "proxies" → "proxy".
 * Keys ending in "ss", "us" or "is" are no plurals ("zorpus"), unless written as an acronym's ("ZPIs").
 */
function singularKeys(key: string, ofAcronym: boolean): string[] {
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
    const bucket = `${s.slice(0, 2)}|${s.slice(-2)}`;
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
 * A category named after the agent its activity needs: "zorpification tool" and "zorpification platform" are a
 * "zorpificator" when the text names that category too.
 */
function categoryVariant(category: string, keys: ReadonlySet<string>): string {
  const agent = /^(.*)ation\s+(?:tool|platform|system)$/i.exec(category);
  return agent && keys.has(nameKey(`${agent[1]}ator`)) ? `${agent[1]}ator` : category;
}

/** A long key less a plural "s": misspellings are compared in the singular. */
function stem(key: string): string {
  return key.length > 8 && /[^s]s$/.test(key) ? key.slice(0, -1) : key;
}

function oneInnerLetterApart(a: string, b: string): boolean {
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
  return inner && letters && (da.length + db.length === 1 || (da.length === 1 && db.length === 1) || swapped);
}

/** Union-find over name keys. */
class KeyGroups {
  private readonly parent = new Map<string, string>();
  add(name: string): void {
    const key = nameKey(name);
    if (!this.parent.has(key)) this.parent.set(key, key);
  }
  keys(): string[] {
    return [...this.parent.keys()];
  }
  hasKey(key: string): boolean {
    return this.parent.has(key);
  }
  root(name: string): string {
    return this.find(nameKey(name));
  }
  rootOfKey(key: string): string {
    return this.find(key);
  }
  union(a: string, b: string): void {
    this.add(a);
    this.add(b);
    this.unionKeys(nameKey(a), nameKey(b));
  }
  unionKeys(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  private find(key: string): string {
    if (!this.parent.has(key)) this.parent.set(key, key);
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }
}
