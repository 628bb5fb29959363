/**
 * Builds the section hierarchy as titles are found, following docutils' check_subsection / new_subsection: a style's
 * level is fixed by the order in which styles first appear; a title may close sections (sibling or ancestor level)
 * or open exactly one level deeper. Anything else is "Title level inconsistent": the title is dropped and its
 * content stays in the current section.
 *
 * docutils closes sections by unwinding nested state machines and then reads the closing title again in the parent.
 * That is modelled literally (title() returns where to resume reading) because the outline must match docutils,
 * quirks included: when an underlined title closes a section whose overline was shorter than 4 characters, docutils'
 * Line state "corrects" itself and first reads the two lines before the closing title again, as text, in the parent
 * section (junk paragraphs, or a second look at a title).
 */
import type { BlockNode, SectionNode } from './ast.js';
import type { Rewind, Sink, TitleMark } from './body.js';
import { inlineNodes, warn, type ParseContext } from './context.js';
import { inlineText } from './text.js';

interface OpenSection {
  node: SectionNode;
  /** docutils' section level when it was opened (memo.section_level), which can differ from tree depth. */
  level: number;
  shortOverline: boolean;
}

export class SectionTree implements Sink {
  readonly children: BlockNode[] = [];
  private readonly open: OpenSection[] = [];
  /** docutils' memo.section_level. */
  private level = 0;

  constructor(private readonly ctx: ParseContext) {}

  add(...nodes: BlockNode[]): void {
    const parent = this.open[this.open.length - 1];
    (parent ? parent.node.children : this.children).push(...nodes);
  }

  title(mark: TitleMark): Rewind | null {
    const styles = this.ctx.titleStyles;
    const known = styles.indexOf(mark.style);
    if (known < 0) {
      if (styles.length !== this.level) return this.inconsistent(mark);
      styles.push(mark.style);
      return this.openSection(mark, styles.length);
    }
    const level = known + 1;
    if (level <= this.level) return this.bubbleUp(mark, level);
    if (level === this.level + 1) return this.openSection(mark, level);
    return this.inconsistent(mark);
  }

  /**
   * Closes sections innermost first, as docutils' EOFError unwinds their state machines, until one whose parent may
   * hold the title; that parent then reads the title again. A section closed by unwinding out of its own overlined
   * title gets docutils' Line.eof, which for an overline under 4 characters makes the parent read the two lines
   * before the closing title again, as text. (The closing title's own Line.eof, if it is overlined, is absorbed by
   * docutils' section_bubble_up_kludge, so it never matters here.)
   */
  private bubbleUp(mark: TitleMark, level: number): Rewind {
    this.level = level;
    for (;;) {
      const closed = this.open.pop();
      if (closed === undefined) {
        this.level = 0;
        break;
      }
      if (closed.level <= level) {
        this.level = closed.level - 1;
        break;
      }
      if (closed.shortOverline) return { index: Math.max(0, mark.index - 2), asText: true };
    }
    return { index: mark.index, asText: false };
  }

  private openSection(mark: TitleMark, level: number): null {
    this.ctx.warnings.push(...mark.warnings);
    const titleInline = inlineNodes(this.ctx, mark.title, mark.line);
    const node: SectionNode = {
      type: 'section',
      line: mark.line,
      title: inlineText(titleInline),
      titleInline,
      depth: this.open.length + 1,
      children: [],
    };
    this.add(node);
    this.open.push({ node, level, shortOverline: mark.shortOverline });
    this.level = level;
    return null;
  }

  private inconsistent(mark: TitleMark): null {
    warn(this.ctx, 'severe', mark.line, `Title level inconsistent:\n${mark.source}`);
    return null;
  }
}
