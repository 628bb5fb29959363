/**
 * A curation file: hand corrections applied after extraction, so a user fixes what the extractor got wrong
 * without editing code. A small YAML map; every key is optional:
 *
 *   merge:     # lists of entities that are one thing: the first is kept, the others become its aliases
 *     - [kubernetes, k8s]
 *   rename:    # entity → new label (the id follows the new label's slug; the old label becomes an alias)
 *     vmware-esxi: VMware ESXi
 *   suppress:  # entities (with their edges) or edges, by id
 *     - wikipedia
 *   alias:     # entity → one alias or a list of them
 *     kubernetes: [K8s, kube]
 *
 * Entities are named by id or by label (case-insensitive). Actions apply in the order they are written.
 * Every problem is an InputError `file:line: what is wrong`.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
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
  const lineOf = (node: YamlNode | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const fail = (reason: string, node?: YamlNode | null): never => {
    throw new InputError(file, reason, lineOf(node));
  };
  const [syntax] = document.errors;
  if (syntax) throw new InputError(file, syntax.message.split('\n')[0], lineCounter.linePos(syntax.pos[0]).line);
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { file, actions: [] };
  if (!isMap(root)) return fail('expected a map with the keys merge, rename, suppress, alias', root);

  const actions: CurationAction[] = [];
  const name = (node: unknown, what: string): string => {
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      return fail(`expected ${what} (a name)`, node as YamlNode);
    }
    const value = String(node.value).trim();
    return value === '' ? fail(`${what} is empty`, node) : value;
  };
  const add = (action: CurationActionName, node: YamlNode, names: string[]) =>
    actions.push({ action, line: lineOf(node) ?? 1, names });

  for (const pair of root.items) {
    const key = pair.key as YamlNode;
    const action = isScalar(key) ? String(key.value) : '';
    if (!(CURATION_ACTIONS as readonly string[]).includes(action)) {
      fail(`unknown key '${action}' (expected ${CURATION_ACTIONS.join(', ')})`, key);
    }
    const value = pair.value as YamlNode | null;
    if (value === null || (isScalar(value) && value.value === null)) continue; // "merge:" with nothing under it
    if (action === 'merge' || action === 'suppress') {
      if (!isSeq(value)) fail(`${action} expects a list`, value ?? key);
      for (const item of (value as { items: unknown[] }).items) {
        const itemNode = item as YamlNode;
        if (action === 'suppress') {
          add('suppress', itemNode, [name(item, 'an entity or edge')]);
          continue;
        }
        if (!isSeq(item) || item.items.length < 2) fail('each merge is a list of two names or more', itemNode);
        add(
          'merge',
          itemNode,
          (item as { items: unknown[] }).items.map((n) => name(n, 'an entity')),
        );
      }
    } else {
      if (!isMap(value))
        fail(`${action} expects a map of entity: ${action === 'rename' ? 'new label' : 'aliases'}`, value);
      for (const entry of (value as { items: { key: unknown; value: unknown }[] }).items) {
        const entity = name(entry.key, 'an entity');
        const keyNode = entry.key as YamlNode;
        if (entry.value === null || (isScalar(entry.value) && entry.value.value === null)) {
          fail(`${action} of '${entity}' gives no ${action === 'rename' ? 'new label' : 'alias'}`, keyNode);
        }
        if (action === 'rename') {
          add('rename', keyNode, [entity, name(entry.value, 'a new label')]);
        } else {
          const list = isSeq(entry.value) ? entry.value.items : [entry.value];
          if (list.length === 0) fail('alias expects one alias or a list of them', keyNode);
          add('alias', keyNode, [entity, ...list.map((n) => name(n, 'an alias'))]);
        }
      }
    }
  }
  return { file, actions };
}
