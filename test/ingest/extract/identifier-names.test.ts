import { describe, expect, it } from 'vitest';
import { identifierSpells } from '../../../ingest/extract/identifier-names.js';

describe('identifierSpells', () => {
  it.each([
    ['zorpDisk', 'Zorp Data Disk', true],
    ['zqElasticBlockStore', 'ZQ EBS', true],
    ['rbd', 'Rados Block Device', true],
    ['zorpFile', 'Zorp File Volume', true],
    ['zorpFile', 'Zorp File Big Volume', false],
    ['zorpDisk', 'Zorp File', false],
    ['zorpDisk', 'Data Zorp Disk', false],
    ['zorpBigDataDisk', 'Zorp Disk', false],
    ['zorpdisk', 'Zorp Disk', false],
    ['zorp', 'Zorp', false],
  ])('%s spells %s: %s', (identifier, name, expected) => {
    expect(identifierSpells(identifier, name)).toBe(expected);
  });
});
