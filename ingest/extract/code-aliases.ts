/**
 * Code names given right after a name: "the Acme Storage service (``zorp``)", "The Quux service, codenamed
 * ``blip``". The word in code (or after the cue) is another name of the thing the phrase before it names.
 */
import type { ProseUnit } from '../prose.js';
import { nameKey } from './names.js';

export interface CodeAlias {
  /** Offset of the name in the unit's text. */
  start: number;
  name: string;
  alias: string;
}

/** A span of the unit's text that names something (a declared name or a proper-noun phrase). */
export interface NamedSpan {
  start: number;
  end: number;
  text: string;
}

const CODENAME_CUE = /,?\s+(?:code-?named|codename|code\s+name)\s+([\p{L}][\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}]+)*)/gu;
/**
 * Between the name and the bracket or cue: capitalised words that go on with the name ("Acme Networking"), then
 * nothing or one lower-case word ("service", "module").
 */
const GAP = /^((?:\s+\p{Lu}\p{Ll}+)*)\s*(?:\p{Ll}+\s*)?$/u;

export function codeAliases(unit: ProseUnit, named: readonly NamedSpan[]): CodeAlias[] {
  const found: CodeAlias[] = [];
  const add = (before: number, alias: string) => {
    const subject = named
      .filter((span) => span.end <= before && GAP.test(unit.text.slice(span.end, before)))
      .sort((a, b) => b.end - a.end || a.start - b.start)[0];
    if (!subject) return;
    const more = GAP.exec(unit.text.slice(subject.end, before))![1];
    const name = `${subject.text}${more.replace(/\s+/g, ' ')}`;
    if (nameKey(name) !== nameKey(alias)) found.push({ start: subject.start, name, alias });
  };
  for (const code of unit.code) {
    const open = /\(\s*$/.exec(unit.text.slice(0, code.start));
    if (!open || !/^\s*\)/.test(unit.text.slice(code.end))) continue;
    if (/^[\p{L}][\p{L}\p{N}_.-]*$/u.test(code.text)) add(open.index, code.text);
  }
  for (const match of unit.text.matchAll(CODENAME_CUE)) add(match.index, match[1]);
  return found;
}
