/** Walking the RST AST's blocks, for stages that look at block types (link targets, for one). */
import type { BlockNode, DocumentNode } from './rst/index.js';

/** Every block of the document, depth first, in document order. */
export function allBlocks(document: DocumentNode): BlockNode[] {
  const blocks: BlockNode[] = [];
  const visit = (children: readonly BlockNode[]): void => {
    for (const block of children) {
      blocks.push(block);
      visit(childBlocks(block));
    }
  };
  visit(document.children);
  return blocks;
}

/** The nested blocks of a block, in order; none for leaves. */
function childBlocks(block: BlockNode): BlockNode[] {
  switch (block.type) {
    case 'section':
    case 'block_quote':
    case 'footnote':
    case 'citation':
      return block.children;
    case 'bullet_list':
    case 'enumerated_list':
      return block.items.flatMap((item) => item.children);
    case 'definition_list':
      return block.items.flatMap((item) => item.definition);
    case 'field_list':
      return block.fields.flatMap((field) => field.body);
    case 'directive':
      return block.children ?? [];
    default:
      return [];
  }
}
