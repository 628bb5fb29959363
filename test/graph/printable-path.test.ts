import { describe, expect, it } from 'vitest';
import { GraphFileError } from '../../graph/file-errors.js';
import { printablePath } from '../../graph/printable-path.js';
import { InputError } from '../../ingest/errors.js';

describe('printablePath', () => {
  it.each([
    ['notes/a.rst', 'notes/a.rst'],
    ['x\ny.rst', 'x\\x0ay.rst'],
    ['tab\there\r\u007f.rst', 'tab\\x09here\\x0d\\x7f.rst'],
    ['späť/café.rst', 'späť/café.rst'],
  ])('%j → %j', (file, shown) => {
    expect(printablePath(file)).toBe(shown);
  });

  it('keeps errors naming such a file on one line', () => {
    expect(new InputError('x\ny.rst', 'no such file', 3).message).toBe('x\\x0ay.rst:3: no such file');
    expect(new GraphFileError('g\n.json', 'empty file, not a graph').message).toBe(
      'g\\x0a.json: empty file, not a graph',
    );
  });
});
