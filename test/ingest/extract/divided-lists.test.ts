import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

const divided = (leadIn: string, groups: string) => `${leadIn}\n\n${groups}`;

describe('dividedListRelations', () => {
  it.each([
    [
      'names nested under category groups of a divided kind',
      divided(
        'There are many service mesh projects, which can be divided into two categories:',
        '-  Data Plane\n\n   -  Zorp\n   -  Quux\n\n-  Control Plane\n\n   -  Blip\n',
      ),
      [
        'Zorp IS_A data plane (category)',
        'Zorp IS_A service mesh (category)',
        'Quux IS_A data plane (category)',
        'Quux IS_A service mesh (category)',
        'Blip IS_A control plane (category)',
        'Blip IS_A service mesh (category)',
      ],
    ],
    [
      'a modifier group narrows the kind; several names in one item',
      divided('Hypervisors fall into two groups:', '-  bare metal:\n\n   -  Zorp, Quux\n'),
      [
        'Zorp IS_A bare metal hypervisor (category)',
        'Zorp IS_A hypervisor (category)',
        'Quux IS_A bare metal hypervisor (category)',
        'Quux IS_A hypervisor (category)',
      ],
    ],
    [
      'the kind after "types of"',
      divided('There are two types of hypervisors:', '-  Hosted hypervisors\n\n   -  Zorp\n'),
      ['Zorp IS_A hosted hypervisor (category)', 'Zorp IS_A hypervisor (category)'],
    ],
    ['a lead-in that divides nothing', divided('Service mesh projects we tried:', '-  Data Plane\n\n   -  Zorp\n'), []],
    [
      'a group labelled by a name is no kind',
      divided('Service mesh projects can be divided into two groups:', '-  Zorp\n\n   -  Quux\n'),
      [],
    ],
    [
      'nested prose is no list of members',
      divided('Service mesh projects can be divided into two groups:', '-  Data Plane\n\n   -  Zorp talks to Quux\n'),
      [],
    ],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst).filter((r) => r.includes('IS_A'))).toEqual(expected);
  });
});
