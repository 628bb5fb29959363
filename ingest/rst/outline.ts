import type { BlockNode, DocumentNode } from './ast.js';

export interface OutlineEntry {
  title: string;
  depth: number;
  line: number;
}

/** Every section in document order (pre-order), for the CLI and the docutils parity test. */
export function sectionOutline(document: DocumentNode): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const visit = (nodes: readonly BlockNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'section') continue;
      out.push({ title: node.title, depth: node.depth, line: node.line });
      visit(node.children);
    }
  };
  visit(document.children);
  return out;
}
