/**
 * Builds the section hierarchy from titles as they are found, following docutils' check_subsection: a style's depth
 * is fixed by the order in which styles first appear; a title may close sections (sibling or ancestor level) or open
 * exactly one level deeper. Anything else is "Title level inconsistent" and the title is dropped, its content staying
 * in the current section, as docutils does.
 */
import type { BlockNode, SectionNode } from './ast.js';
import type { Sink, TitleMark } from './body.js';
import { inlineNodes, warn, type ParseContext } from './context.js';
import { inlineText } from './text.js';

export class SectionTree implements Sink {
  readonly children: BlockNode[] = [];
  private readonly open: SectionNode[] = [];

  constructor(private readonly ctx: ParseContext) {}

  add(...nodes: BlockNode[]): void {
    const parent = this.open[this.open.length - 1];
    (parent ? parent.children : this.children).push(...nodes);
  }

  title(mark: TitleMark): void {
    const styles = this.ctx.titleStyles;
    const known = styles.indexOf(mark.style);
    let depth: number;
    if (known < 0) {
      if (styles.length !== this.open.length) return this.inconsistent(mark);
      styles.push(mark.style);
      depth = styles.length;
    } else {
      depth = known + 1;
      if (depth > this.open.length + 1) return this.inconsistent(mark);
    }
    this.ctx.warnings.push(...mark.warnings);
    this.open.length = depth - 1;
    const titleInline = inlineNodes(this.ctx, mark.title, mark.line);
    const section: SectionNode = {
      type: 'section',
      line: mark.line,
      title: inlineText(titleInline),
      titleInline,
      depth,
      children: [],
    };
    this.add(section);
    this.open.push(section);
  }

  private inconsistent(mark: TitleMark): void {
    warn(this.ctx, 'severe', mark.line, `Title level inconsistent:\n${mark.source}`);
  }
}
