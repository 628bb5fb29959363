import { beforeAll, describe, expect, it } from 'vitest';
import { ask, AskError } from '../../../graph/ask/index.js';
import type { MemoryStore } from '../../../graph/memory-store.js';
import { askStore } from './fixture-store.js';

let store: MemoryStore;
beforeAll(async () => {
  store = await askStore();
});

async function askError(question: string): Promise<AskError> {
  const error: unknown = await ask(store, question).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AskError)) throw new Error(`expected an AskError for "${question}", got ${String(error)}`);
  return error;
}

describe('ask: every relation template over the fixture graph', () => {
  const cases: [string, string, string, string, string[]][] = [
    // question, template, relation, direction, answer labels (sorted)
    ['what implements PNI', 'implementers', 'IMPLEMENTS', 'in', ['Knot', 'Weaver']],
    ['what does Crate implement', 'implemented', 'IMPLEMENTS', 'out', ['Blob Storage Interface']],
    ['what uses Keystore', 'users', 'USES', 'in', ['Lattice', 'Shipyard']],
    ['what does Shipyard use', 'used', 'USES', 'out', ['Keystore']],
    ['what is built on Shipyard', 'built-on-it', 'BUILT_ON', 'in', ['Fleetyard']],
    ['what is Fleetyard based on', 'built-on', 'BUILT_ON', 'out', ['Shipyard']],
    ['what did Acme Foundation develop', 'developed', 'DEVELOPED_BY', 'in', ['Keystore', 'Shipyard']],
    ['what is developed by the Acme Foundation', 'developed', 'DEVELOPED_BY', 'in', ['Keystore', 'Shipyard']],
    ['who develops Shipyard', 'developer', 'DEVELOPED_BY', 'out', ['Acme Foundation']],
    ['what is an alternative to Shipyard', 'alternatives', 'ALTERNATIVE_TO', 'both', ['Harbour']],
    ['what is an alternative to Harbour', 'alternatives', 'ALTERNATIVE_TO', 'both', ['Shipyard']],
    ['what does Shipyard support', 'supported', 'SUPPORTS', 'out', ['Boxd', 'Crate', 'Quay Lake', 'Slim']],
    ['what supports Boxd', 'supporters', 'SUPPORTS', 'in', ['Shipyard']],
    ['what is written in Gopher', 'written-in-it', 'WRITTEN_IN', 'in', ['Shipyard', 'Weaver']],
    ['what is Weaver written in', 'language', 'WRITTEN_IN', 'out', ['Gopher']],
    ['what manages Shipyard', 'managers', 'MANAGES', 'in', ['Steward']],
    ['what does Shipyard manage', 'managed', 'MANAGES', 'out', ['Boxd']],
    ['what is part of Shipyard', 'parts', 'PART_OF', 'in', ['Dock Agent']],
    ['what is Dock Agent part of', 'part-of', 'PART_OF', 'out', ['Shipyard']],
    ['what integrates with Shipyard', 'integrations', 'INTEGRATES_WITH', 'both', ['Tracer']],
    ['what does Tracer integrate with', 'integrations', 'INTEGRATES_WITH', 'both', ['Shipyard']],
    ['what are the distributions of Shipyard', 'distributions', 'DISTRIBUTION_OF', 'in', ['ShipOS']],
    ['what is ShipOS a distribution of', 'distribution-of', 'DISTRIBUTION_OF', 'out', ['Shipyard']],
    ['what uses Shipyard', 'users', 'USES', 'in', []],
  ];
  it.each(cases)('%s', async (question, template, relation, direction, labels) => {
    const result = await ask(store, question);
    expect(result.question).toBe(question);
    expect(result.interpretation).toMatchObject({ template, relation, direction });
    expect(result.answers.map((answer) => answer.label)).toEqual(labels);
  });
});

describe('ask: answers carry their edges and evidence', () => {
  it('what implements the Pipe Network Interface', async () => {
    const result = await ask(store, 'what implements the Pipe Network Interface');
    expect(result.interpretation.entities).toEqual([{ phrase: 'the Pipe Network Interface', id: 'pni', label: 'PNI' }]);
    expect(result.answers).toEqual([
      {
        id: 'knot',
        label: 'Knot',
        kind: 'technology',
        edges: ['knot--implements--pni'],
        evidence: [{ file: 'notes.rst', line: 41, text: 'Knot is a PNI plugin.' }],
      },
      {
        id: 'weaver',
        label: 'Weaver',
        kind: 'technology',
        edges: ['weaver--implements--pni'],
        evidence: [{ file: 'notes.rst', line: 40, text: 'Weaver implements the Pipe Network Interface.' }],
      },
    ]);
  });
});

describe('ask: tolerance', () => {
  const cases: [string, string][] = [
    ['Which projects implement the Pipe Networking Interface?', 'pni'], // long form → acronym label
    ['WHAT IMPLEMENTS pni', 'pni'],
    ['what implements the PNI.', 'pni'],
    ['what does Crate implement', 'crate'],
    ['what implements BSI', 'bsi'], // alias
    ['what does sy manage', 'shipyard'], // alias
    ['what does Shipyrd manage', 'shipyard'], // typo
    ['what does shipyard manage', 'shipyard'],
    ['what does Shpiyard manage', 'shipyard'], // transposition
    ['which Orchestrators are alternatives to Harbour', 'harbour'],
    ['what are box runtimes', 'box-runtime'], // plural of a category node
  ];
  it.each(cases)('%s → %s', async (question, id) => {
    const result = await ask(store, question);
    expect(result.interpretation.entities[0]?.id).toBe(id);
  });
});

describe('ask: two entities with one name', () => {
  it.each([
    ['what is written in Gopher', 'gopher', ['Shipyard', 'Weaver']], // the language has WRITTEN_IN edges in
    ['what does Gopher use', 'gopher-tool', ['PNI']], // the tool has USES edges out
    ['what does Gopher manage', 'gopher', []], // neither fits: the first in search order, answered honestly
  ])('%s → %s', async (question, id, labels) => {
    const result = await ask(store, question);
    expect(result.interpretation.entities[0]?.id).toBe(id);
    expect(result.answers.map((answer) => answer.label)).toEqual(labels);
  });
});

describe('ask: category filter', () => {
  const cases: [string, string[], string | undefined, string | undefined][] = [
    // a category node reached by IS_A (Boxd), a categories list (Crate), a longer category ending with it (Slim)
    ['which box runtimes does Shipyard support', ['Boxd', 'Crate', 'Slim'], 'box runtime', undefined],
    ['which runtimes does Shipyard support', ['Boxd', 'Crate', 'Slim'], 'runtime', undefined],
    ['which low-level box runtimes does Shipyard support', ['Slim'], 'low-level box runtime', undefined],
    ['which image registries does Shipyard support', ['Quay Lake'], 'image registry', undefined],
    ['which projects does Shipyard support', ['Boxd', 'Crate', 'Quay Lake', 'Slim'], undefined, undefined],
    ['which languages is Shipyard written in', ['Gopher'], undefined, 'language'],
    ['which organisations developed Shipyard', ['Acme Foundation'], undefined, 'organisation'],
    ['which standards does Crate implement', ['Blob Storage Interface'], undefined, 'standard'],
    ['which orchestrators use Keystore', ['Shipyard'], 'orchestrator', undefined],
    ['which network plugins use Keystore', [], 'network plugin', undefined],
  ];
  it.each(cases)('%s', async (question, labels, category, kind) => {
    const result = await ask(store, question);
    expect(result.answers.map((answer) => answer.label)).toEqual(labels);
    expect(result.interpretation.category).toBe(category);
    expect(result.interpretation.kind).toBe(kind);
  });
});

describe('ask: compare, path, describe', () => {
  it('compare lists shared neighbours as answers and keeps the whole comparison', async () => {
    const result = await ask(store, 'compare Lattice and Shipyard');
    expect(result.interpretation.entities.map((entity) => entity.id)).toEqual(['lattice', 'shipyard']);
    expect(result.answers.map((answer) => [answer.label, answer.edges])).toEqual([
      ['Keystore', ['lattice--uses--keystore', 'shipyard--uses--keystore']],
    ]);
    expect(result.comparison?.shared).toEqual({ 'USES:out': ['keystore'] });
    expect(result.comparison?.distinct.lattice).toEqual({ 'USES:out': ['pni'] });
    expect(result.labels).toMatchObject({
      lattice: 'Lattice',
      keystore: 'Keystore',
      pni: 'PNI',
      'dock-agent': 'Dock Agent',
    });
  });

  it('how is X related to Y: the path, an explanation per step, the evidence per step', async () => {
    const result = await ask(store, 'how is Fleetyard related to Keystore?');
    expect(result.explanation).toEqual(['Fleetyard is built on Shipyard', 'Shipyard uses Keystore']);
    expect(result.answers.map((answer) => [answer.label, answer.edges, answer.evidence[0]?.line])).toEqual([
      ['Shipyard', ['fleetyard--built-on--shipyard'], 57],
      ['Keystore', ['shipyard--uses--keystore'], 44],
    ]);
  });

  it('how is X related to Y with no path: no answers, an empty explanation', async () => {
    const result = await ask(store, 'how is Hermit related to Shipyard');
    expect(result.answers).toEqual([]);
    expect(result.explanation).toEqual([]);
  });

  it('what is X: its description and what it is a kind of', async () => {
    const result = await ask(store, 'what is Shipyard?');
    expect(result.description).toEqual({
      id: 'shipyard',
      label: 'Shipyard',
      kind: 'technology',
      categories: ['orchestrator'],
      description: 'Schedules boxes over many hosts.',
    });
    expect(result.interpretation).toMatchObject({ template: 'describe', relation: 'IS_A', direction: 'out' });
    expect(result.answers.map((answer) => answer.label)).toEqual(['orchestrator']);
  });

  it('what is a category: its members, by IS_A edge (with evidence) or by categories list', async () => {
    const result = await ask(store, 'what is a box runtime');
    expect(result.interpretation.direction).toBe('in');
    expect(result.answers.map((answer) => [answer.label, answer.evidence.length])).toEqual([
      ['Boxd', 1],
      ['Crate', 0],
      ['Slim', 0], // "low-level box runtime" is a narrower box runtime
    ]);
  });
});

describe('ask: a category no entity is named after', () => {
  it('what are image registries: the entities that list it, and the category in the interpretation', async () => {
    const result = await ask(store, 'what are image registries?');
    expect(result.interpretation).toEqual({
      template: 'describe',
      relation: 'IS_A',
      direction: 'in',
      entities: [],
      category: 'image registry',
    });
    expect(result.answers).toEqual([
      { id: 'quay-lake', label: 'Quay Lake', kind: 'technology', edges: [], evidence: [] },
    ]);
  });
});

describe('ask: refusals (the API answers 422 with the suggestions)', () => {
  const cases: [string, string, string[]][] = [
    ['why is the sky blue', 'unparseable', ['what implements X', 'what does X implement', 'what uses X']],
    ['what implements Kubernetes', 'unknown-entity', []],
    ['what does Ship manage', 'unknown-entity', ['Shipyard']], // too far for a typo: suggested, not guessed
    ['which flying cars does Shipyard support', 'unknown-category', ['orchestrator', 'box runtime']],
    ['compare Shipyard and sy', 'unparseable', []],
  ];
  it.each(cases)('%s → %s', async (question, code, suggestions) => {
    const error = await askError(question);
    expect(error.code).toBe(code);
    for (const suggestion of suggestions) expect(error.suggestions).toContain(suggestion);
  });
});
