/** Page-level messages: a polite status line, and the full-size error shown instead of a blank page. */
import { h, replaceChildren } from './dom.js';

export function announce(message: string): void {
  const status = document.getElementById('status');
  if (!status) return;
  status.textContent = message;
  delete status.dataset.kind;
}

/**
 * A notice that does not block anything (live updates, failed re-ingests): the same polite status line, marked
 * as an error when it is one so it stands out and stays until the next notice.
 */
export function notify(message: string, kind: 'info' | 'error'): void {
  const status = document.getElementById('status');
  if (!status) return;
  status.textContent = message;
  status.dataset.kind = kind;
}

export function showFatal(container: HTMLElement, title: string, detail: string): void {
  const retry = h('button', { type: 'button' }, 'Retry');
  retry.addEventListener('click', () => location.reload(), { once: true });
  replaceChildren(
    container,
    h('div', { class: 'fatal', role: 'alert' }, h('h2', {}, title), h('p', {}, detail), retry),
  );
}
