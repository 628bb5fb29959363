import { endsBeforeBoundary, isWhitespace, nameCharLength, startsAfterBoundary } from './chars.js';
import { NameScanner } from './names.js';

/** A start-string, or a whole construct (simple reference, footnote reference), found by `findStart`. */
export type StartMatch =
  | { kind: 'strong' | 'emphasis' | 'literal' | 'target' | 'substitution'; start: number; end: number }
  /** `start` is where ":role:" begins (or the backquote when there is no role); `tick` is the backquote. */
  | { kind: 'interpreted'; start: number; tick: number; end: number; role: string | null }
  | { kind: 'reference'; start: number; end: number; nameEnd: number; anonymous: boolean }
  | { kind: 'footnote' | 'citation'; start: number; end: number; label: string };

const CANDIDATE_FIRST = '*`_|[:';

/**
 * Recognises markup at one offset, trying docutils' alternatives in its order: simple start-strings, whole
 * constructs, then interpreted text. `base` is where docutils' current search string begins: it counts as the
 * start of text for the start-string rule.
 */
export class StartFinder {
  private readonly referenceNames: NameScanner;
  private readonly roleNames: NameScanner;
  private readonly labelNames: NameScanner;

  constructor(private readonly text: string) {
    this.referenceNames = new NameScanner(text);
    this.roleNames = new NameScanner(text);
    this.labelNames = new NameScanner(text);
  }

  /** The leftmost markup at or after `base`. */
  find(base: number): StartMatch | null {
    const { text } = this;
    for (let at = base; at < text.length; at++) {
      const ch = text[at];
      if (!CANDIDATE_FIRST.includes(ch) && nameCharLength(text, at) === 0) continue;
      if (!startsAfterBoundary(text, at, base)) continue;
      const match = this.matchAt(at);
      if (match) return match;
    }
    return null;
  }

  private matchAt(at: number): StartMatch | null {
    const { text } = this;
    const next = text[at + 1];
    // A start-string must be followed by something other than whitespace (rule 2 of the recognition rules).
    const opens = (length: number) => !isWhitespace(text[at + length]);
    switch (text[at]) {
      case '*':
        if (next === '*') return opens(2) ? { kind: 'strong', start: at, end: at + 2 } : null;
        return opens(1) ? { kind: 'emphasis', start: at, end: at + 1 } : null;
      case '`':
        if (next === '`') return opens(2) ? { kind: 'literal', start: at, end: at + 2 } : null;
        return opens(1) ? { kind: 'interpreted', start: at, tick: at, end: at + 1, role: null } : null;
      case '_':
        return next === '`' && opens(2) ? { kind: 'target', start: at, end: at + 2 } : null;
      case '|':
        return next !== '|' && opens(1) ? { kind: 'substitution', start: at, end: at + 1 } : null;
      case '[':
        return this.footnote(at);
      case ':':
        return this.prefixedRole(at);
      default:
        return this.simpleReference(at);
    }
  }

  /** name_ or name__ followed by the end boundary. */
  private simpleReference(at: number): StartMatch | null {
    const nameEnd = this.referenceNames.endFrom(at);
    if (nameEnd < 0) return null;
    for (const marker of ['__', '_']) {
      const end = nameEnd + marker.length;
      if (this.text.startsWith(marker, nameEnd) && endsBeforeBoundary(this.text, end)) {
        return { kind: 'reference', start: at, end, nameEnd, anonymous: marker === '__' };
      }
    }
    return null;
  }

  /** [1]_, [#]_, [#label]_, [*]_ (footnotes) or [label]_ (citations), followed by the end boundary. */
  private footnote(at: number): StartMatch | null {
    const { text } = this;
    const from = at + 1;
    let labelEnd = from;
    let kind: 'footnote' | 'citation' = 'footnote';
    while (labelEnd < text.length && text[labelEnd] >= '0' && text[labelEnd] <= '9') labelEnd++;
    if (labelEnd === from || text[labelEnd] !== ']') {
      if (text[from] === '#') labelEnd = Math.max(this.labelNames.endFrom(from + 1), from + 1);
      else if (text[from] === '*') labelEnd = from + 1;
      else {
        labelEnd = this.labelNames.endFrom(from);
        kind = 'citation';
      }
    }
    const end = labelEnd + 2;
    if (labelEnd < 0 || !text.startsWith(']_', labelEnd) || !endsBeforeBoundary(text, end)) return null;
    return { kind, start: at, end, label: text.slice(from, labelEnd) };
  }

  /** :role:`text` — the role must be followed by a backquote that does not start a literal. */
  private prefixedRole(at: number): StartMatch | null {
    const { text } = this;
    const nameEnd = this.roleNames.endFrom(at + 1);
    if (nameEnd < 0 || text[nameEnd] !== ':' || text[nameEnd + 1] !== '`') return null;
    const tick = nameEnd + 1;
    if (text[tick + 1] === '`' || isWhitespace(text[tick + 1])) return null;
    return { kind: 'interpreted', start: at, tick, end: tick + 1, role: text.slice(at + 1, nameEnd) };
  }
}
