import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

describe('sentenceRelations', () => {
  it.each([
    [
      'a cue reads on through a modifier to the examples of its noun',
      'Zorp supports many Fnord-based virtualization technologies including Quux, and Blip.',
      [
        'Zorp SUPPORTS Fnord',
        'Quux IS_A virtualization technology (category)',
        'Blip IS_A virtualization technology (category)',
        'Zorp SUPPORTS Quux',
        'Zorp SUPPORTS Blip',
      ],
    ],
    [
      'and to the examples of a plain noun',
      'Zorp uses several Fnord-based gadgets such as Quux.',
      ['Zorp USES Fnord', 'Zorp USES Quux'],
    ],
    [
      'examples of supported things are supported by the sentence subject',
      'Zorp\n====\n\nWe can deploy to many supported cloud providers, such as Quux and Blip.',
      [
        'Quux IS_A cloud provider (category)',
        'Blip IS_A cloud provider (category)',
        'Zorp SUPPORTS Quux',
        'Zorp SUPPORTS Blip',
      ],
    ],
    [
      'bindings for a language support it',
      'Zorp can be linked with Fnord, and has bindings for Quux and Blip.',
      ['Zorp SUPPORTS Quux', 'Zorp SUPPORTS Blip'],
    ],
    [
      'interacting with a name integrates with it',
      'Zorp interacts with Quux and Blip.',
      ['Zorp INTEGRATES_WITH Quux', 'Zorp INTEGRATES_WITH Blip'],
    ],
    [
      'a purpose "to interact with" is no integration of the name before it',
      'Zorp uses Quux to directly interact with Blip.',
      ['Zorp USES Quux'],
    ],
    [
      'a list after a colon is the object of the cue before it',
      'Zorp supports the following storage backends on Quux: Blip (a gloss), Fnord, Wibble.',
      [
        'Zorp SUPPORTS Quux',
        'Zorp SUPPORTS Blip',
        'Zorp SUPPORTS Fnord',
        'Zorp SUPPORTS Wibble',
        'Blip IS_A storage backend (category)',
        'Fnord IS_A storage backend (category)',
        'Wibble IS_A storage backend (category)',
      ],
    ],
    [
      'a cue whose object phrase ends in a colon reads the names after it',
      'Zorp runs on different platforms: bare metal (both Quux and Blip), Fnord, and Wibble.',
      ['Zorp SUPPORTS Quux', 'Zorp SUPPORTS Blip', 'Zorp SUPPORTS Fnord', 'Zorp SUPPORTS Wibble'],
    ],
    [
      'supported things listed for a name',
      'Supported tracers for Zorp include Quux, Blip.',
      ['Zorp SUPPORTS Quux', 'Quux IS_A tracer (category)', 'Zorp SUPPORTS Blip', 'Blip IS_A tracer (category)'],
    ],
    [
      'things that support a name, listed',
      'Volume types that support managing storage using Zorp are: Quux, Blip.',
      [
        'Zorp SUPPORTS Quux',
        'Quux IS_A volume type (category)',
        'Zorp SUPPORTS Blip',
        'Blip IS_A volume type (category)',
      ],
    ],
    [
      'things a name enables, using names, say the name uses them',
      'Zorp is a project that enables the deployment of cloud services using Quux and Blip.',
      ['Zorp USES Quux', 'Zorp USES Blip'],
    ],
    [
      'people using a name are the ones who use it',
      'Zorp lets developers using Quux deploy faster. Zorp helps teams using Blip.',
      [],
    ],
    [
      'a name before a backend noun with a client after "for": built on the name, made for the client',
      'Zorp is a Quux backend for Blip.',
      ['Zorp BUILT_ON Quux', 'Zorp SUPPORTS Blip'],
    ],
    [
      'a plugin of a named host runs on it; what it does is its own',
      'Zorp is a Quux plugin that uses Blip to manage machines.',
      ['Zorp BUILT_ON Quux', 'Zorp USES Blip'],
    ],
    ['a driver of a name serves it', 'Zorp is a Quux driver.', ['Zorp SUPPORTS Quux']],
    ['a role noun without a copula is no modifier', 'Zorp talks to the Quux backend.', []],
    [
      'the head noun of the category just spoken of stands for it',
      'We compared many monitoring tools. Some of the main tools are Quux and Blip.',
      ['Quux IS_A monitoring tool (category)', 'Blip IS_A monitoring tool (category)'],
    ],
    ['another head noun does not', 'We compared many monitoring tools. The main engines are Quux and Blip.', []],
    [
      'things supported by a name, listed',
      'Drivers supported by Zorp are Quux and Blip.',
      ['Zorp SUPPORTS Quux', 'Zorp SUPPORTS Blip'],
    ],
    ['a name that merely precedes a list is not its supporter', 'Users of Zorp are Quux and Blip.', []],
    [
      'the members of a portfolio are its parts',
      'Quux offers various products and services like Blip, Fnord.',
      ['Blip PART_OF Quux', 'Fnord PART_OF Quux'],
    ],
    [
      'noun coordination before the cue does not hand the subject to the item label',
      '-  Zorp: Quux offers various products and services like Blip, Fnord.',
      ['Blip PART_OF Quux', 'Fnord PART_OF Quux'],
    ],
    [
      'offerings named after the subject are its parts',
      'Zorp offers Zorp Hub and Zorp Edge.',
      ['Zorp Hub PART_OF Zorp', 'Zorp Edge PART_OF Zorp'],
    ],
    ['other offerings are not', 'Zorp offers Quux and Blip.', []],
    [
      'a tool made for a platform supports it',
      '-  Zorp: Container-native workflow engine for Quux.',
      ['Zorp SUPPORTS Quux'],
    ],
    [
      'a category made for a platform',
      'Zorp is a production-grade service mesh for Quux.',
      ['Zorp IS_A service mesh (category)', 'Zorp SUPPORTS Quux'],
    ],
    ['a name before the tool noun is not what is defined', 'Users like a Zorp backend for Quux.', []],
    [
      'a name "based" tool after a copula is a foundation',
      'Zorp is an Quux based management tool.',
      ['Zorp BUILT_ON Quux'],
    ],
    ['a name "based" elsewhere is not the subject\'s', 'Zorp manages things (Quux based clouds, Blip servers).', []],
    ['"based on" after a name leaves it the subject', 'Zorp based on Quux is fast.', ['Zorp BUILT_ON Quux']],
    [
      'an add-on for a platform',
      'Zorp is a virtual machine management add-on for Quux.',
      ['Zorp SUPPORTS Quux', 'Zorp IS_A virtual machine management add-on (category)'],
    ],
    [
      'examples of a named distribution category are distributions of that name',
      'Many Linux distributions including Quux and Blip ship it.',
      [
        'Quux IS_A linux distribution (category)',
        'Quux DISTRIBUTION_OF Linux',
        'Blip IS_A linux distribution (category)',
        'Blip DISTRIBUTION_OF Linux',
      ],
    ],
    [
      'a distribution named by a category',
      'Quux is a lightweight Linux distribution.',
      ['Quux IS_A linux distribution (category)', 'Quux DISTRIBUTION_OF Linux'],
    ],
    [
      'other categories name no distributed thing',
      'Quux is a lightweight container runtime.',
      ['Quux IS_A container runtime (category)'],
    ],
    [
      '"vs." is a cue, not a plural noun the name modifies',
      'Targets differ (say Zorp vs. Quux) or systems differ (say Blip vs. Fnord or Wibble).',
      [
        'Zorp ALTERNATIVE_TO Quux',
        'Fnord ALTERNATIVE_TO Wibble',
        'Blip ALTERNATIVE_TO Fnord',
        'Blip ALTERNATIVE_TO Wibble',
      ],
    ],
    [
      'a tool written for a platform supports it',
      '-  Zorp: An observability platform specifically written for Quux.',
      ['Zorp IS_A observability platform (category)', 'Zorp SUPPORTS Quux'],
    ],
    [
      'examples in a parenthesis after a category',
      'It may mean different operating systems (say Zorp or Quux).',
      ['Zorp ALTERNATIVE_TO Quux', 'Zorp IS_A operating system (category)', 'Quux IS_A operating system (category)'],
    ],
    ['a colon with no cue before it relates nothing', 'Zorp and the rest on Quux: Blip, Fnord.', []],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst)).toEqual(expected);
  });
});

describe('sentenceRelations: examples of the category the text is about', () => {
  it.each([
    [
      '"Examples:" after a sentence that opens with a category',
      'Volume plugins extend Zorp, allowing integrations with storage solutions. Examples: Quux, Blip.',
      ['Quux IS_A volume plugin (category)', 'Blip IS_A volume plugin (category)'],
    ],
    [
      'a narrower category of the same head, named later, is the one meant',
      'Hypervisors that run on the hardware are called Type-1 hypervisors. Examples are Quux and Blip.',
      ['Quux IS_A type-1 hypervisor (category)', 'Blip IS_A type-1 hypervisor (category)'],
    ],
    [
      'without an opening category, the last one named',
      'Zorp talks to storage solutions. Examples: Quux.',
      ['Quux IS_A storage solution (category)'],
    ],
    ['"Examples:" with no category before it is no kind', 'Zorp talks to Fnord. Examples: Quux.', []],
    [
      'a category labelling an item is the kind of the names it lists',
      '-  Service meshes: Read about Quux, Blip.\n-  Public clouds: Cloud platforms such as Fnord.\n',
      [
        'Quux IS_A service mesh (category)',
        'Blip IS_A service mesh (category)',
        'Fnord IS_A public cloud (category)',
        'Fnord IS_A cloud platform (category)',
      ],
    ],
    ['a label followed by a name in prose', '-  Service meshes: Quux of all kinds.\n', []],
    [
      'a first member named by a plain plural does not end the labelled list',
      '-  Service meshes: Read about gadgets, Quux, Blip.\n',
      ['Quux IS_A service mesh (category)', 'Blip IS_A service mesh (category)'],
    ],
    ['a plain word that is not a plural ends it', '-  Service meshes: Read about others, mostly, Quux.\n', []],
    [
      'a kind noun after the category phrase is its head',
      'At its heart is a new container runtime technology called Zorp.',
      ['Zorp IS_A container runtime technology (category)'],
    ],
    [
      'a relative clause on a plural noun says what those are',
      'Zorp\n====\n\nIt consists of three pieces, which are daemons.',
      [],
    ],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst).filter((r) => r.includes(' IS_A '))).toEqual(expected);
  });
});

describe('sentenceRelations: the kind a list is announced as', () => {
  it.each([
    [
      'a cue right before the colon',
      'Zorp supports the following output formats: Quux, Blip.',
      ['Quux IS_A output format (category)', 'Blip IS_A output format (category)'],
    ],
    ['a bare head too generic to be a kind', 'Zorp supports the following drivers: Quux, Blip.', []],
    ['words that are no kind', 'Zorp supports the following features: Quux, Blip.', []],
    ['a kind word that needs a noun before it', 'Zorp supports the following types: Quux, Blip.', []],
    ['a plural after a preposition is not what is listed', 'Zorp has providers in different stacks: Quux.', []],
    [
      'things supported by a name, named by their plural',
      'Volume types supported by Zorp are: Quux, Blip.',
      ['Quux IS_A volume type (category)', 'Blip IS_A volume type (category)'],
    ],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst).filter((r) => r.includes(' IS_A '))).toEqual(expected);
  });
});

describe('sentenceRelations: a managed offer and where it is hosted', () => {
  it.each([
    [
      'a subject-less item offering a managed service on a platform',
      '-  `Snarf <https://snarf.example/>`__: Offers a managed Zorp service on Quux.',
      ['Snarf MANAGES Zorp', 'Snarf BUILT_ON Quux'],
    ],
    [
      'managed clusters on a platform, said of the subject',
      'Grault offers managed Zorp clusters on Blip.',
      ['Grault MANAGES Zorp', 'Grault BUILT_ON Blip'],
    ],
    [
      'a service that is not offered as managed says nothing of where it runs',
      'Grault deploys Zorp clusters on Blip.',
      [],
    ],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst).filter((r) => / (?:MANAGES|BUILT_ON) /.test(r))).toEqual(expected);
  });
});
