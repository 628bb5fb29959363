/**
 * AST → entity mentions. For now two places are trusted to name things: section titles (what a part of the
 * notes is about) and link texts (what the author thought worth linking). Prose mentions come later.
 */
import { linkTargets } from './targets.js';
import { inlineRuns } from './walk.js';
import type { DocumentNode, InlineNode } from './rst/index.js';
import type { Mention } from './types.js';

/** Link texts longer than this are phrases or sentences, not names. */
const MAX_NAME_WORDS = 8;

export function extractMentions(document: DocumentNode, file: string): Mention[] {
  const targets = linkTargets(document);
  const mentions: Mention[] = [];
  for (const run of inlineRuns(document)) {
    const section = run.section ? cleanText(run.section.title) : null;
    if (run.origin === 'section-title' && run.section) {
      const title = cleanText(run.section.title);
      if (isNameLike(title)) {
        mentions.push({ text: title, file, line: run.line, source: 'section-title', kindHint: 'concept', section });
      }
    }
    for (const node of run.nodes) {
      if (node.type !== 'reference') continue;
      // Asked for every reference, in order, so anonymous references pair with the right targets.
      const url = targets.urlOf(node);
      const text = cleanText(node.text);
      if (!isNameLike(text) || isStandaloneUri(node, text)) continue;
      const mention: Mention = { text, file, line: node.line, source: 'link-text', kindHint: 'technology', section };
      if (url !== undefined) mention.url = url;
      mentions.push(mention);
    }
  }
  return mentions;
}

/** Collapses whitespace (titles and link texts often wrap across source lines). */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function isNameLike(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) && text.split(' ').length <= MAX_NAME_WORDS;
}

function isStandaloneUri(node: InlineNode & { type: 'reference' }, text: string): boolean {
  return text === node.refuri || /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^mailto:/i.test(text);
}
