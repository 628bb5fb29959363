/**
 * Typed readers for one route's query parameters. Each route names the parameters it accepts; anything else, a
 * repeated parameter or a value of the wrong shape is a 400 naming the parameter.
 */
import type { Request } from 'express';
import { AppError, badParameter } from './errors.js';
import { queryValues } from './query-string.js';

/** Longest free-text value (a search query, an entity id or name). */
export const MAX_TEXT_LENGTH = 200;
/** Longest file name /api/source accepts (graph file names are paths relative to the ingest root). */
export const MAX_FILE_LENGTH = 1024;

/** A route's parameters: each accepted name with at most one value. */
export type Params = ReadonlyMap<string, string>;

export function routeParams(request: Request, accepted: readonly string[]): Params {
  const single = new Map<string, string>();
  for (const [name, values] of queryValues(request)) {
    if (!accepted.includes(name)) {
      const known = accepted.length > 0 ? `; this route accepts ${accepted.join(', ')}` : '; this route takes none';
      throw new AppError(400, 'unknown_parameter', `unknown parameter '${name}'${known}`);
    }
    if (values.length > 1) throw new AppError(400, 'repeated_parameter', `parameter '${name}' is given more than once`);
    single.set(name, values[0]!);
  }
  return single;
}

export function requiredText(params: Params, name: string, maxLength = MAX_TEXT_LENGTH): string {
  const value = optionalText(params, name, maxLength);
  if (value === undefined) throw new AppError(400, 'missing_parameter', `parameter '${name}' is required`);
  return value;
}

/** Trimmed; an empty value counts as absent. */
export function optionalText(params: Params, name: string, maxLength = MAX_TEXT_LENGTH): string | undefined {
  const value = params.get(name)?.trim();
  if (value === undefined || value === '') return undefined;
  return checkedText(name, value, maxLength);
}

/** A text value the API accepts anywhere: not too long, no control characters. */
export function checkedText(name: string, value: string, maxLength = MAX_TEXT_LENGTH): string {
  if (value.length > maxLength) throw badParameter(name, `longer than ${maxLength} characters`);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(value)) throw badParameter(name, 'contains control characters');
  return value;
}

export function optionalInteger(params: Params, name: string, min: number, max: number): number | undefined {
  const text = params.get(name);
  if (text === undefined) return undefined;
  if (!/^\d{1,6}$/.test(text)) throw badParameter(name, `expected a whole number from ${min} to ${max}`);
  const value = Number(text);
  if (value < min || value > max) throw badParameter(name, `${value} is out of range (${min} to ${max})`);
  return value;
}

/** One of a closed list, matched without regard to case; answers the list's own spelling. */
export function optionalChoice<T extends string>(params: Params, name: string, choices: readonly T[]): T | undefined {
  const text = optionalText(params, name);
  return text === undefined ? undefined : choiceOf(name, text, choices);
}

/** A comma-separated list of choices, e.g. `types=USES,BUILT_ON`; duplicates collapse. */
export function optionalChoices<T extends string>(
  params: Params,
  name: string,
  choices: readonly T[],
): T[] | undefined {
  const text = optionalText(params, name);
  if (text === undefined) return undefined;
  const items = text.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) throw badParameter(name, 'empty item in a comma-separated list');
  return [...new Set(items.map((item) => choiceOf(name, item, choices)))];
}

function choiceOf<T extends string>(name: string, text: string, choices: readonly T[]): T {
  const found = choices.find((choice) => choice.toLowerCase() === text.toLowerCase());
  if (found === undefined) throw badParameter(name, `'${text}' is not one of ${choices.join(', ')}`);
  return found;
}
