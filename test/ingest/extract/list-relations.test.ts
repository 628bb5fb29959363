import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

describe('leadInRelations: "there are many <things> (for X), including:"', () => {
  it.each([
    [
      'things for a name are kinds of "<name> <thing>"',
      'There are many hosted solutions available for Zorp, including:\n\n-  Quux: runs it.\n-  Blip\n',
      ['Quux IS_A Zorp hosted solution (category)', 'Blip IS_A Zorp hosted solution (category)'],
    ],
    [
      'without an object, the things themselves',
      'There are several monitoring tools, such as:\n\n-  Quux\n',
      ['Quux IS_A monitoring tool (category)'],
    ],
    ['ways are no kind', 'There are many ways for Zorp, including:\n\n-  Quux\n', []],
    ['an object that is no single name', 'There are many hosted solutions for big teams, including:\n\n-  Quux\n', []],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst).filter((r) => r.includes('IS_A'))).toEqual(expected);
  });
});

describe('leadInRelations: a role noun in the lead-in and labelled items', () => {
  it.each([
    [
      'each label names a kind of the role',
      'Zorp has providers in different stacks:\n\n-  IaaS: Quux, Blip.\n-  PaaS: Fnord, Wibble, etc.\n',
      [
        'Quux IS_A IaaS provider (category)',
        'Blip IS_A IaaS provider (category)',
        'Fnord IS_A PaaS provider (category)',
        'Wibble IS_A PaaS provider (category)',
      ],
    ],
    ['no role noun, no kind', 'Zorp has friends in different stacks:\n\n-  IaaS: Quux, Blip.\n', []],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst).filter((r) => r.includes('IS_A'))).toEqual(expected);
  });
});

describe('leadInRelations: the list after a colon as the object of a cue', () => {
  it.each([
    [
      'a name qualifying the listed things is not itself the object',
      'Zorp makes use of other Acme Corp projects:\n\n- **Quux** - for storage.\n- **Blip** - for networking.\n',
      ['Zorp USES Quux', 'Zorp USES Blip'],
    ],
    [
      'a clause before the colon ends the object: the list is not it',
      'Zorp has three daemons. They can be run on separate hosts if desired:\n\n- **Quux** - a daemon.\n',
      [],
    ],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst).filter((r) => /USES|SUPPORTS/.test(r))).toEqual(expected);
  });
});

describe('leadInRelations: items that are kinds of the kind a lead-in names', () => {
  it.each([
    [
      'each item one kind phrase, with words said of it in passing',
      'There are two types of hypervisors:\n\n-  Type-1, native or bare-metal hypervisors\n-  Type-2, hosted hypervisors\n',
      ['type-1 hypervisor IS_A hypervisor (category)', 'type-2 hypervisor IS_A hypervisor (category)'],
    ],
    [
      'an item with more than the kind phrase',
      'There are two types of hypervisors:\n\n-  Type-1 hypervisors run alone\n',
      [],
    ],
    ['a lead-in that names no kind', 'Zorp runs these:\n\n-  Type-1 hypervisors\n', []],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst).filter((r) => r.includes('IS_A'))).toEqual(expected);
  });
});
