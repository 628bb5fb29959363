/**
 * The only way text and links reach the page: elements built with textContent, never innerHTML, and hrefs
 * restricted to http(s) or the page's own `?query` links.
 */

type Child = Node | string | null | undefined | false;
/** Children may nest in arrays (a list of rows, each a list of cells); they are flattened in order. */
export type Children = Child | readonly Children[];
type Attributes = Record<string, string | number | boolean | undefined | null>;

/** An element with attributes (false/null/undefined left out) and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'href' && typeof value === 'string' && !isSafeHref(value)) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Children[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : (child as Node));
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Children[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** http(s) URLs and the page's own query links (`?node=…`); everything else (javascript:, data:, //host) is refused. */
export function isSafeHref(href: string): boolean {
  if (href.startsWith('?') || href.startsWith('#')) return true;
  return isHttpUrl(href);
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && /^https?:\/\//i.test(text.trim());
  } catch {
    return false;
  }
}

/** Adds a listener and returns its teardown. */
export function listen<K extends keyof HTMLElementEventMap>(
  target: HTMLElement | Document,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
): () => void;
export function listen(target: EventTarget, type: string, handler: (event: Event) => void): () => void;
export function listen(target: EventTarget, type: string, handler: (event: Event) => void): () => void {
  target.addEventListener(type, handler);
  return () => target.removeEventListener(type, handler);
}

/** Collects teardowns so a feature can undo everything it set up with one call. */
export class Teardown {
  private readonly undo: (() => void)[] = [];

  add(...teardowns: (() => void)[]): void {
    this.undo.push(...teardowns);
  }

  run(): void {
    while (this.undo.length > 0) this.undo.pop()!();
  }
}
