import { describe, expect, it } from 'vitest';
import { progressDisplay } from '../../bin/progress.js';

const steps = (total: number, size: number) =>
  Array.from({ length: total }, (_, i) => ({
    done: i + 1,
    total,
    file: `n${i + 1}.rst`,
    bytesDone: (i + 1) * size,
    bytesTotal: total * size,
  }));

function render(isTTY: boolean, total: number) {
  const written: string[] = [];
  const display = progressDisplay({ isTTY, write: (text: string) => written.push(text) });
  for (const step of steps(total, 500_000)) display.update(step);
  display.finish();
  return written;
}

describe('progressDisplay', () => {
  it('writes one plain line per tenth when not a terminal', () => {
    expect(render(false, 4)).toEqual([
      'ingest: 25% (1/4 files, 0.5/2.0 MB)\n',
      'ingest: 50% (2/4 files, 1.0/2.0 MB)\n',
      'ingest: 75% (3/4 files, 1.5/2.0 MB)\n',
      'ingest: 100% (4/4 files, 2.0/2.0 MB)\n',
    ]);
    expect(render(false, 40)).toHaveLength(10);
  });

  it('redraws a bar in place on a terminal, then clears it', () => {
    const written = render(true, 2);
    expect(written).toEqual([
      `\r\x1b[K[${'#'.repeat(15)}${'.'.repeat(15)}] 1/2 files, 0.5/1.0 MB n1.rst`,
      `\r\x1b[K[${'#'.repeat(30)}] 2/2 files, 1.0/1.0 MB n2.rst`,
      '\r\x1b[K',
    ]);
  });
});
