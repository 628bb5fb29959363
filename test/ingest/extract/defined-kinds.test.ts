import { describe, expect, it } from 'vitest';
import { kindPhrase } from '../../../ingest/extract/defined-kinds.js';
import { readRelations } from './read-relations.js';

describe('kindPhrase', () => {
  it.each([
    ['daemon that implements the switch.', ['daemon']],
    ['multilayer software switch licensed under a license.', ['multilayer software switch']],
    ['lightweight database server that Quux queries.', ['database server']],
    ['open source, operator-scale load balancing solution designed to work.', ['load balancing solution']],
    ['strongly consistent, distributed key-value store that keeps data.', ['distributed key-value store']],
    ['interactive shell, and batch scriptable tool for tasks.', ['interactive shell']],
    ['edge and service proxy designed for apps.', ['edge proxy', 'service proxy']],
    ['library and command line tools for sandboxes.', ['library', 'command line tool']],
    ['daemon and a proxy that helps.', ['daemon', 'proxy']],
    ['project that does things.', null],
    ['way to manage systems.', null],
    ['set of tools for disks.', null],
    ['part of the kernel.', null],
    ['good read, and more.', null],
    ['empty volume is created for the pod.', null],
    ['easy-to-use, open-source tool.', ['tool']],
  ])('%s', (text, kinds) => {
    expect(kindPhrase(text)?.kinds ?? null).toEqual(kinds);
  });
});

describe('definedKinds', () => {
  const kinds = (rst: string) => readRelations(rst).filter((r) => r.includes(' IS_A '));
  it.each([
    [
      'a copula and an article',
      'Zorp is a multilayer software switch licensed under a license.',
      ['Zorp IS_A multilayer software switch (category)'],
    ],
    [
      'an item that opens with a name and an apposition',
      '-  Zorp, a daemon that runs the switch.\n',
      ['Zorp IS_A daemon (category)'],
    ],
    ['an item with a dash', '-  Zorp - a daemon that runs the switch.\n', ['Zorp IS_A daemon (category)']],
    [
      'a term defined by a noun phrase',
      'Zorp\n   An interactive shell for managing machines.\n',
      ['Zorp IS_A interactive shell (category)'],
    ],
    ['an apposition in running text is no definition', 'We like Zorp, a gizmo that runs.', []],
    ['a name in the phrase is another relation', 'Zorp is a Quux daemon.', []],
    [
      'the lexicon writes the category it knows',
      'Zorp is a fast container runtime for Quux.',
      ['Zorp IS_A container runtime (category)'],
    ],
  ])('%s', (_, rst, expected) => {
    expect(kinds(rst)).toEqual(expected);
  });
});
