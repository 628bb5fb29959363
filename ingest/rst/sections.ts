/**
 * Section titles and transitions, after docutils' Text.underline and the Line state. Deciding whether adornment makes
 * a title happens here; placing the title in the section tree is the SectionTree's job (section-tree.ts).
 */
import type { RstWarning } from './ast.js';
import type { BodyState, Rewind } from './body.js';
import { warn } from './context.js';
import { columnWidth } from './column-width.js';
import { PATTERNS } from './patterns.js';
import { textBlock } from './paragraphs.js';

const SHORT_UNDERLINE =
  "Possible title underline, too short for the title.\nTreating it as ordinary text because it's so short.";
const SHORT_OVERLINE =
  "Possible incomplete section title.\nTreating the overline as ordinary text because it's so short.";

/** A text line followed by an adornment line (`index` is the text line). null: read it as a paragraph instead. */
export function underlinedTitle(state: BodyState, index: number): number | null {
  const { lines, ctx, sink } = state;
  const title = lines[index];
  const underline = lines[index + 1];
  const warnings: RstWarning[] = [];
  if (columnWidth(title.text) > underline.text.length) {
    if (underline.text.length < 4) {
      if (sink.title) warn(ctx, 'info', underline.line, SHORT_UNDERLINE);
      return null;
    }
    warnings.push({ file: ctx.file, line: underline.line, level: 'warning', message: 'Title underline too short.' });
  }
  if (!sink.title) {
    ctx.warnings.push(...warnings);
    warn(ctx, 'severe', underline.line, 'Unexpected section title.');
    return index + 2;
  }
  const rewind = sink.title({
    warnings,
    title: title.text,
    style: underline.text[0],
    line: title.line,
    source: `${title.text}\n${underline.text}`,
    index,
    shortOverline: false,
  });
  return resume(state, rewind, index + 2);
}

/** A line of repeated punctuation at the start of a block: overline, transition, or text. */
export function adornmentLine(state: BodyState, index: number): number | null {
  const { lines, ctx, sink } = state;
  const marker = lines[index];
  const short = marker.text.trim().length < 4;
  if (!sink.title) {
    if (marker.text.trim() === '::') return null;
    if (short) {
      warn(
        ctx,
        'info',
        marker.line,
        "Unexpected possible title overline or transition.\nTreating it as ordinary text because it's so short.",
      );
      return null;
    }
    warn(ctx, 'severe', marker.line, 'Unexpected section title or transition.');
    return index + 1;
  }
  const next = lines[index + 1];
  if (next === undefined || next.text === '') {
    if (short) return null;
    sink.add({ type: 'transition', line: marker.line });
    return index + 1;
  }
  if (PATTERNS.line.test(next.text)) {
    if (short) return shortOverline(state, index);
    warn(ctx, 'error', marker.line, 'Invalid section title or transition marker.');
    return index + 2;
  }
  return overlinedTitle(state, index);
}

function overlinedTitle(state: BodyState, index: number): number | null {
  const { lines, ctx, sink } = state;
  const overline = lines[index];
  const title = lines[index + 1];
  const underline = lines[index + 2];
  const short = overline.text.length < 4;
  if (underline === undefined) {
    if (short) return shortOverline(state, index);
    warn(ctx, 'severe', overline.line, 'Incomplete section title.');
    return index + 2;
  }
  if (!PATTERNS.line.test(underline.text)) {
    if (short) return shortOverline(state, index);
    warn(ctx, 'severe', overline.line, 'Missing matching underline for section title overline.');
    return index + 3;
  }
  if (overline.text !== underline.text) {
    if (short) return shortOverline(state, index);
    warn(ctx, 'severe', overline.line, 'Title overline & underline mismatch.');
    return index + 3;
  }
  const warnings: RstWarning[] = [];
  if (columnWidth(title.text) > overline.text.length) {
    if (short) return shortOverline(state, index);
    warnings.push({ file: ctx.file, line: overline.line, level: 'warning', message: 'Title overline too short.' });
  }
  const rewind =
    sink.title?.({
      warnings,
      title: title.text.trimStart(),
      style: overline.text[0] + underline.text[0],
      line: title.line,
      source: `${overline.text}\n${title.text}\n${underline.text}`,
      index,
      shortOverline: short,
    }) ?? null;
  return resume(state, rewind, index + 3);
}

function shortOverline(state: BodyState, index: number): null {
  warn(state.ctx, 'info', state.lines[index].line, SHORT_OVERLINE);
  return null;
}

function resume(state: BodyState, rewind: Rewind | null, next: number): number {
  if (rewind === null) return next;
  return rewind.asText ? textBlock(state, rewind.index) : rewind.index;
}
