import { describe, expect, it } from 'vitest';
import { declareNames, gazetteerOf, placeMentions } from '../../ingest/mentions.js';
import { parseRst } from '../../ingest/rst/index.js';

const declare = (file: string, rst: string) => declareNames(parseRst(rst, { file }).document, file);

describe('declareNames', () => {
  it.each([
    ['a title naming a tool', 'Zorpline\n========\n\nText about it.\n', ['Zorpline:title']],
    ['a title about an aspect', 'Key features and benefits\n=========================\n\nText.\n', []],
    ['a title about a concept', 'Elastic computing\n=================\n\nText.\n', ['Elastic computing:concept']],
    ['not a plural title', 'Web applications\n================\n\nText.\n', []],
    ['not a task title', 'Creating volumes\n================\n\nText.\n', []],
    ['not a title with a name in it', 'Tools using zorpctl\n===================\n\nText.\n', ['zorpctl:title']],
    ['a title with an alias', 'Zorpline (ZL)\n=============\n\nText.\n', ['Zorpline[ZL]:title']],
    ['a generic title word is trimmed', 'Zorpline Architecture\n=====================\n\nText.\n', ['Zorpline:title']],
    ['a link text with its URL', 'See `Quuxnet <https://quuxnet.example/>`__ now.\n', ['Quuxnet:link']],
    ['a lower-case link text its URL vouches for', 'Run `blipd <https://blipd.example/>`__ here.\n', ['blipd:link']],
    [
      'an ordinary word its URL names',
      'A bridge or remote bridge or remote. `Bridge <https://z.example/bridge.md>`__, `Remote <https://z.example/remote/>`__.\n',
      ['Bridge:link', 'Remote:link'],
    ],
    ['not an ordinary word its URL does not name', 'A bridge, a bridge. `Bridge <https://z.example/net.md>`__.\n', []],
    [
      'a possessor and its thing',
      "Distributions include Quuxix, Frobnik's Zorplinux and Blipix.\n",
      [
        'Frobnik:list',
        "Zorplinux[Frobnik's Zorplinux]:alias",
        'Quuxix:list',
        "Frobnik's Zorplinux:list",
        'Blipix:list',
      ],
    ],
    [
      'a name a naming verb gives',
      'Use `Zorpline <https://z.example/>`__. Each agent is referred to as a Zorpline minion. It is called DevOps. Fine.\n',
      ['Zorpline:link', 'Zorpline minion:compound'],
    ],
    [
      "a short form of a section's name used only in that section",
      'Zorp CI\n=======\n\nUse `Zorp <https://z.example/>`__ here.\n',
      ['Zorp CI:title', 'Zorp:link', 'Zorp CI[Zorp]:alias'],
    ],
    [
      "not a short form of a section's name used elsewhere too",
      'Acme Swarm\n==========\n\nUse `Acme <https://a.example/>`__ here.\n\nOther\n=====\n\nSee `Acme <https://a.example/>`__.\n',
      ['Acme Swarm:title', 'Acme:link', 'Acme:link'],
    ],
    [
      'a capitalised category with its acronym',
      'It uses ZFS (Zorp File System) and a file system.\n',
      ['Zorp File System[ZFS]:acronym'],
    ],
    [
      "not a plain plural ending a section's name",
      'Zorp Volumes\n============\n\nSee `Volumes <https://z.example/>`__ here.\n',
      ['Zorp Volumes:title', 'Volumes:link'],
    ],
    ['a phrase link is not a name', 'Read `how to install things <https://x.example/>`__.\n', []],
    [
      'an alias after "also known as"',
      'See `Zorpline <https://z.example/>`__, also known as Z9 here.\n',
      ['Zorpline:link', 'Zorpline[Z9]:alias'],
    ],
    [
      'a lower-case title word that is no English word',
      'Tools using zorpctl\n==================\n\nText.\n',
      ['zorpctl:title'],
    ],
    [
      'an acronym declaration',
      'The Frobnicated Widget Standard (FWS) is new.\n',
      ['Frobnicated Widget Standard[FWS]:acronym'],
    ],
    [
      'names coordinated with a linked name',
      'Tools such as `Zorpline <https://z.example/>`__, Quuxbar, frobd and Blipper help.\n',
      ['Zorpline:link', 'Quuxbar:list', 'frobd:list', 'Blipper:list'],
    ],
    [
      'a product of a declared name, written over two lines',
      'Run `Zorpline <https://z.example/>`__ with the Zorpline Device\nManager here.\n',
      ['Zorpline:link', 'Zorpline Device Manager:compound'],
    ],
    [
      'not a name qualifying a short form the bracket expands',
      'See `Zorpline <https://z.example/>`__ and the Zorpline ZRI (Zorp Runtime Interface).\n',
      ['Zorpline:link', 'Zorp Runtime Interface[ZRI]:acronym'],
    ],
    [
      'the terms of sibling items in a list of identifiers',
      'Volume types:\n\n- `zorpDisk <https://z.example/>`__: a disk.\n- quuxFile: a file.\n- secret: a secret.\n',
      ['zorpDisk:link', 'quuxFile:term', 'secret:term'],
    ],
    [
      'the terms of three sibling items most of which look like names',
      'Parts:\n\n- Zorp Agent: runs.\n- ZQ Policy Server: decides.\n- Quux8 Relay: relays.\n',
      ['Zorp Agent:term', 'ZQ Policy Server:term', 'Quux8 Relay:term'],
    ],
    [
      'an identifier spelling the name its item gives',
      'Types:\n\n- zorpDataDisk: To mount a `Zorp DD <https://z.example/>`__ disk.\n- quuxFile: a file.\n',
      ['Zorp DD:link', 'Zorp DD[zorpDataDisk]:alias'],
    ],
    [
      'a lower-case word of code that is no English word',
      'It uses ``zorpctl`` and ``swap`` and ``--zorp``.\n',
      ['zorpctl:code'],
    ],
    ['not the terms of aspect items', 'Benefits:\n\n- Routing: fast.\n- Retries: safe.\n- Tracing: clear.\n', []],
    [
      'a family of names sharing a first word',
      'It works with services such as Acme Code, Acme Build, and Acme Logging.\n',
      ['Acme Code:list', 'Acme Build:list', 'Acme Logging:list'],
    ],
    [
      'a coordination of names by their shape',
      'It stores data in ZQL, Frobnik and quuxdb.\n',
      ['ZQL:list', 'Frobnik:list', 'quuxdb:list'],
    ],
    [
      'a list of languages',
      'It supports the languages Zorplang, Python, Go and Ruby.\n',
      ['Zorplang:list', 'Python:list', 'Go:list', 'Ruby:list'],
    ],
    ['not a coordination of ordinary words', 'Environments like Development, QA, and Production.\n', []],
    ['not made-up words in a list', 'It is ultra-light, ultra-fast and ultra-simple.\n', []],
    [
      'a capitalised word right after a declared name',
      'It runs in `Zorpline <https://z.example/>`__ and Zorpline Stack, but also elsewhere.\n',
      ['Zorpline:link', 'Zorpline Stack:compound'],
    ],
    ['a coordination with no declared name', 'We met Alice, Bob and Carol there.\n', []],
    [
      'a possessor and its thing across a line break',
      "It runs on Frobnik's\nZorplinux.\n",
      ['Frobnik:list', "Zorplinux[Frobnik's Zorplinux]:alias"],
    ],
    [
      'capitalised words listed after an article',
      'The plane includes the Citadon, Gallery, and Pilot.\n',
      ['Citadon:list', 'Gallery:list', 'Pilot:list'],
    ],
    [
      'not capitalised words a document writes in lower case',
      'A gallery, a gallery: the Citadon, Gallery, and Pilot.\n',
      [],
    ],
    [
      'ordinary words capitalised inside a sentence',
      'It comes with Paper Run and Stone Build.\n',
      ['Paper Run:compound', 'Stone Build:compound'],
    ],
    [
      'not ordinary words written in lower case elsewhere',
      'Zorp gives Load Balancing. Its load balancing is fast.\n',
      [],
    ],
    ['not a plural of ordinary words', 'It ships with Slave Launchers.\n', []],
    [
      'not the end of a longer name',
      'See `Acme Atomic Host <https://a.example/>`__ and its Atomic Host.\n',
      ['Acme Atomic Host:link'],
    ],
    [
      'an alias after "Also known as", up to the full stop',
      '- `Zorpline <https://z.example/>`__: Also\n  known as quuxine-ctl. A tool.\n',
      ['Zorpline:link', 'Zorpline[quuxine-ctl]:alias', 'quuxine-ctl:code'],
    ],
    [
      'an acronym and the capitalised words it stands for, around a slash',
      'See `ZQM/Zorp Queue Manager <https://z.example/>`__ for queues.\n',
      ['Zorp Queue Manager[ZQM]:link'],
    ],
    [
      'the terms of sibling items set off by dashes',
      'Uses:\n\n* **Zorpix** - For images.\n* **Keystone** - For identity.\n* **Quux Agent** - For agents.\n',
      ['Zorpix:term', 'Keystone:term', 'Quux Agent:term'],
    ],
    [
      'not English words set off by dashes',
      'Parts:\n\n* **network** - It plugs in.\n* **storage** - It stores.\n* **Zorpix** - It runs.\n',
      [],
    ],
    [
      'a language whose name is a word or a letter, after "written in"',
      'Zorp is written in portable C. Quux is written mostly in Go. Blip is written in Zorp.\n',
      ['C:list', 'Go:list'],
    ],
    [
      'hyphenated terms of one family, even of English words',
      'The brisk-conductor and read-only parts: brisk-conductor is read-only.\n\nbrisk-api\n  Serves.\n\nbrisk-conductor\n  Conducts.\n\nread-only\n  Reads.\n',
      ['brisk-api:term', 'brisk-conductor:term'],
    ],
    [
      'not a licence, a licence title or an address',
      'License\n=======\n\nUnder the `Zorp Public License <https://z.example/>`__, see `https://z.example/a <https://z.example/a>`__.\n',
      [],
    ],
    [
      'a language in lower case before "service" or "script"',
      'A python service and a perl script, not a go service or a python-based one.\n',
      ['Python:list', 'Perl:list'],
    ],
    [
      'not an English word listed with names',
      'It supports Zorpflow, Quuxflow(R), and mirroring for visibility.\n',
      ['Zorpflow:list', 'Quuxflow:list'],
    ],
    [
      'lower-case programs in list items',
      'Parts:\n\n- zorp-vswitchd, a daemon.\n- zorpdb-server, a database server.\n',
      ['zorp-vswitchd:code', 'zorpdb-server:code'],
    ],
  ])('%s', (_name, rst, expected) => {
    const names = declare('t.rst', rst)
      .declarations.filter((d) => d.signal !== 'proper-noun')
      .map((d) => `${d.name}${d.aliases.length ? `[${d.aliases.join(',')}]` : ''}:${d.signal}`);
    expect(names).toEqual(expected);
  });
});

describe('placeMentions', () => {
  it('reads the plural of an English word opening a sentence as a word, where a made-up plural is a name', () => {
    const { declarations } = declare('p.rst', 'Administrators can run it. Quuxers can too.\n');
    expect(declarations.map((d) => `${d.name}:${d.signal}`)).toEqual(['Quuxers:proper-noun']);
  });

  it('lists the acronyms the text spells out in common words, and declares no name for them', () => {
    const document = declare('q.rst', 'Zorps are run through quux line (QLI) tools and the Zorp Runtime (ZR).\n');
    expect(document.commonAcronyms).toEqual(['QLI']);
    expect(document.declarations.map((d) => d.name)).not.toContain('quux line');
  });

  it('finds a name declared in one document in another, with its line', () => {
    const a = declare('a.rst', 'Uses `Quuxnet <https://quuxnet.example/>`__.\n');
    const b = declare('b.rst', 'some intro.\n\nHere Quuxnet runs on the\nQuuxnet cluster.\n');
    const placed = placeMentions(b, gazetteerOf([a, b]));
    expect(placed.mentions.filter((m) => !m.isCategory)).toEqual([
      { name: 'Quuxnet', isCategory: false, file: 'b.rst', line: 3 },
      { name: 'Quuxnet', isCategory: false, file: 'b.rst', line: 4 },
    ]);
  });

  it('finds category phrases outside names', () => {
    const doc = declare('c.rst', 'A `Zorp Mesh <https://zorp.example/>`__ is a service mesh.\n');
    const placed = placeMentions(doc, gazetteerOf([doc]));
    expect(placed.mentions.map((m) => `${m.name}${m.isCategory ? ' (category)' : ''}`)).toEqual([
      'Zorp Mesh',
      'service mesh (category)',
    ]);
  });
});
