/**
 * docutils' Transitions transform, which publish_doctree applies: a transition that ends a section moves up to
 * follow that section (or its outermost ancestor ending there), and misplaced transitions are reported. Transitions
 * only ever sit among document or section children, so only those lists are walked.
 */
import type { BlockNode, DocumentNode, SectionNode, TransitionNode } from './ast.js';
import { warn, type ParseContext } from './context.js';

type Container = DocumentNode | SectionNode;

export function placeTransitions(document: DocumentNode, ctx: ParseContext): void {
  const found: { node: TransitionNode; path: Container[] }[] = [];
  const collect = (container: Container, path: Container[]): void => {
    for (const child of container.children) {
      if (child.type === 'transition') found.push({ node: child, path: [...path, container] });
      else if (child.type === 'section') collect(child, [...path, container]);
    }
  };
  collect(document, []);
  for (const { node, path } of found) place(node, path, ctx);
}

/** `path` runs from the document down to the transition's current parent. */
function place(node: TransitionNode, path: Container[], ctx: ParseContext): void {
  const parent = path[path.length - 1];
  const index = parent.children.indexOf(node);
  if (index === 0) warn(ctx, 'error', node.line, 'Document or section may not begin with a transition.');
  else if (parent.children[index - 1].type === 'transition') {
    warn(
      ctx,
      'error',
      node.line,
      'At least one body element must separate transitions; adjacent transitions are not allowed.',
    );
  }
  if (index !== parent.children.length - 1) return;
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
