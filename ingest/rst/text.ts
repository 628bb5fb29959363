import type { InlineNode } from './ast.js';

/** Plain text of inline nodes, markup removed, like docutils' `astext()`. */
export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map(nodeText).join('');
}

function nodeText(node: InlineNode): string {
  switch (node.type) {
    case 'reference':
      return node.text;
    case 'substitution_reference':
      return node.name;
    case 'footnote_reference':
    case 'citation_reference':
      return node.label;
    default:
      return node.value;
  }
}
