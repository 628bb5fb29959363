import { describe, expect, it } from 'vitest';
import type { NameDeclaration } from '../../ingest/extract/gazetteer.js';
import type { ExtractedRelation } from '../../ingest/relations.js';
import { resolveGraph } from '../../ingest/resolve.js';

const declared = (
  name: string,
  aliases: string[] = [],
  signal: NameDeclaration['signal'] = 'link',
): NameDeclaration => ({
  name,
  aliases,
  signal,
  file: 'n.rst',
  line: 1,
});
const relation = (
  source: string,
  type: ExtractedRelation['type'],
  target: string,
  confidence = 0.8,
  line = 5,
  targetIsCategory = false,
): ExtractedRelation => ({
  source,
  target,
  type,
  targetIsCategory,
  confidence,
  evidence: { file: 'n.rst', line, text: `${source} ... ${target}` },
  rule: 'test',
});
const mention = (name: string, line = 3) => ({ name, isCategory: false, file: 'n.rst', line });

describe('resolveGraph', () => {
  it('merges spellings, declared aliases and "Project X"/"X" into one entity with a readable id', () => {
    const { nodes } = resolveGraph([
      {
        declarations: [
          declared('Zorp Engine', ['ZE']),
          declared('Project Quux'),
          declared('Quux', [], 'proper-noun'),
          declared('zorp-engine', [], 'proper-noun'),
        ],
        mentions: [mention('ZE'), mention('Quux'), mention('Zorp Engine')],
        relations: [],
        descriptions: [{ name: 'ZE', text: 'ZE is a thing.' }],
      },
    ]);
    expect(nodes.map((n) => [n.id, n.label, n.aliases])).toEqual([
      ['project-quux', 'Project Quux', ['Quux']],
      ['zorp-engine', 'Zorp Engine', ['ZE']],
    ]);
    expect(nodes[1].description).toBe('ZE is a thing.');
  });

  it.each([
    ['a name qualified by another declared name', ['Acme', 'Zorp', 'Acme Zorp'], ['acme', 'acme-zorp']],
    ['"X Project" and X', ['Zorp', 'Zorp Project'], ['zorp-project']],
    ['the plural of an acronym', ['VM', 'VMs'], ['vm']],
    ['not a qualified two-letter acronym', ['Travix', 'CI', 'Travix CI'], ['ci', 'travix', 'travix-ci']],
    ['not the first part of a name', ['Consol', 'Consol Connect'], ['consol', 'consol-connect']],
    ['the plural of a compound name', ['Zorpfile', 'Zorpfiles'], ['zorpfile']],
    ['a plural in "-es"', ['Micro ZOS', 'Micro ZOSes'], ['micro-zos']],
    ['the plural of an acronym ending in "i"', ['ZPI', 'ZPIs'], ['zpi']],
    ['not a two-letter word and its plural', ['Ze', 'Zes'], ['ze', 'zes']],
    ['not a name ending in "us"', ['Zorp', 'Zorpus'], ['zorp', 'zorpus']],
    ['"X Platform" and X', ['Zorp Cloud', 'Zorp Cloud Platform'], ['zorp-cloud-platform']],
    [
      'two letters swapped inside a long name',
      ['Zorpline Engine', 'Zorpline Engine', 'Zorpilne Engine'],
      ['zorpline-engine'],
    ],
    ['a letter missing inside a long name', ['Continuous Zorping', 'Continous Zorping'], ['continuous-zorping']],
    ['an acronym of the initials of one declared name', ['Zorp quuxSwitch', 'ZQS'], ['zorp-quuxswitch']],
    [
      'not an acronym of the initials of two names',
      ['Zorp Quux Server', 'Zeta Queue Store', 'ZQS'],
      ['zeta-queue-store', 'zorp-quux-server', 'zqs'],
    ],
    ['two letters swapped a few letters apart', ['Zorpcaster', 'Zorpcaster', 'Zorpsacter'], ['zorpcaster']],
    ['not three letters rotated', ['Zorpcaster', 'Zorpastcer'], ['zorpastcer', 'zorpcaster']],
    [
      'not long names a letter apart at the end',
      ['Zorpcontainer', 'Zorpcontainerd'],
      ['zorpcontainer', 'zorpcontainerd'],
    ],
    ['not long names a digit apart', ['Zorp1server', 'Zorp2server'], ['zorp1server', 'zorp2server']],
    ['not short names a letter apart', ['Zorpd', 'Zorpy'], ['zorpd', 'zorpy']],
    ['a qualified part that is no English word', ['Zorp', 'Zorp Fargix', 'Fargix'], ['zorp', 'zorp-fargix']],
    ['a qualifier that is no English word', ['Zorp', 'Quuxcorp Zorp'], ['quuxcorp-zorp']],
    [
      'not a plain plural after a qualifier',
      ['Containers', 'Zorpinit Containers'],
      ['containers', 'zorpinit-containers'],
    ],
    ['not a qualifier that is an English word', ['Zorp', 'Container Zorp'], ['container-zorp', 'zorp']],
    ['a qualifier written in another case', ['AcmeCorp', 'Zorp', 'Acmecorp Zorp'], ['acmecorp', 'acmecorp-zorp']],
    ['a name and the plain plural it is for', ['Zorp OS', 'Zorp OSes', 'Zorp OSes for Containers'], ['zorp-os']],
    [
      'not a name for a name',
      ['Zorp Desktop', 'Quux', 'Zorp Desktop for Quux'],
      ['quux', 'zorp-desktop', 'zorp-desktop-for-quux'],
    ],
  ])('merges %s', (_name, names, ids) => {
    const { nodes } = resolveGraph([
      { declarations: names.map((n) => declared(n)), mentions: [], relations: [], descriptions: [] },
    ]);
    expect(nodes.map((n) => n.id)).toEqual(ids);
  });

  it('merges a name qualified by a proper noun the text uses alone in several places', () => {
    const declarations = [
      declared('Acme Granite'),
      declared('Acme', [], 'proper-noun'),
      declared('Granite', [], 'proper-noun'),
      declared('Granite', [], 'proper-noun'),
    ];
    const once = declarations.slice(0, 3);
    const ids = (d: NameDeclaration[]) =>
      resolveGraph([
        {
          declarations: d,
          mentions: [mention('Acme'), mention('Acme'), mention('Granite'), mention('Granite')],
          relations: [],
          descriptions: [],
        },
      ]).nodes.map((n) => n.id);
    expect(ids(declarations)).toEqual(['acme', 'acme-granite']);
    expect(ids(once)).toEqual(['acme', 'acme-granite', 'granite']);
  });

  it('keeps a name qualifying an acronym the text spells out in common words apart, as a concept', () => {
    const declarations = [
      declared('Zorpix QLI', [], 'list'),
      declared('QLI', [], 'proper-noun'),
      declared('QLI', [], 'proper-noun'),
    ];
    const resolve = (commonAcronyms: string[]) =>
      resolveGraph([{ declarations, mentions: [], relations: [], descriptions: [], commonAcronyms }]).nodes;
    expect(resolve([]).map((n) => [n.id, n.kind, n.aliases])).toEqual([['qli', 'technology', ['Zorpix QLI']]]);
    expect(resolve(['QLI']).map((n) => [n.id, n.kind])).toEqual([
      ['qli', 'concept'],
      ['zorpix-qli', 'technology'],
    ]);
  });

  it('merges a word right after a name it ends, where the text never uses it alone elsewhere', () => {
    const at = (name: string, line: number, signal: NameDeclaration['signal'] = 'proper-noun') => ({
      ...declared(name, [], signal),
      line,
    });
    const ids = (declarations: NameDeclaration[]) =>
      resolveGraph([{ declarations, mentions: [], relations: [], descriptions: [] }]).nodes.map((n) => [
        n.id,
        n.aliases,
      ]);
    const full = at('Cloud Warden', 10, 'link');
    expect(ids([full, at('Warden', 10), at('Warden', 11)])).toEqual([['cloud-warden', ['Warden']]]);
    // Once only, alone far from the full name, or after a name read only from a list: no alias (and, as a common
    // word the tagger alone names, no node).
    expect(ids([full, at('Warden', 11)])).toEqual([['cloud-warden', []]]);
    expect(ids([full, at('Warden', 11), at('Warden', 40)])).toEqual([['cloud-warden', []]]);
    expect(ids([at('Cloud Warden', 10, 'list'), at('Warden', 11), at('Warden', 11)])).toEqual([['cloud-warden', []]]);
  });

  it('merges two words or more right after a name they end, said once, even after a name the tagger alone found', () => {
    const at = (name: string, line: number, signal: NameDeclaration['signal'] = 'proper-noun') => ({
      ...declared(name, [], signal),
      line,
    });
    const ids = (declarations: NameDeclaration[]) =>
      resolveGraph([
        // Each used twice: a node of its own, where no merge makes it part of another.
        {
          declarations,
          mentions: declarations.flatMap((d) => [mention(d.name), mention(d.name)]),
          relations: [],
          descriptions: [],
        },
      ]).nodes.map((n) => [n.id, n.aliases]);
    expect(ids([at('Acme Quux Warden', 10), at('Quux Warden', 12)])).toEqual([['acme-quux-warden', ['Quux Warden']]]);
    expect(ids([at('Acme Quux Warden', 10), at('Quux Warden', 12), at('Quux Warden', 12, 'compound')])).toEqual([
      ['acme-quux-warden', ['Quux Warden']],
    ]);
    // On the full name's own line it may be part of that very name; used alone far away, it is a name of its own.
    expect(ids([at('Acme Quux Warden', 10), at('Quux Warden', 10)])).toEqual([
      ['acme-quux-warden', []],
      ['quux-warden', []],
    ]);
    expect(ids([at('Acme Quux Warden', 10), at('Quux Warden', 12), at('Quux Warden', 40)])).toEqual([
      ['acme-quux-warden', []],
      ['quux-warden', []],
    ]);
  });

  it('keeps a qualified name apart from a concept a section is about', () => {
    const { nodes } = resolveGraph([
      {
        declarations: [declared('Quuxfik'), declared('Quuxfik Mesh'), declared('Mesh', [], 'concept')],
        mentions: [],
        relations: [],
        descriptions: [],
      },
    ]);
    expect(nodes.map((n) => [n.id, n.aliases])).toEqual([
      ['mesh', []],
      ['quuxfik', []],
      ['quuxfik-mesh', []],
    ]);
  });

  it('reads a category phrase of a distinctive name and "platform" as that name', () => {
    const { nodes, edges } = resolveGraph([
      {
        declarations: [declared('ZQX', [], 'acronym'), declared('Quuxbox')],
        mentions: [],
        relations: [
          relation('Quuxbox', 'IS_A', 'zqx platform', 0.8, 5, true),
          relation('Quuxbox', 'IS_A', 'cloud platform', 0.8, 6, true),
        ],
        descriptions: [],
      },
    ]);
    expect(nodes.map((n) => [n.id, n.kind])).toEqual([
      ['cloud-platform', 'category'],
      ['quuxbox', 'technology'],
      ['zqx', 'technology'],
    ]);
    expect(edges.map((e) => e.id)).toEqual(['quuxbox--is-a--cloud-platform', 'quuxbox--is-a--zqx']);
    // The category phrase refers to ZQX; it is no name of it.
    expect(nodes.find((n) => n.id === 'zqx')?.aliases).toEqual([]);
  });

  it('merges a name and that name with a few letters more linked to the same page, not a name with a word more', () => {
    const link = (name: string, url: string): NameDeclaration => ({ ...declared(name), url });
    const { nodes } = resolveGraph([
      {
        declarations: [
          link('Zorp', 'https://zorp.example/'),
          link('ZorpFS', 'https://zorp.example/'),
          link('Zorp Swarm', 'https://zorp.example/'),
          link('Zorp.io', 'https://zorp.example/'),
          link('Quux', 'https://quux.example/'),
          link('QuuxDB', 'https://other.example/'),
        ],
        mentions: [],
        relations: [],
        descriptions: [],
      },
    ]);
    expect(nodes.map((n) => n.id)).toEqual(['quux', 'quuxdb', 'zorp-io', 'zorp-swarm', 'zorpfs']);
  });

  it('keeps a proper noun seen once when it is no English word, in none of its inflections', () => {
    const { nodes } = resolveGraph([
      {
        declarations: ['Quuxbucket', 'Costs', 'Tasked', 'Accuracy', 'Multi-zone'].map((n) =>
          declared(n, [], 'proper-noun'),
        ),
        mentions: [],
        relations: [],
        descriptions: [],
      },
    ]);
    expect(nodes.map((n) => n.id)).toEqual(['quuxbucket']);
  });

  it('merges names qualified by two names of one thing', () => {
    const { nodes } = resolveGraph([
      {
        declarations: [
          declared('Zorp Foundry', ['ZF']),
          declared('ZF Volume Services'),
          declared('Zorp Foundry Volume Service'),
        ],
        mentions: [],
        relations: [],
        descriptions: [],
      },
    ]);
    expect(nodes.map((n) => n.id)).toEqual(['zorp-foundry', 'zorp-foundry-volume-service']);
  });

  it('names a category after the agent its activity needs when the text names that category too', () => {
    const category = (name: string) => ({ name, isCategory: true, file: 'n.rst', line: 2 });
    const ids = (names: string[]) =>
      resolveGraph([{ declarations: [], mentions: names.map(category), relations: [], descriptions: [] }]).nodes.map(
        (n) => n.id,
      );
    expect(ids(['zorpification tool', 'zorpification platform', 'zorpificator'])).toEqual(['zorpificator']);
    expect(ids(['zorpification tool'])).toEqual(['zorpification-tool']);
  });

  it('makes category synonyms one category labelled by the term, with the synonym as an alias', () => {
    const category = (name: string) => ({ name, isCategory: true, file: 'n.rst', line: 2 });
    const graph = (synonyms: [string, string][]) =>
      resolveGraph([
        {
          declarations: [],
          mentions: ['zorpvisor', 'quux monitor', 'zorpvisor', 'blip box'].map(category),
          relations: [],
          descriptions: [],
          categorySynonyms: synonyms,
        },
      ]).nodes.map((n) => [n.id, n.aliases]);
    expect(graph([['zorpvisor', 'quux monitor']])).toEqual([
      ['blip-box', []],
      ['zorpvisor', ['quux monitor']],
    ]);
    expect(graph([])).toEqual([
      ['blip-box', []],
      ['quux-monitor', []],
      ['zorpvisor', []],
    ]);
  });

  it('makes a category phrase the text also declares as a name that name', () => {
    const { nodes } = resolveGraph([
      {
        declarations: [declared('Zorp File System', ['ZFS'], 'acronym'), declared('Quux')],
        mentions: [{ name: 'zorp file system', isCategory: true, file: 'n.rst', line: 4 }],
        relations: [relation('Quux', 'IS_A', 'zorp file system', 0.8, 5, true)],
        descriptions: [],
      },
    ]);
    expect(nodes.map((n) => [n.id, n.aliases])).toEqual([
      ['quux', []],
      ['zorp-file-system', ['ZFS']],
    ]);
    expect(nodes[0].categories).toEqual(['zorp file system']);
  });

  it('makes a distinctive name qualified by a maker in full and by its first word one name', () => {
    const ids = (names: string[]) =>
      resolveGraph([
        { declarations: names.map((name) => declared(name)), mentions: [], relations: [], descriptions: [] },
      ]).nodes.map((n) => [n.id, n.aliases]);
    expect(ids(['Acme Cloud Services', 'Acme Cloud Services ZX2', 'Acme ZX2'])).toEqual([
      ['acme-cloud-services', []],
      ['acme-cloud-services-zx2', ['Acme ZX2']],
    ]);
    // A plain word is no such name, and nor is one whose long qualifier the text does not name.
    expect(ids(['Acme Cloud Services', 'Acme Cloud Services Zorp', 'Acme Zorp']).map(([id]) => id)).toEqual([
      'acme-cloud-services',
      'acme-cloud-services-zorp',
      'acme-zorp',
    ]);
    expect(ids(['Acme Cloud Services ZX2', 'Acme ZX2']).map(([id]) => id)).toEqual([
      'acme-cloud-services-zx2',
      'acme-zx2',
    ]);
  });

  it('keeps distinct things apart', () => {
    const { nodes } = resolveGraph([
      {
        declarations: [declared('CRX'), declared('CRX-O'), declared('Dock'), declared('Dock Swarm')],
        mentions: [],
        relations: [],
        descriptions: [],
      },
    ]);
    expect(nodes.map((n) => n.id)).toEqual(['crx', 'crx-o', 'dock', 'dock-swarm']);
  });

  it('joins repeated evidence into one edge with a higher confidence, and orders symmetric ends', () => {
    const { edges } = resolveGraph([
      {
        declarations: [declared('Zorp'), declared('Quux')],
        mentions: [],
        relations: [
          relation('Zorp', 'USES', 'Quux', 0.5, 5),
          relation('zorp', 'USES', 'Quux', 0.5, 9),
          relation('Zorp', 'ALTERNATIVE_TO', 'Quux'),
        ],
        descriptions: [],
      },
    ]);
    expect(edges.map((e) => [e.id, e.confidence, e.evidence.map((x) => x.line)])).toEqual([
      ['quux--alternative-to--zorp', 0.8, [5]],
      ['zorp--uses--quux', 0.75, [5, 9]],
    ]);
  });

  it('turns category targets into category nodes and records them on the member', () => {
    const { nodes } = resolveGraph([
      {
        declarations: [declared('Zorp')],
        mentions: [],
        relations: [relation('Zorp', 'IS_A', 'service mesh', 0.8, 5, true)],
        descriptions: [],
      },
    ]);
    expect(nodes.map((n) => [n.id, n.kind, n.categories])).toEqual([
      ['service-mesh', 'category', []],
      ['zorp', 'technology', ['service mesh']],
    ]);
  });

  it('sets kinds from the generic lexicons and from the relations', () => {
    const { nodes } = resolveGraph([
      {
        declarations: [
          declared('Zorp'),
          declared('Python'),
          declared('Acme Foundation'),
          declared('Quux'),
          declared('Frob Interface'),
        ],
        mentions: [],
        relations: [relation('Zorp', 'DEVELOPED_BY', 'Quux'), relation('Zorp', 'WRITTEN_IN', 'Python')],
        descriptions: [],
      },
    ]);
    expect(Object.fromEntries(nodes.map((n) => [n.label, n.kind]))).toEqual({
      'Acme Foundation': 'organisation',
      'Frob Interface': 'standard',
      Python: 'language',
      Quux: 'organisation',
      Zorp: 'technology',
    });
  });

  it('reads the name of a language that is also another name of a product as that product', () => {
    const { nodes } = resolveGraph([
      {
        declarations: [declared('Swift'), declared('Acme Object Store', ['swift'], 'alias'), declared('Dart')],
        mentions: [mention('Swift')],
        relations: [],
        descriptions: [],
      },
    ]);
    expect(nodes.map((n) => `${n.label}:${n.kind}`).sort()).toEqual(['Dart:language', 'Swift:technology']);
  });

  it('reads WRITTEN_IN a non-programming language as USES', () => {
    const { edges } = resolveGraph([
      {
        declarations: [declared('Zorp'), declared('Quux')],
        mentions: [],
        relations: [relation('Zorp', 'WRITTEN_IN', 'Quux')],
        descriptions: [],
      },
    ]);
    expect(edges.map((e) => [e.id, e.confidence])).toEqual([['zorp--uses--quux', 0.56]]);
  });
});
