import { describe, expect, it } from 'vitest';
import { readRelations } from './read-relations.js';

describe('activitySectionRelations', () => {
  it.each([
    [
      'terms under an activity are tools of it',
      'Monitoring\n==========\n\nZorp\n   Watches machines.\nQuux\n   Collects figures.\n',
      ['Zorp IS_A monitoring tool (category)', 'Quux IS_A monitoring tool (category)'],
    ],
    [
      'systems when a term says it is one',
      'Continuous Integration\n======================\n\nZorp\n   Zorp is a system to automate builds.\nQuux\n   Builds things.\n',
      ['Zorp IS_A continuous integration system (category)', 'Quux IS_A continuous integration system (category)'],
    ],
    ['a part of the document is no activity', 'Installation\n============\n\nZorp\n   Runs.\n', []],
    ['a title with a name in it', 'Quux Monitoring\n===============\n\nZorp\n   Runs.\n', []],
    ['a title that is no activity', 'Friends\n=======\n\nZorp\n   Runs.\n', []],
  ])('%s', (_, rst, expected) => {
    expect(readRelations(rst).filter((r) => r.includes(' IS_A '))).toEqual(expected);
  });
});
