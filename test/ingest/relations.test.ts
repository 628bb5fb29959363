import { describe, expect, it } from 'vitest';
import { declareNames, gazetteerOf, placeMentions } from '../../ingest/mentions.js';
import { extractRelations } from '../../ingest/relations.js';
import { parseRst } from '../../ingest/rst/index.js';

/** Relations read from a small document whose names are declared by links (made-up names throughout). */
function read(rst: string): string[] {
  const declared = declareNames(parseRst(rst, { file: 't.rst' }).document, 't.rst');
  const placed = placeMentions(declared, gazetteerOf([declared]));
  return extractRelations(placed).relations.map(
    (r) => `${r.source} ${r.type} ${r.target}${r.targetIsCategory ? ' (category)' : ''}`,
  );
}

const links =
  '`Zorp <https://zorp.example/>`__ `Quux <https://quux.example/>`__ `Blip <https://blip.example/>`__ `Fnord <https://fnord.example/>`__ `Acme Corp <https://acme.example/>`__ `QX <https://qx.example/>`__\n\n';

describe('extractRelations', () => {
  it.each([
    ['active cue with filler words', 'Zorp uses an extended version of the Quux proxy.', ['Zorp USES Quux']],
    ['passive cue reverses direction', 'Zorp is used by Quux.', ['Quux USES Zorp']],
    ['built on top of', 'Zorp is built on top of Quux.', ['Zorp BUILT_ON Quux']],
    [
      'coordinated objects',
      'Zorp supports Quux, Blip and Fnord.',
      ['Zorp SUPPORTS Quux', 'Zorp SUPPORTS Blip', 'Zorp SUPPORTS Fnord'],
    ],
    [
      'coordinated subjects',
      'Zorp and Quux are implementations of Blip.',
      ['Zorp IMPLEMENTS Blip', 'Quux IMPLEMENTS Blip'],
    ],
    ['developed by', 'Zorp is developed by Acme Corp.', ['Zorp DEVELOPED_BY Acme Corp']],
    [
      'participle clause attaches to the sentence subject',
      'Zorp is a mesh developed by Acme Corp, built on top of Quux.',
      ['Zorp DEVELOPED_BY Acme Corp', 'Zorp BUILT_ON Quux', 'Zorp IS_A mesh (category)'],
    ],
    [
      'relative clause attaches to the name before it',
      'Zorp wraps Quux, which is an implementation of Blip.',
      ['Quux IMPLEMENTS Blip'],
    ],
    [
      'coordinated predicate keeps its subject',
      'Zorp has Quux as a default provider and supports Blip.',
      ['Zorp SUPPORTS Quux', 'Zorp SUPPORTS Blip'],
    ],
    ['copula with a category', 'Zorp is an open-source service mesh.', ['Zorp IS_A service mesh (category)']],
    [
      'category examples',
      'Popular hypervisors such as Zorp and Quux exist.',
      ['Zorp IS_A hypervisor (category)', 'Quux IS_A hypervisor (category)'],
    ],
    [
      'a cue said of a category is said of its examples',
      'Zorp uses hypervisors, such as Quux.',
      ['Quux IS_A hypervisor (category)', 'Zorp USES Quux'],
    ],
    ['-compatible names an implemented standard', 'Zorp is a Quux-compatible runtime.', ['Zorp IMPLEMENTS Quux']],
    ['alternatives', 'Zorp is a lightweight alternative to Quux.', ['Zorp ALTERNATIVE_TO Quux']],
    ['examples of a named thing', 'Examples of Fnord are: Zorp, Quux.', ['Zorp IS_A Fnord', 'Quux IS_A Fnord']],
    [
      'a category narrowed by a name, after adjectives',
      'Zorp is a small, secure QX distribution.',
      ['Zorp IS_A qx distribution (category)', 'Zorp DISTRIBUTION_OF QX'],
    ],
    ['an alternative to using something', 'Zorp is an alternative to using Quux.', ['Zorp ALTERNATIVE_TO Quux']],
    [
      'a plugin of a standard implements it',
      'Zorp may run as a QX plugin.',
      ['Zorp IS_A qx plugin (category)', 'Zorp IMPLEMENTS QX'],
    ],
    ['negation states no relation', 'Zorp does not use Quux.', []],
    ['a plural noun before an -ing cue is its subject', 'Zorp helps, just as developers using Quux do.', []],
    ['no cue, no relation', 'Zorp and Quux appeared in 2015.', []],
    ['a name modifying a noun is not the subject', 'Zorp pipelines integrate with Quux.', []],
    [
      'what follows a category noun describes the subject',
      'Zorp is an x86 and Blip virtualization product from Acme Corp.',
      ['Zorp DEVELOPED_BY Acme Corp'],
    ],
  ])('%s', (_name, sentence, expected) => expect(read(links + sentence + '\n')).toEqual(expected));

  it('reads a list whose lead-in names the relation and the class of its items', () => {
    expect(read(`${links}Volume types supported by Blip are:\n\n- Zorp: mounts things.\n`)).toEqual([
      'Zorp IS_A volume type (category)',
      'Blip SUPPORTS Zorp',
    ]);
  });

  it('reads "it" in the middle of a sentence as the section subject', () => {
    const rst = `Zorp\n====\n\n${links}It can provide Quux, and it is written in Rust.\n`;
    expect(read(rst)).toContain('Zorp WRITTEN_IN Rust');
  });

  it('reads "Name: category for X" items', () => {
    const prose = 'Every package has a package manager.\n\n';
    expect(read(`${links}${prose}- Zorp: Package manager for Quux.\n`)).toContain(
      'Zorp IS_A package manager (category)',
    );
  });

  it('reads an item "Label: X, Y and Z" under a lead-in as X, Y and Z', () => {
    expect(read(`${links}Zorp has providers in different stacks:\n\n- Acme Corp: Quux, Blip and Fnord.\n`)).toEqual([
      'Zorp SUPPORTS Quux',
      'Zorp SUPPORTS Blip',
      'Zorp SUPPORTS Fnord',
    ]);
  });

  it('takes names joined by a slash before a noun as modifiers, not subjects', () => {
    expect(read(`${links}Zorp/Quux pipeline integrates with Blip.\n`)).toEqual([]);
  });

  it('continues a list past a gloss in parentheses', () => {
    expect(read(`${links}Zorp supports the following platforms: Quux (Acme Corp), Blip and Fnord.\n`)).toEqual([
      'Zorp SUPPORTS Quux',
      'Zorp SUPPORTS Blip',
      'Zorp SUPPORTS Fnord',
    ]);
  });

  it('gives the predicate after an apposition to the sentence subject', () => {
    expect(read(`${links}Zorp, a mesh for Quux, may run as a QX plugin.\n`)).toEqual([
      'Zorp IS_A qx plugin (category)',
      'Zorp IMPLEMENTS QX',
    ]);
  });

  it.each([
    ['A shell that uses Quux.', ['Zorp USES Quux']],
    ['A command-line interface (Blip) for interacting with Quux.', ['Zorp INTEGRATES_WITH Quux']],
  ])('reads a description opening a definition ("%s") as said of the term', (definition, expected) => {
    expect(read(`${links}Zorp\n   ${definition}\n`).filter((r) => !r.includes(' IS_A '))).toEqual(expected);
  });

  it('reads "it" as the section subject', () => {
    const rst = `Zorp\n====\n\n${links}It is written in Rust.\n`;
    expect(read(rst)).toContain('Zorp WRITTEN_IN Rust');
  });

  it('reads a list with its lead-in', () => {
    const rst = `${links}Zorp supports these providers:\n\n- Quux\n- Blip\n`;
    expect(read(rst)).toEqual(['Zorp SUPPORTS Quux', 'Zorp SUPPORTS Blip']);
  });

  it.each([
    ['Implementations of Blip:', 'Zorp IMPLEMENTS Blip'],
    ['The main components of Blip are:', 'Zorp PART_OF Blip'],
    ['Plugins for Blip:', 'Blip SUPPORTS Zorp'],
    ['Few container orchestration tools are:', 'Zorp IS_A container orchestration tool (category)'],
  ])('reads the list after "%s"', (leadIn, expected) => {
    expect(read(`${links}${leadIn}\n\n- Zorp: does things.\n`)).toEqual([expected]);
  });

  it('relates the names listed under a title such as "Applications using X" to X', () => {
    const rst = `Tools using Quux\n================\n\n${links}Command line tools\n------------------\n\nZorp\n   A shell.\nBlip\n   Another one.\n`;
    expect(read(rst)).toEqual([
      'Zorp IS_A shell (category)',
      'Zorp USES Quux',
      'Blip USES Quux',
      'Zorp IS_A command line tool (category)',
      'Blip IS_A command line tool (category)',
    ]);
  });

  it('gives subsections of a category section that category', () => {
    const rst = `Container Runtimes\n==================\n\nZorp\n----\n\n${links}Quux\n----\n\nText.\n`;
    expect(read(rst)).toEqual(['Zorp IS_A container runtime (category)', 'Quux IS_A container runtime (category)']);
  });

  it('gives no category from a title coordinating two categories', () => {
    const rst = `Container Runtimes and Service Meshes\n=====================================\n\nZorp\n----\n\n${links}Quux\n----\n\nText.\n`;
    expect(read(rst)).toEqual([]);
  });

  it('keeps the sentence and its line as evidence', () => {
    const declared = declareNames(
      parseRst(`${links}Some text.\nZorp is based\non Quux.\n`, { file: 't.rst' }).document,
      't.rst',
    );
    const [relation] = extractRelations(placeMentions(declared, gazetteerOf([declared]))).relations;
    expect(relation.evidence).toEqual({ file: 't.rst', line: 4, text: 'Zorp is based on Quux.' });
  });
});
