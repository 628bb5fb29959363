/**
 * A curation file: hand corrections applied after extraction, so a user fixes what the extractor got wrong
 * without editing code. A small YAML map; every key is optional:
 *
 *   merge:     # lists of entities that are one thing: the first is kept, the others become its aliases
 *     - [orchestrix, o8x]
 *   rename:    # entity → new label (the id follows the new label's slug; the old label becomes an alias)
 *     acmeware-esqi: AcmeWare ESQi
 *   suppress:  # entities (with their edges) or edges, by id
 *     - wikipedia
 *   alias:     # entity → one alias or a list of them
 *     orchestrix: [O8x, orch]
 *
 * Entities are named by id or by label (case-insensitive). Actions apply in the order they are written.
 * Every problem is an InputError `file:line: what is wrong`.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { CURATION_ACTIONS } from '../graph/types.js';
import type { CurationAction, CurationActionName } from '../graph/types.js';
import { InputError } from './errors.js';

export { applyCuration } from './apply-curation.js';

export interface Curation {
  /** As the user can open it; recorded in the graph. */
  file: string;
  actions: CurationAction[];
}

export function parseCuration(text: string, file: string): Curation {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const [syntax] = document.errors;
  if (syntax) throw new InputError(file, syntax.message.split('\n')[0], lineCounter.linePos(syntax.pos[0]).line);
  const reader: Reader = {
    lineOf: (node) => (isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : 1),
    fail(reason, node) {
      throw new InputError(file, reason, isNode(node) && node.range ? this.lineOf(node) : undefined);
    },
  };
  const root = document.contents;
  if (isEmpty(root)) return { file, actions: [] };
  if (!isMap(root)) return reader.fail('expected a map with the keys merge, rename, suppress, alias', root);
  const actions: CurationAction[] = [];
  for (const { key, value } of root.items) {
    const action = isScalar(key) ? String(key.value) : '';
    if (!isAction(action)) return reader.fail(`unknown key '${action}' (expected ${CURATION_ACTIONS.join(', ')})`, key);
    if (!isEmpty(value)) actions.push(...READ[action](value, reader, key));
  }
  return { file, actions };
}

interface Reader {
  lineOf(node: unknown): number;
  fail(reason: string, node?: unknown): never;
}

type ReadAction = (value: unknown, reader: Reader, key: unknown) => CurationAction[];

const READ: Record<CurationActionName, ReadAction> = {
  merge: (value, reader, key) =>
    listOf(value, 'merge', reader, key).map((item) => {
      if (!isSeq(item) || item.items.length < 2) return reader.fail('each merge is a list of two names or more', item);
      const names = item.items.map((node) => nameIn(node, 'an entity', reader));
      return { action: 'merge', line: reader.lineOf(item), names };
    }),
  suppress: (value, reader, key) =>
    listOf(value, 'suppress', reader, key).map((item) => ({
      action: 'suppress',
      line: reader.lineOf(item),
      names: [nameIn(item, 'an entity or edge', reader)],
    })),
  rename: (value, reader, key) =>
    pairsOf(value, 'rename', 'new label', reader, key).map(({ entity, line, value: label }) => ({
      action: 'rename',
      line,
      names: [entity, nameIn(label, 'a new label', reader)],
    })),
  alias: (value, reader, key) =>
    pairsOf(value, 'alias', 'alias', reader, key).map(({ entity, line, value: aliases }) => {
      const list = isSeq(aliases) ? aliases.items : [aliases];
      if (list.length === 0) return reader.fail('alias expects one alias or a list of them', aliases);
      return { action: 'alias', line, names: [entity, ...list.map((node) => nameIn(node, 'an alias', reader))] };
    }),
};

function listOf(value: unknown, action: CurationActionName, reader: Reader, key: unknown): unknown[] {
  return isSeq(value) ? value.items : reader.fail(`${action} expects a list`, isNode(value) ? value : key);
}

/** `entity: value` entries, each with its entity's name and line; an entry without a value is a mistake. */
function pairsOf(value: unknown, action: CurationActionName, what: string, reader: Reader, key: unknown) {
  if (!isMap(value)) return reader.fail(`${action} expects a map of entity: ${what}`, isNode(value) ? value : key);
  return value.items.map((pair) => {
    const entity = nameIn(pair.key, 'an entity', reader);
    if (isEmpty(pair.value)) return reader.fail(`${action} of '${entity}' gives no ${what}`, pair.key);
    return { entity, line: reader.lineOf(pair.key), value: pair.value };
  });
}

function nameIn(node: unknown, what: string, reader: Reader): string {
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
    return reader.fail(`expected ${what} (a name)`, node);
  }
  const name = String(node.value).trim();
  return name === '' ? reader.fail(`${what} is empty`, node) : name;
}

/** Nothing written: no value at all, or a key with nothing under it ("merge:"). */
function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function isAction(key: string): key is CurationActionName {
  return (CURATION_ACTIONS as readonly string[]).includes(key);
}
