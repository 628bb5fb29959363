/* eslint-disable no-control-regex -- "\x00" marks backslash escapes, as in docutils. */
import type { InlineNode, RstWarning } from '../ast.js';
import { matchingPair } from './chars.js';
import {
  EndFinder,
  emphasisEnd,
  interpretedEnd,
  literalEnd,
  strongEnd,
  substitutionEnd,
  targetEnd,
  type EndMatch,
} from './ends.js';
import { escapeToNull, normalizeName, restoreBackslashes, unescape } from './escape.js';
import { NameScanner } from './names.js';
import { phraseReference } from './phrase.js';
import { StartFinder, type StartMatch } from './starts.js';
import { UriScanner } from './uri.js';
import { URI_SCHEMES } from './uri-schemes.js';

type SimpleKind = 'strong' | 'emphasis' | 'literal' | 'target' | 'substitution';

// docutils names the node class in its warnings ("Inline emphasis start-string without end-string.").
const NODE_CLASS: Record<SimpleKind, string> = {
  strong: 'strong',
  emphasis: 'emphasis',
  literal: 'literal',
  target: 'target',
  substitution: 'substitution_reference',
};

/** What one start-string turned into: nodes replacing text[from, resume), or nothing when it is not markup. */
interface Step {
  from: number;
  nodes: InlineNode[];
  resume: number;
}

/**
 * docutils' Inliner.parse: find the leftmost start-string, look for its end-string, emit the construct (or keep the
 * start-string as text with a warning), continue after it; standalone URIs are looked for in the text in between.
 */
export class InlineScanner {
  private readonly text: string;
  private readonly lineStarts: number[] = [];
  private readonly out: InlineNode[] = [];
  readonly warnings: RstWarning[] = [];
  private readonly starts: StartFinder;
  private readonly ends: Record<SimpleKind | 'interpreted', EndFinder>;

  constructor(
    source: string,
    private readonly firstLine: number,
    private readonly file: string,
  ) {
    // A raw NUL would be taken for an escape marker; U+FFFD keeps offsets intact.
    this.text = escapeToNull(source.replace(/\x00/g, '\uFFFD'));
    for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
    this.starts = new StartFinder(this.text);
    const t = this.text;
    this.ends = {
      strong: new EndFinder(t, strongEnd, '*'),
      emphasis: new EndFinder(t, emphasisEnd, '*'),
      literal: new EndFinder(t, literalEnd, '`'),
      target: new EndFinder(t, targetEnd, '`'),
      substitution: new EndFinder(t, substitutionEnd, '|'),
      interpreted: new EndFinder(t, interpretedEnd(new NameScanner(t)), '`'),
    };
  }

  parse(): InlineNode[] {
    let base = 0;
    let pending = 0;
    while (base < this.text.length) {
      const start = this.starts.find(base);
      if (!start) break;
      const step = this.step(start, base);
      if (step.nodes.length > 0) {
        this.implicit(pending, step.from);
        this.out.push(...step.nodes);
        pending = step.resume;
      }
      base = step.resume;
    }
    this.implicit(pending, this.text.length);
    return mergeText(this.out);
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return this.firstLine + lo;
  }

  private step(start: StartMatch, base: number): Step {
    switch (start.kind) {
      case 'interpreted':
        return this.interpreted(start, base);
      case 'reference': {
        const name = unescape(this.text.slice(start.start, start.nameEnd));
        const line = this.lineAt(start.start);
        const node: InlineNode = start.anonymous
          ? { type: 'reference', line, text: name, anonymous: true }
          : { type: 'reference', line, text: name, refname: normalizeName(name), anonymous: false };
        return { from: start.start, nodes: [node], resume: start.end };
      }
      case 'footnote':
      case 'citation': {
        const type = start.kind === 'footnote' ? 'footnote_reference' : 'citation_reference';
        return {
          from: start.start,
          nodes: [{ type, line: this.lineAt(start.start), label: start.label }],
          resume: start.end,
        };
      }
      default:
        return this.simple(start, base);
    }
  }

  /** Rule 5: a start-string between matching brackets or quotes, like "*" or (*), is not markup. */
  private quoted(start: number, end: number, base: number): boolean {
    if (start === base) return false;
    if (end >= this.text.length) return true;
    return matchingPair(this.text[start - 1], this.text[end]);
  }

  private simple(start: StartMatch & { kind: SimpleKind }, base: number): Step {
    if (this.quoted(start.start, start.end, base)) return { from: start.end, nodes: [], resume: start.end };
    const end = this.ends[start.kind].find(start.end);
    if (!end || end.start === start.end) return this.unterminated(start.start, start.end, NODE_CLASS[start.kind]);
    const content = this.text.slice(start.end, end.start);
    const line = this.lineAt(start.start);
    const node: InlineNode =
      start.kind === 'literal'
        ? { type: 'literal', line, value: restoreBackslashes(content) }
        : start.kind === 'target'
          ? { type: 'inline_target', line, value: unescape(content) }
          : start.kind === 'substitution'
            ? { type: 'substitution_reference', line, name: unescape(content) }
            : { type: start.kind, line, value: unescape(content) };
    return { from: start.start, nodes: [node], resume: end.end };
  }

  private interpreted(start: StartMatch & { kind: 'interpreted' }, base: number): Step {
    if (start.role === null && this.quoted(start.start, start.end, base)) {
      return { from: start.end, nodes: [], resume: start.end };
    }
    const end: EndMatch | null = this.ends.interpreted.find(start.end);
    if (!end || end.start === start.end) {
      return this.unterminated(start.tick, start.end, 'interpreted text or phrase reference');
    }
    let role = start.role;
    let position = 'prefix';
    if (end.role !== null) {
      if (role !== null) {
        const message = 'Multiple roles in interpreted text (both prefix and suffix present; only one allowed).';
        return this.problematic(start.start, end.end, message);
      }
      role = end.role;
      position = 'suffix';
    }
    const content = this.text.slice(start.end, end.start);
    if (end.refend) {
      if (role !== null) {
        const message = `Mismatch: both interpreted text role ${position} and reference suffix.`;
        return this.problematic(start.start, end.end, message);
      }
      const node = phraseReference(content, end.refend === '__', this.lineAt(start.tick));
      return { from: start.tick, nodes: [node], resume: end.end };
    }
    const node: InlineNode = {
      type: 'interpreted',
      line: this.lineAt(start.start),
      role: role === null ? null : role.toLowerCase(),
      value: unescape(content),
    };
    return { from: start.start, nodes: [node], resume: end.end };
  }

  private unterminated(from: number, resume: number, nodeClass: string): Step {
    return this.problematic(from, resume, `Inline ${nodeClass} start-string without end-string.`);
  }

  /** Source kept as text (docutils' "problematic" node) with a warning at its line. */
  private problematic(from: number, resume: number, message: string): Step {
    const line = this.lineAt(from);
    this.warnings.push({ file: this.file, line, level: 'warning', message });
    const value = restoreBackslashes(this.text.slice(from, resume));
    return { from, nodes: [{ type: 'text', line, value }], resume };
  }

  /** Standalone URIs and e-mail addresses in text[lo, hi), the rest as text (docutils' implicit_inline). */
  private implicit(lo: number, hi: number): void {
    const scanner = new UriScanner(this.text, lo, hi);
    while (scanner.lo < hi) {
      const match = scanner.search();
      // An unknown scheme makes docutils give up on the whole stretch, later URIs included.
      if (!match || (match.scheme !== null && !URI_SCHEMES.has(match.scheme.toLowerCase()))) break;
      this.implicit(scanner.lo, match.start);
      const whole = unescape(this.text.slice(match.start, match.end));
      const refuri = match.scheme === null ? `mailto:${whole}` : whole;
      this.out.push({ type: 'reference', line: this.lineAt(match.start), text: whole, refuri, anonymous: false });
      scanner.lo = match.end;
    }
    this.pushText(scanner.lo, hi);
  }

  private pushText(from: number, to: number): void {
    if (to > from) this.out.push({ type: 'text', line: this.lineAt(from), value: unescape(this.text.slice(from, to)) });
  }
}

/** Joins neighbouring text nodes (docutils splits text at every failed start-string) and drops empty ones. */
function mergeText(nodes: InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && node.value === '') continue;
    if (node.type === 'text' && last?.type === 'text')
      merged[merged.length - 1] = { ...last, value: last.value + node.value };
    else merged.push(node);
  }
  return merged;
}
