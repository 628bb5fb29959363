import { describe, expect, it } from 'vitest';
import { vouchedWords } from '../../../ingest/extract/vouched-words.js';
import { proseUnits } from '../../../ingest/prose.js';
import { parseRst } from '../../../ingest/rst/index.js';

const vouched = (rst: string) =>
  vouchedWords(proseUnits(parseRst(rst, { file: 't.rst' }).document, 't.rst')).map((word) => word.name);

describe('vouchedWords', () => {
  it.each([
    [
      'a word a link host carries',
      '- `zorpsh <https://zorpvirt.example/>`__: a shell around zorpvirt for managing machines.\n',
      ['zorpvirt'],
    ],
    [
      'a word a link path carries',
      'See `Model <https://git.example/acme/libquux/blob/main/design.md>`__. It uses the libquux project.\n',
      ['libquux'],
    ],
    ['not a word no link carries', 'A shell around zorpvirt for managing machines.\n', []],
    ['not an English word', 'Read `docs <https://a.example/network/>`__. The network is fast.\n', []],
    ['not a plural', 'See `Z <https://a.example/zorplets/>`__. Run zorplets here.\n', []],
    ['not two English words together', 'See `Z <https://a.example/opensource/>`__. It is opensource.\n', []],
    ['not inside a link text or code', 'See `zorpvirt <https://zorpvirt.example/>`__ and ``zorpvirt``.\n', []],
  ])('%s', (_name, rst, expected) => {
    expect(vouched(rst)).toEqual(expected);
  });
});
