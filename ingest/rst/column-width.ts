/**
 * Display width of a title, as docutils' column_width: East Asian wide and full-width characters count 2, combining
 * marks 0. Adornment lengths are compared against it.
 */

export const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const COMBINING = /\p{Mn}/u;

export function columnWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (COMBINING.test(char)) continue;
    width += WIDE.test(char) ? 2 : 1;
  }
  return width;
}
