import { describe, expect, it } from 'vitest';
import { cueForGap, extractRelations, nameMatcher } from '../../ingest/relations.js';
import { parseRst } from '../../ingest/rst/index.js';
import type { Mention } from '../../ingest/types.js';

const known = (...names: string[]): Mention[] =>
  names.map((text) => ({ text, file: 'doc.rst', line: 1, source: 'link-text', kindHint: 'technology', section: null }));

describe('cueForGap', () => {
  it.each([
    ['is written in', 'WRITTEN_IN'],
    ['is mostly written in', 'WRITTEN_IN'],
    ['was originally developed by', 'DEVELOPED_BY'],
    ['is based on the', 'BUILT_ON'],
    ['runs on top of', 'BUILT_ON'],
    ['is the community distribution of', 'DISTRIBUTION_OF'],
    ['is an implementation of the', 'IMPLEMENTS'],
    ['is an alternative to', 'ALTERNATIVE_TO'],
    ['uses', 'USES'],
    ['is a', 'IS_A'],
    ['supports the popular', undefined], // the target is not what is supported: "the popular <things>"
    ['uses an extended version of the', undefined],
    ['as a default provider and supports', undefined],
    ['is a, and uses', undefined],
    ['and', undefined],
  ])('%j → %s', (gap, type) => {
    expect(cueForGap(gap)?.type).toBe(type);
  });
});

describe('nameMatcher', () => {
  it.each([
    ['Engine and Go', ['Engine', 'Go'], ['Engine', 'Go']],
    ['we go there', ['Go'], []], // case-sensitive: a verb is not the name
    ['Open Engine runs', ['Engine', 'Open Engine'], ['Open Engine']], // the longest name wins
    ['Enginery', ['Engine'], []], // whole words only
    ['C++ and C', ['C++', 'C'], ['C++', 'C']],
  ])('%j with %j → %j', (text, names, expected) => {
    expect(
      nameMatcher(known(...names))
        .find(text)
        .map((m) => m.name),
    ).toEqual(expected);
  });
});

describe('extractRelations', () => {
  const relationsOf = (rst: string, ...names: string[]) =>
    extractRelations(parseRst(rst, { file: 'doc.rst' }).document, 'doc.rst', nameMatcher(known(...names))).map(
      (r) => `${r.source} ${r.type} ${r.target} @${r.evidence.line}: ${r.evidence.text}`,
    );

  it.each([
    [
      'a cue between two names, with the sentence as evidence',
      'Intro line.\nEngine is written in Go. Other text.\n',
      ['Engine', 'Go'],
      ['Engine WRITTEN_IN Go @2: Engine is written in Go.'],
    ],
    [
      'the evidence line is where the sentence starts',
      'First sentence here.\nThe Engine is maintained\nby Acme Corp. Done.\n',
      ['Engine', 'Acme Corp'],
      ['Engine DEVELOPED_BY Acme Corp @2: The Engine is maintained by Acme Corp.'],
    ],
    ['names in different sentences are not related', 'Engine is fast. Go is a language.\n', ['Engine', 'Go'], []],
    [
      '"A is a B" needs B to end its phrase',
      'Engine is a Runtime backend. Shim is a Runtime for tests.\n',
      ['Engine', 'Shim', 'Runtime'],
      ['Shim IS_A Runtime @1: Shim is a Runtime for tests.'],
    ],
    [
      'a link text counts as the name',
      '`Engine <https://e.example/>`__ uses `Store <https://s.example/>`__.\n',
      ['Engine', 'Store'],
      ['Engine USES Store @1: Engine uses Store.'],
    ],
    ['section titles are not sentences', 'Engine uses Store\n=================\n', ['Engine', 'Store'], []],
  ])('%s', (_name, rst, names, expected) => {
    expect(relationsOf(rst, ...names)).toEqual(expected);
  });
});
