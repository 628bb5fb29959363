/**
 * The one error `ask` throws for a question it will not answer. The API maps it to 422 and the CLI prints its
 * message and suggestions: a question that cannot be read, or that names something the graph does not hold, gets
 * pointers to what would work, never a guessed answer.
 */

export type AskErrorCode = 'unparseable' | 'unknown-entity' | 'unknown-category';

export class AskError extends Error {
  constructor(
    readonly code: AskErrorCode,
    message: string,
    /** Closest question forms (for 'unparseable') or closest entity/category names (for the others). */
    readonly suggestions: string[],
  ) {
    super(message);
    this.name = 'AskError';
  }
}
