import { describe, expect, it } from 'vitest';
import {
  compactKey,
  editDistance,
  initialsOf,
  isAcronym,
  singularPhrase,
  singularWord,
  withoutArticle,
  wordKeys,
} from '../../../graph/ask/words.js';

describe('words', () => {
  it.each([
    ['runtimes', 'runtime'],
    ['proxies', 'proxy'],
    ['meshes', 'mesh'],
    ['boxes', 'box'],
    ['bus', 'bus'],
    ['class', 'class'],
    ['OS', 'OS'],
    ['analysis', 'analysis'],
  ])('singularWord(%j) = %j', (word, singular) => expect(singularWord(word)).toBe(singular));

  it.each([
    ['container runtimes', 'container runtime'],
    ['Service Meshes', 'Service Mesh'],
  ])('singularPhrase(%j) = %j', (phrase, singular) => expect(singularPhrase(phrase)).toBe(singular));

  it.each([
    ['the Container Networking Interface', 'Container Networking Interface'],
    ['An Overlay', 'Overlay'],
    ['Theseus', 'Theseus'],
  ])('withoutArticle(%j) = %j', (phrase, bare) => expect(withoutArticle(phrase)).toBe(bare));

  it.each([
    ['Container Networking Interface', ['CNI']],
    ['Open Container Initiative', ['OCI']],
    ['Software-Defined Storage', ['SDS']],
    ['Network of Things', ['NT', 'NOT']],
    ['Kubernetes', []],
  ])('initialsOf(%j) = %j', (phrase, initials) => expect(initialsOf(phrase)).toEqual(initials));

  it.each([
    ['CNI', true],
    ['K8S', true],
    ['Cni', false],
    ['A', false],
    ['X1', false],
  ])('isAcronym(%j) = %j', (name, acronym) => expect(isAcronym(name)).toBe(acronym));

  it.each([
    ['kubernetes', 'kubernetes', 0],
    ['kubernets', 'kubernetes', 1],
    ['dcoker', 'docker', 1],
    ['abc', 'xyz', 3],
    ['', 'abc', 3],
  ])('editDistance(%j, %j) = %d', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));

  it('compares names without case, spaces, hyphens or dots; categories by singular words', () => {
    expect(compactKey('Kube-CF')).toBe(compactKey('kube cf'));
    expect(wordKeys('Low-level Container Runtimes')).toEqual(['low', 'level', 'container', 'runtime']);
  });
});
