import { describe, expect, it } from 'vitest';
import { parseInline } from '../../ingest/rst/inline.js';
import { splitSentences } from '../../ingest/sentences.js';

describe('splitSentences', () => {
  it.each([
    [
      'One. Two!',
      1,
      [
        [1, 'One.'],
        [1, 'Two!'],
      ],
    ],
    [
      'One line\ncontinues. Next\nline starts here.',
      4,
      [
        [4, 'One line continues.'],
        [5, 'Next line starts here.'],
      ],
    ],
    [
      'e.g. lower case does not split. Done.',
      1,
      [
        [1, 'e.g. lower case does not split.'],
        [1, 'Done.'],
      ],
    ],
    [
      'Version 1.2 is out. 3 more.',
      1,
      [
        [1, 'Version 1.2 is out.'],
        [1, '3 more.'],
      ],
    ],
    [
      'A `link <https://x.example/>`__ counts.\nNext.',
      1,
      [
        [1, 'A link counts.'],
        [2, 'Next.'],
      ],
    ],
    ['', 1, []],
  ])('%j at line %d', (text, line, expected) => {
    expect(splitSentences(parseInline(text, line), line).map((s) => [s.line, s.text])).toEqual(expected);
  });
});
