import { beforeAll, describe, expect, it } from 'vitest';
import { AskError } from '../../../graph/ask/errors.js';
import {
  longFormAgrees,
  phraseVariants,
  resolveEntity,
  swaps,
  typoAllowance,
} from '../../../graph/ask/resolve-entity.js';
import type { MemoryStore } from '../../../graph/memory-store.js';
import { askStore } from './fixture-store.js';

let store: MemoryStore;
beforeAll(async () => {
  store = await askStore();
});

describe('resolveEntity', () => {
  it.each([
    ['Shipyard', 'shipyard'], // label
    ['SHIPYARD', 'shipyard'], // case
    ['sy', 'shipyard'], // alias
    ['Acme', 'acme-foundation'], // alias
    ['the Acme Foundation', 'acme-foundation'], // article
    ['Pipe Network Interface', 'pni'], // alias long form
    ['the Pipe Networking Interface', 'pni'], // initials = the all-capitals label
    ['Blob Store Interface', 'bsi'], // initials = an all-capitals alias
    ['Box Runtimes', 'box-runtime'], // plural
    ['Fleetyrad', 'fleetyard'], // typo
    ['Quay Lak', 'quay-lake'], // typo in a two-word name
    ['Hemrit', 'hermit'], // a swap, which the fuzzy text search misses
  ])('%j → %s', async (phrase, id) => {
    expect((await resolveEntity(store, phrase)).id).toBe(id);
  });

  it.each(['Kubernetes', 'Pipe Nothing Interface', 'Shi', 'Harbor Lights'])(
    '%j is unknown (no guess)',
    async (phrase) => {
      await expect(resolveEntity(store, phrase)).rejects.toBeInstanceOf(AskError);
    },
  );

  it('keeps the phrase as written in the resolution', async () => {
    expect(await resolveEntity(store, 'the Pipe Networking Interface')).toEqual({
      phrase: 'the Pipe Networking Interface',
      id: 'pni',
      label: 'PNI',
    });
  });
});

describe('phraseVariants', () => {
  it.each([
    ['the Box Runtimes', ['the Box Runtimes', 'Box Runtimes', 'Box Runtime']],
    ['Shipyard', ['Shipyard']],
    ['Kubernetes', ['Kubernetes', 'Kubernete']],
  ])('%j → %j', (phrase, variants) => expect(phraseVariants(phrase)).toEqual(variants));
});

describe('typoAllowance', () => {
  it.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
  ])('a name of %d characters may be %d edits off', (length, allowance) =>
    expect(typoAllowance(length)).toBe(allowance),
  );
});

describe('longFormAgrees', () => {
  it.each([
    ['Container Networking Interface', ['CNI', 'Container Network Interface'], true],
    ['Pipe Nothing Interface', ['PNI', 'Pipe Network Interface'], false],
    ['Anything Goes Here', ['AGH'], true], // no long form to check against: the initials decide
    ['Open Container Initiative', ['OCI', 'the Open Container Initiative'], true],
  ])('%j vs %j → %s', (phrase, names, agrees) => expect(longFormAgrees(phrase, names)).toBe(agrees));
});

describe('swaps', () => {
  it.each([
    ['Dcoker', ['cDoker', 'Docker', 'Dckoer', 'Dcoekr', 'Dcokre']],
    ['A-bb', []], // too short for a typo
    ['Ab 1c', ['bA 1c']], // only letters are swapped
  ])('%j → %j', (phrase, variants) => expect(swaps(phrase)).toEqual(variants));
});
