import { describe, expect, it } from 'vitest';
import { codeAliases, type NamedSpan } from '../../../ingest/extract/code-aliases.js';
import type { ProseUnit } from '../../../ingest/prose.js';

/** A unit of `text` whose code spans are the words between double backquotes (removed from the text). */
function unitOf(marked: string): ProseUnit {
  const code: ProseUnit['code'] = [];
  let text = '';
  for (const [i, piece] of marked.split('``').entries()) {
    if (i % 2 === 1) code.push({ start: text.length, end: text.length + piece.length, text: piece });
    text += piece;
  }
  return {
    index: 0,
    kind: 'item',
    file: 'c.rst',
    text,
    line: 1,
    links: [],
    code,
    section: null,
    leadIn: null,
    container: null,
    lineBreaks: [],
  };
}

/** The spans of the given names in the text. */
const spans = (text: string, names: string[]): NamedSpan[] =>
  names.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }));

describe('codeAliases', () => {
  it.each([
    [
      'code in brackets after a name and a word',
      'the Acme Identity service (``zorpkey``) for auth',
      ['Acme Identity'],
      'Acme Identity[zorpkey]',
    ],
    [
      'code in brackets right after a name',
      'the Acme Storage (``blip``) keeps data',
      ['Acme Storage'],
      'Acme Storage[blip]',
    ],
    [
      'a capitalised word going on with the name',
      'the Acme Networking service (``quuxnet``)',
      ['Acme'],
      'Acme Networking[quuxnet]',
    ],
    [
      'a codename after a comma',
      'The Zorp Metal service, codenamed ``frob``, is here',
      ['Zorp Metal'],
      'Zorp Metal[frob]',
    ],
    ['not code far from the name', 'the Acme Storage keeps all the data (``blip``)', ['Acme Storage'], ''],
    ['not code in brackets with other words', 'the Acme Storage (see ``blip``)', ['Acme Storage'], ''],
    ['not the name itself in code', 'the Zorp service (``zorp``)', ['Zorp'], ''],
  ])('%s', (_name, marked, names, expected) => {
    const unit = unitOf(marked);
    const found = codeAliases(unit, spans(unit.text, names)).map((a) => `${a.name}[${a.alias}]`);
    expect(found.join(' ')).toBe(expected);
  });
});
