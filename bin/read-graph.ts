/** Reading a graph file named on the command line, relative to the terminal's folder. */
import path from 'node:path';
import { GraphFileError, readGraphFile } from '../graph/io.js';
import type { GraphData } from '../graph/types.js';
import type { Terminal } from './terminal.js';

/** The graph at `file` (as the user typed it); errors name the file that way too, not as an absolute path. */
export async function readGraphArgument(terminal: Terminal, file: string): Promise<GraphData> {
  try {
    return await readGraphFile(path.resolve(terminal.cwd, file));
  } catch (error) {
    if (error instanceof GraphFileError) throw new GraphFileError(file, error.reason, error.line);
    throw error;
  }
}
