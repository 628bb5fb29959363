/**
 * One traversal of the RST AST for the extraction stages: every run of inline content (a paragraph, a title, a
 * term, a table cell, ...) in document order, with the section it stands in.
 */
import { parseInline } from './rst/inline.js';
import type { BlockNode, DocumentNode, InlineNode, SectionNode } from './rst/index.js';

export type InlineRunOrigin = 'section-title' | 'paragraph' | 'term' | 'line-block' | 'table-cell';

export interface InlineRun {
  origin: InlineRunOrigin;
  line: number;
  nodes: InlineNode[];
  /** The innermost enclosing section (for a title: its own section); null before the first. */
  section: SectionNode | null;
}

/** Inline runs of the whole document, in document order. */
export function inlineRuns(document: DocumentNode): InlineRun[] {
  const runs: InlineRun[] = [];
  visitBlocks(document.children, null, runs);
  return runs;
}

/** Every block of the document, depth first, in document order (for stages that look at block types). */
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

function visitBlocks(blocks: readonly BlockNode[], section: SectionNode | null, runs: InlineRun[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'section':
        runs.push({ origin: 'section-title', line: block.line, nodes: block.titleInline, section: block });
        visitBlocks(block.children, block, runs);
        continue;
      case 'paragraph':
        runs.push({ origin: 'paragraph', line: block.line, nodes: block.children, section });
        continue;
      case 'definition_list':
        for (const item of block.items) {
          runs.push({ origin: 'term', line: item.line, nodes: item.termInline, section });
          visitBlocks(item.definition, section, runs);
        }
        continue;
      case 'line_block':
        for (const line of block.lines)
          runs.push({ origin: 'line-block', line: line.line, nodes: line.children, section });
        continue;
      case 'table':
        // Cells keep raw text in the AST; their inline markup is parsed here, where it is needed.
        for (const row of block.rows) {
          for (const cell of row.cells) {
            runs.push({ origin: 'table-cell', line: cell.line, nodes: parseInline(cell.text, cell.line), section });
          }
        }
        continue;
      default:
        visitBlocks(childBlocks(block), section, runs);
    }
  }
}

/** The nested blocks of a block, in order; none for leaves. */
export function childBlocks(block: BlockNode): BlockNode[] {
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
