/**
 * Question → template + entity phrases (+ category phrase). Matching is against whole questions, case-insensitive,
 * after light normalisation; see templates.ts for the form syntax and the order rule.
 */
import { AskError } from './errors.js';
import { QUESTION_TEMPLATES } from './templates.js';
import type { QuestionTemplate } from './templates.js';
import { withoutArticle } from './words.js';

export interface ParsedQuestion {
  template: QuestionTemplate;
  /** X (and Y for compare/path), as written in the question. */
  phrases: string[];
  /** The category phrase, as written, when the question has one. */
  category?: string;
}

interface CompiledForm {
  template: QuestionTemplate;
  form: string;
  pattern: RegExp;
}

/** A category phrase holding one of these is a misread clause ("what [does Shipyard] use X"), not a category. */
const NOT_IN_CATEGORY = new Set(
  'is are was were be been does do did has have had can could will would should may might by of to on in with'.split(
    ' ',
  ),
);

export function compileForm(form: string): RegExp {
  const tokens = form.split(' ');
  const last = tokens.length - 1;
  const pieces = tokens.map((token, index) => {
    const optional = token.endsWith('?');
    const word = optional ? token.slice(0, -1) : token;
    if (optional && index === last) throw new Error(`question form "${form}": the last token cannot be optional`);
    const gap = index === last ? '' : '\\s+';
    if (word === 'X' || word === 'Y') return `(?<${word.toLowerCase()}>.+?)${gap}`;
    if (word === 'C') {
      if (index === last) throw new Error(`question form "${form}": a category cannot end it`);
      return `(?:(?<c>.+?)${gap})?`;
    }
    const alternatives = word.split('|').flatMap((w) => (w === 'what' ? ['what', 'which'] : [w]));
    const piece = `(?:${alternatives.map(escapeRegExp).join('|')})${gap}`;
    return optional ? `(?:${piece})?` : piece;
  });
  return new RegExp(`^${pieces.join('')}$`, 'iu');
}

const COMPILED: readonly CompiledForm[] = QUESTION_TEMPLATES.flatMap((template) =>
  template.forms.map((form) => ({ template, form, pattern: compileForm(form) })),
);

/** "list the projects that implement X" asks "which projects implement X". */
const LIST_REQUEST =
  /^(?:show me|give me|list|show|name|find)\s+(?:all\s+)?(?:the\s+)?(.+?)\s+(?:that|which|who)\s+(.+)$/iu;

/**
 * Trims, drops trailing punctuation and quotes, folds whitespace, reads "what's" as "what is" and a request to
 * list ("list/show/name the C that …") as the "which C …" question it is.
 */
export function normalizeQuestion(question: string): string {
  return question
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .replace(/[\s?!.]+$/u, '')
    .replace(/^(what|who)(?:'s|s)\b/iu, '$1 is')
    .replace(LIST_REQUEST, 'which $1 $2')
    .trim();
}

/** Throws AskError('unparseable') with the closest template examples when no form matches. */
export function parseQuestion(question: string): ParsedQuestion {
  const text = normalizeQuestion(question);
  if (text === '') throw new AskError('unparseable', 'the question is empty', examples(text));
  for (const { template, pattern } of COMPILED) {
    const groups = pattern.exec(text)?.groups;
    if (!groups) continue;
    const phrases = [groups.x, groups.y]
      .filter((phrase): phrase is string => phrase !== undefined)
      .map((p) => p.trim());
    if (phrases.some((phrase) => withoutArticle(phrase) === '')) continue;
    const category = groups.c?.trim();
    if (category !== undefined && category.split(/\s+/).some((word) => NOT_IN_CATEGORY.has(word.toLowerCase()))) {
      continue;
    }
    return category === undefined ? { template, phrases } : { template, phrases, category };
  }
  throw new AskError('unparseable', `cannot read the question "${text}" as any known question form`, examples(text));
}

/** Words every template has, which say nothing about which one was meant. */
const COMMON_WORDS = new Set('what which who is are was were does do did x y c a an the'.split(' '));

/** The examples of the templates sharing the most distinctive words with the question; ties in table order. */
function examples(text: string, count = 3): string[] {
  const words = new Set(
    text
      .toLowerCase()
      .split(/\W+/)
      .filter((word) => !COMMON_WORDS.has(word)),
  );
  const scored = QUESTION_TEMPLATES.map((template, order) => ({
    example: template.example,
    order,
    score: [
      ...new Set(
        template.forms
          .join(' ')
          .toLowerCase()
          .split(/[\s|?]+/),
      ),
    ].filter((word) => words.has(word)).length,
  }));
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .map((entry) => entry.example);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
