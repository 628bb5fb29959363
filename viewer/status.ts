/** Page-level messages: a polite status line, and the full-size error shown instead of a blank page. */
import { h, replaceChildren } from './dom.js';

export function announce(message: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}

export function showFatal(container: HTMLElement, title: string, detail: string): void {
  const retry = h('button', { type: 'button' }, 'Retry');
  retry.addEventListener('click', () => location.reload(), { once: true });
  replaceChildren(
    container,
    h('div', { class: 'fatal', role: 'alert' }, h('h2', {}, title), h('p', {}, detail), retry),
  );
}
