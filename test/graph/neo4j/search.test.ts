import { describe, expect, it } from 'vitest';
import { escapeTerm, searchTerms, textQuery } from '../../../graph/neo4j/search.js';

describe('searchTerms', () => {
  it.each([
    ['Zephyr Orchestrator', ['zephyr', 'orchestrator']],
    ['  k8s\tpods ', ['k8s', 'pods']],
    ['Key-value store', ['key', 'value', 'store']],
    ['a.b,c;d', ['a', 'b', 'c', 'd']],
    ['   ', []],
    ['...', []],
    ['C++ ~2^ |x|', ['c++', '~2^', '|x|']],
  ])('splits %j into %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });

  it('cuts a term to 255 characters', () => {
    expect(searchTerms(`${'a'.repeat(300)} b`)).toEqual(['a'.repeat(255), 'b']);
  });

  it('keeps at most 24 terms', () => {
    expect(searchTerms(Array.from({ length: 30 }, (_, index) => `t${index}`).join(' '))).toHaveLength(24);
  });
});

describe('escapeTerm', () => {
  it.each([
    ['plain', 'plain'],
    ['c++', 'c\\+\\+'],
    ['a:b', 'a\\:b'],
    ['(x)', '\\(x\\)'],
    ['"q"', '\\"q\\"'],
    ['~2^*?', '\\~2\\^\\*\\?'],
    ['a\\b/c', 'a\\\\b\\/c'],
    ['[x]{y}', '\\[x\\]\\{y\\}'],
    ['!&|', '\\!\\&\\|'],
  ])('escapes %j as %j', (term, escaped) => {
    expect(escapeTerm(term)).toBe(escaped);
  });
});

describe('textQuery', () => {
  it('gives null without terms', () => {
    expect(textQuery(' - ')).toBeNull();
  });

  it.each([
    // Two letters: no fuzzy term (20% of 2 rounds to 0).
    ['ab', 'ab ab*^0.4'],
    // Seven letters: one edit.
    ['lattise', 'lattise lattise*^0.4 lattise~1^0.5'],
    // Twelve letters and more: two edits, Lucene's limit.
    ['orchestrater', 'orchestrater orchestrater*^0.4 orchestrater~2^0.5'],
    ['supercalifragilistic', 'supercalifragilistic supercalifragilistic*^0.4 supercalifragilistic~2^0.5'],
  ])('matches %j as a word, a prefix and fuzzily', (query, clauses) => {
    expect(textQuery(query)).toBe(
      `label:(${clauses})^3 aliasText:(${clauses})^2 categoryText:(${clauses})^1 description:(${clauses})^1`,
    );
  });

  it('matches a term longer than 64 characters as a word only (no prefix or fuzzy automaton)', () => {
    const long = 'x'.repeat(65);
    expect(textQuery(long)).toBe(
      `label:(${long})^3 aliasText:(${long})^2 categoryText:(${long})^1 description:(${long})^1`,
    );
  });

  it('escapes every term, so input never becomes query syntax', () => {
    expect(textQuery('x:y')).toBe(textQuery('x y'));
    expect(textQuery('c++')).toContain('c\\+\\+ c\\+\\+*^0.4 ');
  });
});
