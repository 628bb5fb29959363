/**
 * The reStructuredText AST: a closed union of `{type, line, ...}` nodes with 1-based line numbers,
 * close to docutils' doctree but only as deep as infragraph needs.
 */

/** A problem the parser recovered from, reported like a docutils system message. */
export interface RstWarning {
  file: string;
  line: number;
  level: 'info' | 'warning' | 'error' | 'severe';
  message: string;
}

// ---- Inline nodes ----------------------------------------------------------------------------

export interface TextNode {
  type: 'text';
  line: number;
  value: string;
}
export interface EmphasisNode {
  type: 'emphasis';
  line: number;
  value: string;
}
export interface StrongNode {
  type: 'strong';
  line: number;
  value: string;
}
export interface LiteralNode {
  type: 'literal';
  line: number;
  value: string;
}
/** `text`, :role:`text` or `text`:role: */
export interface InterpretedNode {
  type: 'interpreted';
  line: number;
  role: string | null;
  value: string;
}
/** word_, `text`_, `text <url>`_, `text <name_>`_, `text`__ (anonymous), and standalone URIs. */
export interface ReferenceNode {
  type: 'reference';
  line: number;
  text: string;
  refuri?: string;
  refname?: string;
  anonymous: boolean;
}
/** _`inline target` */
export interface InlineTargetNode {
  type: 'inline_target';
  line: number;
  value: string;
}
/** |name|, |name|_ */
export interface SubstitutionReferenceNode {
  type: 'substitution_reference';
  line: number;
  name: string;
}
/** [1]_, [#]_, [#label]_, [*]_ */
export interface FootnoteReferenceNode {
  type: 'footnote_reference';
  line: number;
  label: string;
}
/** [CIT2002]_ */
export interface CitationReferenceNode {
  type: 'citation_reference';
  line: number;
  label: string;
}

export type InlineNode =
  | TextNode
  | EmphasisNode
  | StrongNode
  | LiteralNode
  | InterpretedNode
  | ReferenceNode
  | InlineTargetNode
  | SubstitutionReferenceNode
  | FootnoteReferenceNode
  | CitationReferenceNode;

// ---- Block nodes -----------------------------------------------------------------------------

export interface SectionNode {
  type: 'section';
  line: number;
  /** The title as plain text (inline markup removed, as docutils' astext()). */
  title: string;
  titleInline: InlineNode[];
  /** 1 for the document's top section. */
  depth: number;
  children: BlockNode[];
}
/** Prose. `text` keeps the source lines joined by "\n", so line = node.line + newlines before an offset. */
export interface ParagraphNode {
  type: 'paragraph';
  line: number;
  text: string;
  children: InlineNode[];
}
export interface ListItemNode {
  type: 'list_item';
  line: number;
  children: BlockNode[];
}
export interface BulletListNode {
  type: 'bullet_list';
  line: number;
  bullet: string;
  items: ListItemNode[];
}
export interface EnumeratedListNode {
  type: 'enumerated_list';
  line: number;
  enumtype: 'arabic' | 'loweralpha' | 'upperalpha' | 'lowerroman' | 'upperroman' | 'auto';
  start: number;
  items: ListItemNode[];
}
export interface DefinitionItemNode {
  type: 'definition_item';
  line: number;
  term: string;
  termInline: InlineNode[];
  classifiers: string[];
  definition: BlockNode[];
}
export interface DefinitionListNode {
  type: 'definition_list';
  line: number;
  items: DefinitionItemNode[];
}
export interface FieldNode {
  type: 'field';
  line: number;
  name: string;
  body: BlockNode[];
}
export interface FieldListNode {
  type: 'field_list';
  line: number;
  fields: FieldNode[];
}
/** From `::` or a code / code-block / sourcecode directive. */
export interface LiteralBlockNode {
  type: 'literal_block';
  line: number;
  value: string;
  language?: string;
}
export interface BlockQuoteNode {
  type: 'block_quote';
  line: number;
  children: BlockNode[];
  attribution?: string;
}
export interface LineBlockLine {
  line: number;
  indent: number;
  text: string;
  children: InlineNode[];
}
export interface LineBlockNode {
  type: 'line_block';
  line: number;
  lines: LineBlockLine[];
}
/**
 * Any other directive, kept opaque. `body` is the raw content; `children` holds the parsed content of directives
 * whose body is ordinary RST (admonitions, topic, sidebar, container, ...). `include` and `raw` are never executed.
 */
export interface DirectiveNode {
  type: 'directive';
  line: number;
  name: string;
  arguments: string;
  options: Record<string, string>;
  body: string;
  bodyLine: number;
  children?: BlockNode[];
}
export interface CommentNode {
  type: 'comment';
  line: number;
  value: string;
}
export interface TableCell {
  line: number;
  text: string;
  /** The cell's content parsed as RST (docutils parses every non-empty cell as a nested body). */
  children?: BlockNode[];
}
export interface TableRow {
  line: number;
  cells: TableCell[];
}
export interface TableNode {
  type: 'table';
  line: number;
  format: 'simple' | 'grid';
  headerRows: number;
  rows: TableRow[];
}
/** .. _name: uri  /  .. _name: other_  /  .. __: uri  /  __ uri */
export interface TargetNode {
  type: 'target';
  line: number;
  /** null for anonymous targets. */
  name: string | null;
  refuri?: string;
  refname?: string;
}
/** .. |name| directive:: data */
export interface SubstitutionDefinitionNode {
  type: 'substitution_definition';
  line: number;
  name: string;
  directive: string;
  value: string;
}
export interface FootnoteNode {
  type: 'footnote';
  line: number;
  label: string;
  children: BlockNode[];
}
export interface CitationNode {
  type: 'citation';
  line: number;
  label: string;
  children: BlockNode[];
}
export interface TransitionNode {
  type: 'transition';
  line: number;
}

export type BlockNode =
  | SectionNode
  | ParagraphNode
  | BulletListNode
  | EnumeratedListNode
  | DefinitionListNode
  | FieldListNode
  | LiteralBlockNode
  | BlockQuoteNode
  | LineBlockNode
  | DirectiveNode
  | CommentNode
  | TableNode
  | TargetNode
  | SubstitutionDefinitionNode
  | FootnoteNode
  | CitationNode
  | TransitionNode;

export interface DocumentNode {
  type: 'document';
  line: 1;
  children: BlockNode[];
}

export interface ParseResult {
  document: DocumentNode;
  warnings: RstWarning[];
}
