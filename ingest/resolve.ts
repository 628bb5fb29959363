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
import { nameKey, slug } from './extract/names.js';
import { KeyGroups } from './key-groups.js';
import type { NameMention } from './mentions.js';
import {
  mergeVariants,
  nameBeforeUse,
  oneInnerLetterApart,
  SIGNAL_RANK,
  singularKeys,
  stem,
  SUFFIXES,
} from './name-variants.js';
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
  /** Category phrases the text declares to be one kind of thing: [term, synonym]. */
  categorySynonyms?: readonly (readonly [string, string])[];
}

const STANDARD_WORDS = /\b(?:interface|specification|spec|protocol|standard|initiative|format)s?\b/i;

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

  // "a zorpvisor (or quux monitor)": one category, labelled by the term the synonym explains.
  const synonymGroups = new KeyGroups();
  const synonymForms = new Set<string>();
  for (const [term, synonym] of extractions.flatMap((x) => x.categorySynonyms ?? [])) {
    synonymGroups.union(term, synonym);
    synonymForms.add(synonym);
  }
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
    const named = !isCategory ? null : [key, `${key}s`, namedBySuffix(name)].find((k) => k && groups.hasKey(k));
    const categoryKey = synonymGroups.hasKey(key) ? synonymGroups.rootOfKey(key) : key;
    const root = named ? groups.rootOfKey(named) : isCategory ? `category:${categoryKey}` : groups.root(name);
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
    // "the zorp platform" found as a category phrase is a way of referring to Zorp, not a name of it.
    const bySuffix = named !== null && named !== undefined && named === namedBySuffix(name) && named !== key;
    if (!bySuffix) entity.forms.set(name, (entity.forms.get(name) ?? 0) + 1);
    if (isCategory && synonymForms.has(name)) entity.declaredAs.set(name, SIGNAL_RANK.alias);
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
  // Labels are settled once every form of every entity is known: from here on each entity's label is worked out once.
  const labels = new Map<Entity, string>();
  const settledLabel = (entity: Entity): string => {
    let label = labels.get(entity);
    if (label === undefined) labels.set(entity, (label = labelOf(entity)));
    return label;
  };
  const edges = new Map<string, GraphEdge & { misses: number }>();
  for (const { relation, source, target } of endpoints) {
    const [from, to] = [slug(settledLabel(source)), slug(settledLabel(target))];
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
    // A proper noun seen once is kept when its shape is distinctive ("ZorpCity", "ZQML", "zRPC"), not "Previously".
    const distinctiveShape = [...entity.forms.keys()].some((form) => /\p{L}\p{Lu}|\d|^\p{Lu}{2,}/u.test(form));
    // ... or when it is a word English does not know ("Quuxbucket"), where "Accuracy" or "Costs" are.
    if (onlyWeak && entity.inEdges === 0 && entity.mentions < 2 && !distinctiveShape && !hasUnknownWord(entity)) {
      continue;
    }
    const label = settledLabel(entity);
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
  // "Zorp OSes for Containers" yields to "Zorp OS": the name, not what it is for.
  const forUse = (form: string) => {
    const used = nameBeforeUse(form);
    return used !== null && keys.has(nameKey(used));
  };
  return forms.sort(
    (a, b) =>
      Number(rank(a) === 3) - Number(rank(b) === 3) ||
      Number(misspelt(a)) - Number(misspelt(b)) ||
      Number(possessive(a)) - Number(possessive(b)) ||
      Number(forUse(a)) - Number(forUse(b)) ||
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
  // "Zorp" that is also "the Acme Storage service": a language's name given to a product is that product.
  const onlyTheWord = [...entity.forms.keys()].every((form) => nameKey(form) === nameKey(label));
  if (AMBIGUOUS_LANGUAGES.has(lower) && entity.kindVotes.size === 0 && onlyTheWord) return 'language';
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
 * "the Zorp platform": a category phrase that is a distinctive name and a suffix word is that name ("Zorp Platform"
 * is Zorp), where "cloud platform" is a kind of thing.
 */
function namedBySuffix(category: string): string | null {
  const words = category.split(/\s+/);
  const head = words.slice(0, -1).join(' ');
  if (words.length < 2 || !SUFFIXES.includes(words[words.length - 1].toLowerCase())) return null;
  // Category phrases come in lower case: "zorp platform" names Zorp by being no English word.
  const distinctive =
    /\d|\p{Lu}{2,}|\p{L}\p{Lu}/u.test(head) || (/^\p{L}+$/u.test(head) && !isEnglishWord(head.toLowerCase()));
  return distinctive ? nameKey(head) : null;
}

/**
 * A category named after the agent its activity needs: "zorpification tool" and "zorpification platform" are a
 * "zorpificator" when the text names that category too.
 */
function categoryVariant(category: string, keys: ReadonlySet<string>): string {
  const agent = /^(.*)ation\s+(?:tool|platform|system)$/i.exec(category);
  return agent && keys.has(nameKey(`${agent[1]}ator`)) ? `${agent[1]}ator` : category;
}
