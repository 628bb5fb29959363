import { nameCharLength } from './chars.js';

const NAME_JOINERS = '-._+:';

/**
 * Finds the end of a docutils "simplename" (alphanumerics with isolated internal "-._+:") starting at an offset.
 * Remembers the last name scanned: every offset inside one name ends at the same place, so scanning each start
 * inside "a-b-c-..." stays linear instead of rescanning the rest of the name each time.
 */
export class NameScanner {
  private start = -1;
  private end = -1;

  constructor(
    private readonly text: string,
    private readonly limit: number = text.length,
  ) {}

  /** End offset of the longest name starting at `at`, or -1 when no name starts there. */
  endFrom(at: number): number {
    if (at >= this.limit || nameCharLength(this.text, at) === 0) return -1;
    if (at >= this.start && at < this.end) return this.end;
    let i = at;
    for (;;) {
      for (let length = nameCharLength(this.text, i); length > 0 && i < this.limit;) {
        i += length;
        length = nameCharLength(this.text, i);
      }
      if (i + 1 < this.limit && NAME_JOINERS.includes(this.text[i]) && nameCharLength(this.text, i + 1) > 0) i += 1;
      else break;
    }
    this.start = at;
    this.end = i;
    return i;
  }
}
