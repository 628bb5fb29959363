/** Where the installed package lives and which version it is, found from this module's own location. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding infragraph's package.json (this file runs from bin/ in tests and dist/bin/ when built). */
export function packageRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest) && readManifest(manifest).name === 'infragraph') return folder;
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('cannot find the infragraph package.json above the running CLI');
    folder = parent;
  }
}

export function packageVersion(): string {
  return readManifest(path.join(packageRoot(), 'package.json')).version ?? '0.0.0';
}

function readManifest(file: string): { name?: string; version?: string } {
  return JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
}
