/**
 * AST → prose units: every piece of running text (a title, a paragraph, a list item, a term, a table cell) as plain
 * text with the spans that matter for extraction (links, code), the line of every character, and the structure a
 * reader uses to understand it (the section it stands in, the sentence that introduces its list).
 */
import { parseInline } from './rst/inline.js';
import type { BlockNode, DocumentNode, InlineNode, ListItemNode } from './rst/index.js';
import { linkTargets, type LinkTargets } from './targets.js';

export type ProseKind = 'title' | 'paragraph' | 'item' | 'term' | 'cell' | 'line';

export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface LinkSpan extends Span {
  url?: string;
}

export interface SectionContext {
  title: string;
  line: number;
  depth: number;
  /** The enclosing section, null at the top. */
  parent: SectionContext | null;
  /** The section's title unit. */
  unit: number;
  /** Index of the first child section's title unit, for each subsection, in order. */
  subsections: number[];
}

export interface ProseUnit {
  index: number;
  kind: ProseKind;
  file: string;
  /** Plain text: markup removed, source line breaks kept as "\n". */
  text: string;
  line: number;
  links: LinkSpan[];
  code: Span[];
  section: SectionContext | null;
  /** For list items and definitions: the unit that introduces them (the paragraph before the list, the parent item, the term). */
  leadIn: number | null;
  /** For units nested inside a list item or definition: that item's unit. */
  container: number | null;
  /** Offsets where a new line of the source starts, with that line (ascending). */
  lineBreaks: { offset: number; line: number }[];
}

/** The source line of a character of a unit. */
export function lineAt(unit: ProseUnit, offset: number): number {
  let line = unit.line;
  for (const lineBreak of unit.lineBreaks) {
    if (lineBreak.offset > offset) break;
    line = lineBreak.line;
  }
  return line;
}

export function proseUnits(document: DocumentNode, file: string): ProseUnit[] {
  const builder = new UnitBuilder(file, linkTargets(document));
  builder.blocks(document.children, null, null);
  return builder.units;
}

class UnitBuilder {
  readonly units: ProseUnit[] = [];
  constructor(
    private readonly file: string,
    private readonly targets: LinkTargets,
  ) {}

  blocks(blocks: readonly BlockNode[], section: SectionContext | null, container: number | null): void {
    let previous: number | null = null; // the last paragraph unit of this run of blocks, a list's lead-in
    for (const block of blocks) {
      let last: number | null = null;
      switch (block.type) {
        case 'section': {
          const context: SectionContext = {
            title: block.title,
            line: block.line,
            depth: block.depth,
            parent: section,
            unit: this.units.length,
            subsections: [],
          };
          section?.subsections.push(context.unit);
          this.add('title', block.titleInline, block.line, context, null, container);
          this.blocks(block.children, context, null);
          break;
        }
        case 'paragraph':
          last = this.add('paragraph', block.children, block.line, section, null, container);
          break;
        case 'bullet_list':
        case 'enumerated_list':
          for (const item of block.items) this.listItem(item, section, previous ?? container, container);
          break;
        case 'definition_list':
          for (const item of block.items) {
            const term = this.add('term', item.termInline, item.line, section, previous ?? container, container);
            this.blocks(item.definition, section, term);
          }
          break;
        case 'line_block':
          for (const line of block.lines) this.add('line', line.children, line.line, section, null, container);
          break;
        case 'table':
          for (const row of block.rows) {
            for (const cell of row.cells) {
              this.add('cell', parseInline(cell.text, cell.line), cell.line, section, null, container);
            }
          }
          break;
        case 'block_quote':
        case 'footnote':
        case 'citation':
          this.blocks(block.children, section, container);
          break;
        case 'field_list':
          for (const field of block.fields) this.blocks(field.body, section, container);
          break;
        case 'directive':
          if (block.children) this.blocks(block.children, section, container);
          break;
        default:
          break; // literal blocks, comments, targets, substitutions, transitions: no prose
      }
      previous = last;
    }
  }

  /** An item's first paragraph is the item itself; the rest of its content is contained in it. */
  private listItem(
    item: ListItemNode,
    section: SectionContext | null,
    leadIn: number | null,
    container: number | null,
  ) {
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph') {
      const unit = this.add('item', first.children, first.line, section, leadIn, container);
      this.blocks(rest, section, unit);
    } else {
      this.blocks(item.children, section, container);
    }
  }

  private add(
    kind: ProseKind,
    nodes: InlineNode[],
    line: number,
    section: SectionContext | null,
    leadIn: number | null,
    container: number | null,
  ): number {
    const unit: ProseUnit = {
      index: this.units.length,
      kind,
      file: this.file,
      text: '',
      line,
      links: [],
      code: [],
      section,
      leadIn,
      container,
      lineBreaks: [],
    };
    let lastLine = line;
    for (const node of nodes) {
      const start = unit.text.length;
      const value = plainText(node);
      if (node.line !== lastLine) unit.lineBreaks.push({ offset: start, line: node.line });
      lastLine = node.line;
      for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
        lastLine++;
        unit.lineBreaks.push({ offset: start + i + 1, line: lastLine });
      }
      unit.text += value;
      const span = { start, end: unit.text.length, text: value.replace(/\s+/g, ' ').trim() };
      if (node.type === 'reference') {
        const url = this.targets.urlOf(node);
        unit.links.push(url === undefined ? span : { ...span, url });
      } else if (node.type === 'literal') unit.code.push(span);
    }
    this.units.push(unit);
    return unit.index;
  }
}

/** The text a reader sees for an inline node (footnote and citation markers are not read). */
function plainText(node: InlineNode): string {
  switch (node.type) {
    case 'text':
    case 'emphasis':
    case 'strong':
    case 'literal':
    case 'inline_target':
      return node.value;
    // A cross-reference role reads as its title: ":doc:`Zorp guide <zorp/index>`" shows "Zorp guide".
    case 'interpreted':
      return /^(.*\S)[ \t]+<[^<>\n]*>$/s.exec(node.value)?.[1] ?? node.value;
    case 'reference':
      return node.text;
    case 'substitution_reference':
      return node.name;
    case 'footnote_reference':
    case 'citation_reference':
      return '';
  }
}
