/**
 * docutils' Substitutions transform, for section titles only: a title's plain text shows what its |references|
 * stand for ("replace" text, "unicode" characters, an image's alt text), as docutils' astext() does after
 * publish_doctree. Undefined references keep their bars, as docutils' problematic nodes do. Inline nodes are left
 * untouched: they record what was written.
 */
import type { BlockNode, DocumentNode, InlineNode, SubstitutionDefinitionNode } from './ast.js';
import { parseInline } from './inline.js';
import { normalizeName } from './names.js';
import { inlineText } from './text.js';

export function resolveTitleSubstitutions(document: DocumentNode): void {
  const definitions = collectDefinitions(document.children);
  if (definitions.size === 0 && !hasReferences(document.children)) return;
  const visit = (nodes: readonly BlockNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'section') continue;
      if (node.titleInline.some((inline) => inline.type === 'substitution_reference')) {
        node.title = node.titleInline.map((inline) => textOf(inline, definitions)).join('');
      }
      visit(node.children);
    }
  };
  visit(document.children);
}

function textOf(node: InlineNode, definitions: Map<string, string>): string {
  if (node.type !== 'substitution_reference') return inlineText([node]);
  return definitions.get(node.name) ?? definitions.get(normalizeName(node.name)) ?? `|${node.name}|`;
}

function hasReferences(nodes: readonly BlockNode[]): boolean {
  return nodes.some(
    (node) =>
      node.type === 'section' &&
      (node.titleInline.some((inline) => inline.type === 'substitution_reference') || hasReferences(node.children)),
  );
}

/** Definitions anywhere in the document, by exact name and by normalized name (docutils tries both). */
function collectDefinitions(nodes: readonly BlockNode[]): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (list: readonly BlockNode[]): void => {
    for (const node of list) {
      if (node.type === 'substitution_definition') {
        const text = definitionText(node);
        if (!found.has(node.name)) found.set(node.name, text);
        const normal = normalizeName(node.name);
        if (!found.has(normal)) found.set(normal, text);
      }
      for (const child of childLists(node)) visit(child);
    }
  };
  visit(nodes);
  return found;
}

function childLists(node: BlockNode): BlockNode[][] {
  switch (node.type) {
    case 'section':
    case 'block_quote':
    case 'footnote':
    case 'citation':
      return [node.children];
    case 'directive':
      return node.children ? [node.children] : [];
    case 'bullet_list':
    case 'enumerated_list':
      return node.items.map((item) => item.children);
    case 'definition_list':
      return node.items.map((item) => item.definition);
    case 'field_list':
      return node.fields.map((field) => field.body);
    default:
      return [];
  }
}

function definitionText(node: SubstitutionDefinitionNode): string {
  switch (node.directive.toLowerCase()) {
    case 'replace':
      return inlineText(parseInline(node.value.split('\n').join(' ').trim(), node.line));
    case 'unicode':
      return unicodeText(node.value);
    case 'image':
      return /^:alt:[ \t]*(.*)$/m.exec(node.value)?.[1].trim() ?? node.name;
    default:
      return node.value;
  }
}

/** The "unicode" directive: character codes (U+2122, 0x2122, \u2122, &#x2122;, &#8482;) and literal text. */
function unicodeText(value: string): string {
  const data = value.split(/\n\s*:/)[0].split(' .. ')[0];
  return data
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const hex = /^(?:0x|x|\\x|U\+|u|\\u|&#x)([0-9a-f]+);?$/i.exec(token);
      if (hex) return String.fromCodePoint(Number.parseInt(hex[1], 16));
      const decimal = /^(?:&#)?([0-9]+);?$/.exec(token);
      return decimal ? String.fromCodePoint(Number.parseInt(decimal[1], 10)) : token;
    })
    .join('');
}
