/**
 * docutils' Transitions transform, which publish_doctree applies: a transition that ends a section moves up to
 * follow that section (or its outermost ancestor ending there), and misplaced transitions are reported. Transitions
 * only ever sit among document or section children, so only those lists are walked.
 *
 * In docutils the parser's system messages are nodes too, and one standing after a transition keeps it from being
 * "last" (or two transitions from being adjacent). Our warnings are not nodes, so a warning on a line where no node
 * can stand (after the transition and before whatever comes next) is taken to be such a sibling.
 */
import type { BlockNode, DocumentNode, SectionNode, TransitionNode } from './ast.js';
import { warn, type ParseContext } from './context.js';

type Container = DocumentNode | SectionNode;

export function placeTransitions(document: DocumentNode, ctx: ParseContext): void {
  const found: { node: TransitionNode; path: Container[] }[] = [];
  const titleLines: number[] = [];
  const collect = (container: Container, path: Container[]): void => {
    for (const child of container.children) {
      if (child.type === 'transition') found.push({ node: child, path: [...path, container] });
      else if (child.type === 'section') {
        titleLines.push(child.line);
        collect(child, [...path, container]);
      }
    }
  };
  collect(document, []);
  if (found.length === 0) return;
  const messages = new Lines(ctx.warnings.map((warning) => warning.line));
  const nextTitle = new Lines(titleLines);
  for (const { node, path } of found) place(node, path, ctx, messages, nextTitle);
}

/** `path` runs from the document down to the transition's current parent. */
function place(node: TransitionNode, path: Container[], ctx: ParseContext, messages: Lines, titles: Lines): void {
  const parent = path[path.length - 1];
  const index = parent.children.indexOf(node);
  const previous = parent.children[index - 1];
  if (index === 0) warn(ctx, 'error', node.line, 'Document or section may not begin with a transition.');
  else if (previous.type === 'transition' && !messages.any(previous.line, node.line)) {
    warn(
      ctx,
      'error',
      node.line,
      'At least one body element must separate transitions; adjacent transitions are not allowed.',
    );
  }
  if (index !== parent.children.length - 1) return;
  // A title's overline sits on the line before its text: messages there belong to the next section.
  if (messages.any(node.line, titles.after(node.line) - 1)) return;
  // Climb while the current node is the last child of its parent.
  let level = path.length - 1;
  let sibling: BlockNode | Container = node;
  while (level >= 0 && last(path[level].children) === sibling) {
    sibling = path[level];
    level -= 1;
  }
  if (level < 0) {
    warn(ctx, 'error', node.line, 'Document may not end with a transition.');
    return;
  }
  parent.children.splice(index, 1);
  const target = path[level].children;
  target.splice(target.indexOf(sibling as SectionNode) + 1, 0, node);
}

function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

/** Sorted line numbers with range queries. */
class Lines {
  private readonly sorted: number[];

  constructor(lines: number[]) {
    this.sorted = [...lines].sort((a, b) => a - b);
  }

  /** Index of the first line greater than `line`. */
  private upper(line: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid] <= line) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Whether some line lies strictly between `from` and `to`. */
  any(from: number, to: number): boolean {
    const index = this.upper(from);
    return index < this.sorted.length && this.sorted[index] < to;
  }

  /** The first line after `line`, or Infinity. */
  after(line: number): number {
    return this.sorted[this.upper(line)] ?? Infinity;
  }
}
