import { describe, expect, it } from 'vitest';
import type { GraphData, GraphEdge, GraphNode, RelationType } from '../../graph/types.js';
import { graphProblems } from '../../graph/validate.js';
import { applyCuration, parseCuration } from '../../ingest/curation.js';
import type { CurationAction } from '../../graph/types.js';

const FILE = 'curation.yaml';

function node(id: string, label: string, extra: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    label,
    kind: 'technology',
    aliases: [],
    categories: [],
    description: '',
    urls: [],
    sources: [],
    ...extra,
  };
}

function edge(source: string, type: RelationType, target: string, confidence: number, line: number): GraphEdge {
  const kebab = type.toLowerCase().replace(/_/g, '-');
  return {
    id: `${source}--${kebab}--${target}`,
    source,
    target,
    type,
    confidence,
    evidence: [{ file: 'a.rst', line, text: `sentence ${line}` }],
  };
}

function graph(): GraphData {
  return {
    version: 1,
    documents: [{ file: 'a.rst', sections: [] }],
    nodes: [
      node('container-orchestrator', 'container orchestrator', { kind: 'category' }),
      node('docker', 'Docker'),
      node('k8s', 'K8s', {
        categories: ['container orchestrator'],
        urls: ['https://k8s.example/'],
        description: 'Short name.',
        sources: [{ file: 'a.rst', line: 2 }],
      }),
      node('kubernetes', 'Kubernetes', {
        aliases: ['kube'],
        categories: ['container orchestrators'],
        sources: [{ file: 'a.rst', line: 1 }],
      }),
      node('nomad', 'Nomad'),
      node('vmware-esxi', 'VMware Esxi'),
      node('wikipedia', 'Wikipedia'),
    ],
    edges: [
      edge('k8s', 'ALTERNATIVE_TO', 'nomad', 0.5, 5),
      edge('k8s', 'INTEGRATES_WITH', 'kubernetes', 0.5, 6),
      edge('k8s', 'IS_A', 'container-orchestrator', 0.5, 2),
      edge('k8s', 'USES', 'docker', 0.6, 3),
      edge('kubernetes', 'ALTERNATIVE_TO', 'nomad', 0.7, 4),
      edge('kubernetes', 'IS_A', 'container-orchestrator', 0.8, 1),
      edge('wikipedia', 'USES', 'docker', 0.3, 7),
    ],
  };
}

const curate = (yaml: string, input: GraphData = graph()) => applyCuration(input, parseCuration(yaml, FILE));
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('parseCuration', () => {
  const cases: [string, string, CurationAction[]][] = [
    ['nothing', '', []],
    ['only comments', '# nothing yet\n', []],
    ['an empty key', 'merge:\n', []],
    [
      'every action, in the order written',
      'suppress:\n  - wikipedia\nmerge:\n  - [kubernetes, k8s, K8S]\nrename:\n  vmware-esxi: VMware ESXi\nalias:\n  kubernetes: [K8s, kube]\n  docker: Moby\n',
      [
        { action: 'suppress', line: 2, names: ['wikipedia'] },
        { action: 'merge', line: 4, names: ['kubernetes', 'k8s', 'K8S'] },
        { action: 'rename', line: 6, names: ['vmware-esxi', 'VMware ESXi'] },
        { action: 'alias', line: 8, names: ['kubernetes', 'K8s', 'kube'] },
        { action: 'alias', line: 9, names: ['docker', 'Moby'] },
      ],
    ],
    ['numbers as names', 'alias:\n  s3: [3]\n', [{ action: 'alias', line: 2, names: ['s3', '3'] }]],
  ];
  it.each(cases)('reads %s', (_what, yaml, actions) => {
    expect(parseCuration(yaml, FILE)).toEqual({ file: FILE, actions });
  });

  const errors: [string, string, string][] = [
    [
      'an unknown key',
      'merge: []\nremove:\n  - x\n',
      "curation.yaml:2: unknown key 'remove' (expected merge, rename, suppress, alias)",
    ],
    [
      'a list at the top',
      '- kubernetes\n',
      'curation.yaml:1: expected a map with the keys merge, rename, suppress, alias',
    ],
    ['a merge of one name', 'merge:\n  - [kubernetes]\n', 'curation.yaml:2: each merge is a list of two names or more'],
    ['a flat merge list', 'merge: [kubernetes, k8s]\n', 'curation.yaml:1: each merge is a list of two names or more'],
    [
      'a merge that is no list',
      'merge:\n  - kubernetes\n',
      'curation.yaml:2: each merge is a list of two names or more',
    ],
    ['suppress given a map', 'suppress:\n  a: b\n', 'curation.yaml:2: suppress expects a list'],
    ['rename given a list', 'rename:\n  - a\n', 'curation.yaml:2: rename expects a map of entity: new label'],
    ['a rename to a list', 'rename:\n  a: [b]\n', 'curation.yaml:2: expected a new label (a name)'],
    ['a rename to nothing', 'rename:\n  a:\n', "curation.yaml:2: rename of 'a' gives no new label"],
    ['an alias that is a map', 'alias:\n  a:\n    - {b: c}\n', 'curation.yaml:3: expected an alias (a name)'],
    ['an empty name', "suppress:\n  - ''\n", 'curation.yaml:2: an entity or edge is empty'],
    ['a duplicate key', 'alias:\n  a: b\nalias:\n  c: d\n', 'curation.yaml:3: Map keys must be unique'],
    [
      'broken YAML',
      'merge:\n  - [a, b\nrename: {}\n',
      'curation.yaml:3: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  ];
  it.each(errors)('refuses %s in one line', (_what, yaml, message) => {
    expect(() => parseCuration(yaml, FILE)).toThrow(message);
    try {
      parseCuration(yaml, FILE);
    } catch (error) {
      expect((error as Error).message).toBe(message);
    }
  });
});

describe('applyCuration', () => {
  it('merges by id and by label: aliases, sources, urls, categories and description join the kept entity', () => {
    for (const yaml of ['merge:\n  - [kubernetes, k8s]\n', 'merge:\n  - [KUBERNETES, k8S]\n']) {
      const result = curate(yaml);
      expect(ids(result.nodes)).toEqual([
        'container-orchestrator',
        'docker',
        'kubernetes',
        'nomad',
        'vmware-esxi',
        'wikipedia',
      ]);
      expect(result.nodes.find((n) => n.id === 'kubernetes')).toEqual(
        node('kubernetes', 'Kubernetes', {
          aliases: ['K8s', 'kube'],
          categories: ['container orchestrator', 'container orchestrators'],
          urls: ['https://k8s.example/'],
          description: 'Short name.',
          sources: [
            { file: 'a.rst', line: 1 },
            { file: 'a.rst', line: 2 },
          ],
        }),
      );
    }
  });

  it('moves edges with a merge, merges edges that become one and drops the loop between the merged', () => {
    const result = curate('merge:\n  - [kubernetes, k8s]\n');
    expect(result.edges.map((e) => [e.id, e.source, e.target, e.confidence, e.evidence.map((x) => x.line)])).toEqual([
      ['kubernetes--alternative-to--nomad', 'kubernetes', 'nomad', 0.85, [4, 5]],
      ['kubernetes--is-a--container-orchestrator', 'kubernetes', 'container-orchestrator', 0.9, [1, 2]],
      ['kubernetes--uses--docker', 'kubernetes', 'docker', 0.6, [3]],
      ['wikipedia--uses--docker', 'wikipedia', 'docker', 0.3, [7]],
    ]);
    expect(graphProblems(result)).toEqual([]);
  });

  it('renames: the id follows the label, the old label becomes an alias, symmetric edges re-order their ends', () => {
    const result = curate('rename:\n  nomad: Apache Nomad\n  VMWARE ESXI: VMware ESXi\n');
    expect(ids(result.nodes)).toContain('apache-nomad');
    expect(result.nodes.find((n) => n.id === 'apache-nomad')).toEqual(
      node('apache-nomad', 'Apache Nomad', { aliases: ['Nomad'] }),
    );
    expect(result.nodes.find((n) => n.id === 'vmware-esxi')).toEqual(
      node('vmware-esxi', 'VMware ESXi', { aliases: ['VMware Esxi'] }),
    );
    expect(ids(result.edges).filter((id) => id.includes('alternative'))).toEqual([
      'apache-nomad--alternative-to--k8s',
      'apache-nomad--alternative-to--kubernetes',
    ]);
    expect(graphProblems(result)).toEqual([]);
  });

  it('renames a category where entities list it', () => {
    const result = curate('rename:\n  container orchestrator: Orchestrator\n');
    expect(result.nodes.find((n) => n.id === 'k8s')?.categories).toEqual(['Orchestrator']);
    expect(ids(result.edges)).toContain('kubernetes--is-a--orchestrator');
  });

  it('suppresses an entity with its edges, or one edge', () => {
    const result = curate('suppress:\n  - Wikipedia\n  - k8s--uses--docker\n');
    expect(ids(result.nodes)).not.toContain('wikipedia');
    expect(ids(result.edges)).not.toContain('wikipedia--uses--docker');
    expect(ids(result.edges)).not.toContain('k8s--uses--docker');
    expect(result.edges).toHaveLength(5);
    expect(curate('suppress:\n  - container-orchestrator\n').nodes.find((n) => n.id === 'k8s')?.categories).toEqual([]);
  });

  it('adds aliases once, never the label itself', () => {
    const result = curate('alias:\n  kubernetes: [K8s, kube, Kubernetes]\n  docker: Moby\n');
    expect(result.nodes.find((n) => n.id === 'kubernetes')?.aliases).toEqual(['K8s', 'kube']);
    expect(result.nodes.find((n) => n.id === 'docker')?.aliases).toEqual(['Moby']);
  });

  it('applies actions in order, records them, and leaves its input alone', () => {
    const input = graph();
    const before = structuredClone(input);
    const yaml = 'merge:\n  - [kubernetes, k8s]\nrename:\n  kubernetes: Kubernetes Engine\n';
    const result = curate(yaml, input);
    expect(input).toEqual(before);
    expect(ids(result.edges)).toContain('kubernetes-engine--uses--docker');
    expect(result.curation).toEqual({
      file: FILE,
      actions: [
        { action: 'merge', line: 2, names: ['kubernetes', 'k8s'] },
        { action: 'rename', line: 4, names: ['kubernetes', 'Kubernetes Engine'] },
      ],
    });
    expect(curate(yaml, input)).toEqual(result);
  });

  const errors: [string, string, string][] = [
    [
      'an unknown entity in a merge',
      'merge:\n  - [kubernetes, borg]\n',
      "curation.yaml:2: 'borg' names no entity (by id or label)",
    ],
    [
      'an unknown entity to rename',
      'rename:\n  borg: Borg\n',
      "curation.yaml:2: 'borg' names no entity (by id or label)",
    ],
    [
      'an unknown name to suppress',
      'suppress:\n  - a--uses--b\n',
      "curation.yaml:2: 'a--uses--b' names no entity (by id or label) and no edge (by id)",
    ],
    [
      'a rename onto another id',
      'rename:\n  k8s: Kubernetes\n',
      "curation.yaml:2: renaming 'k8s' to 'Kubernetes' gives the id 'kubernetes' of 'Kubernetes': merge them instead",
    ],
    [
      'a name gone with an earlier action',
      'suppress:\n  - wikipedia\nalias:\n  wikipedia: WP\n',
      "curation.yaml:4: 'wikipedia' names no entity (by id or label)",
    ],
  ];
  it.each(errors)('refuses %s in one line', (_what, yaml, message) => {
    expect(() => curate(yaml)).toThrow(message);
  });

  it('asks for an id when a label is shared', () => {
    const input = graph();
    input.nodes.push(node('docker-inc', 'docker'));
    expect(() => curate('alias:\n  Docker: Moby\n', input)).toThrow(
      "curation.yaml:2: 'Docker' is the label of docker, docker-inc: name one by id",
    );
    expect(
      curate('alias:\n  docker-inc: Docker, Inc.\n', input).nodes.find((n) => n.id === 'docker-inc')?.aliases,
    ).toEqual(['Docker, Inc.']);
  });
});
