/** File names in one-line messages. */

/**
 * `file` with control characters (a newline in a file name) written as `\xNN`, so a message that names it stays one
 * line: tools that read `file:line: message` would otherwise split it.
 */
export function printablePath(file: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being escaped
  return file.replace(/[\u0000-\u001f\u007f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
