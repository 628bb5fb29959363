/** The RST around an evidence line, from /api/source, with the line itself marked. */
import type { Api, SourceResult } from '../api.js';
import { h, replaceChildren } from '../dom.js';

export async function showSource(target: HTMLElement, api: Api, file: string, line: number): Promise<void> {
  replaceChildren(target, h('p', { class: 'muted' }, `Loading ${file}:${line}…`));
  const result = await api.source(file, line, 3);
  if (!result.ok) {
    replaceChildren(target, h('p', { class: 'error' }, `Cannot show ${file}:${line}: ${result.message}`));
    return;
  }
  const rows = sourceLines(result.value, line);
  replaceChildren(
    target,
    h(
      'pre',
      { class: 'source', 'aria-label': `${file} around line ${line}` },
      rows.map(([number, text]) =>
        h(
          'span',
          { class: number === line ? 'source-line current' : 'source-line' },
          h('span', { class: 'line-number' }, String(number).padStart(5)),
          ` ${text}\n`,
        ),
      ),
    ),
  );
}

/** [line number, text] pairs from whichever shape the API returned. */
export function sourceLines(source: SourceResult, line: number): [number, string][] {
  const lines = source.lines ?? (source.text !== undefined ? source.text.split('\n') : []);
  const first = source.start ?? (lines.length > 0 && typeof lines[0] !== 'string' ? undefined : Math.max(1, line - 3));
  return lines.map((item, index): [number, string] => {
    if (typeof item === 'string') return [(first ?? 1) + index, item];
    return [item.line ?? item.number ?? (first ?? 1) + index, item.text];
  });
}
