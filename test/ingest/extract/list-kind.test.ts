import { describe, expect, it } from 'vitest';
import { announcedKind, kindOfPlural } from '../../../ingest/extract/list-kind.js';

describe('kindOfPlural', () => {
  it.each([
    ['storage backends', 'storage backend'],
    ['Volume types', 'volume type'],
    ['tracers', 'tracer'],
    ['client libraries', 'client library'],
    ['libraries', null],
    ['types', null],
    ['drivers', null],
    ['storage options', null],
    ['these backends', null],
    ['very big storage backends', null],
    ['backend', null],
  ])('%s → %s', (phrase, kind) => {
    expect(kindOfPlural(phrase)).toBe(kind);
  });
});

describe('announcedKind', () => {
  it.each([
    ['supports the following storage backends on Zorp: ', 'storage backend'],
    ['also ships several output formats: ', 'output format'],
    ['has providers in different stacks: ', null],
    ['supports the following storage backends', null],
  ])('%s → %s', (text, kind) => {
    expect(announcedKind(text)).toBe(kind);
  });
});
