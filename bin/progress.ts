/**
 * Progress of a long ingest on stderr: a bar redrawn in place on a terminal; in a log (not a TTY), a plain line
 * at every tenth of the way, so a CI log gets ten lines rather than one per file.
 */
import type { IngestProgress } from '../ingest/types.js';

const BAR_WIDTH = 30;

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressDisplay {
  update(progress: IngestProgress): void;
  /** Clears the bar (on a terminal) so later output starts on a clean line. */
  finish(): void;
}

export function progressDisplay(stream: ProgressStream): ProgressDisplay {
  let lastTenth = 0;
  let drawn = false;
  return {
    update(progress) {
      const share = progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : progress.done / progress.total;
      const counts = `${progress.done}/${progress.total} files, ${megabytes(progress.bytesDone)}/${megabytes(progress.bytesTotal)} MB`;
      if (stream.isTTY) {
        const filled = Math.round(share * BAR_WIDTH);
        const bar = `${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}`;
        stream.write(`\r\x1b[K[${bar}] ${counts} ${progress.file}`.slice(0, 200));
        drawn = true;
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth > lastTenth || progress.done === progress.total) {
        lastTenth = tenth;
        stream.write(`ingest: ${Math.round(share * 100)}% (${counts})\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

export function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}
