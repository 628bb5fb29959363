/**
 * Does a change keep `infragraph ingest` output byte for byte? Ingests a fixed set of inputs with the built CLI
 * (dist/, so run `npm run build` or `npx tsc -p tsconfig.build.json` first) and saves or compares the graph files.
 *
 *   npx tsx bench/same-graphs.ts save DIR     # before the change
 *   npx tsx bench/same-graphs.ts check DIR    # after it: lists every graph that differs, exits 1 if any
 *
 * Options: --skip-layout (ingest without positions; for extraction-only changes it is faster), --ignore-positions
 * (compare with x, y removed: for a change to the layout itself, which must keep everything else).
 * Inputs: the seed, each document of test/fixtures/docs, the folders test/fixtures/docs and test/fixtures/rst, the
 * seed repeated 5 times as one file, and CMake's RST manual folder when the machine has it (a third-party folder).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'bin/infragraph.js');
const SEED = path.join(ROOT, 'data/cloud-infrastructure-technologies.rst');
const CMAKE_MANUAL = '/usr/share/cmake-3.25/Help/manual';

interface Input {
  name: string;
  paths: string[];
}

function inputs(work: string): Input[] {
  const fixtureDocs = path.join(ROOT, 'test/fixtures/docs');
  const list: Input[] = [{ name: 'seed', paths: [SEED] }];
  for (const file of readdirSync(fixtureDocs)
    .filter((name) => name.endsWith('.rst'))
    .sort()) {
    list.push({ name: `docs-${path.basename(file, '.rst')}`, paths: [path.join(fixtureDocs, file)] });
  }
  list.push({ name: 'docs-folder', paths: [fixtureDocs] });
  list.push({ name: 'rst-folder', paths: [path.join(ROOT, 'test/fixtures/rst')] });
  const seedX5 = path.join(work, 'seed-x5.rst');
  const seed = readFileSync(SEED, 'utf8');
  writeFileSync(seedX5, Array.from({ length: 5 }, () => seed).join('\n\n'));
  list.push({ name: 'seed-x5', paths: [seedX5] });
  if (existsSync(CMAKE_MANUAL)) list.push({ name: 'cmake-manual', paths: [CMAKE_MANUAL] });
  return list;
}

function ingest(input: Input, out: string, skipLayout: boolean): void {
  const args = [CLI, 'ingest', ...input.paths, '--out', out, '--quiet', ...(skipLayout ? ['--skip-layout'] : [])];
  const result = spawnSync('node', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) fail(`ingest of ${input.name} exited ${result.status}:\n${result.stderr}`);
}

/** The graph text, with node positions removed when asked: everything else must stay as it was. */
function comparable(file: string, ignorePositions: boolean): string {
  const text = readFileSync(file, 'utf8');
  if (!ignorePositions) return text;
  const graph = JSON.parse(text) as { nodes: Record<string, unknown>[] };
  for (const node of graph.nodes) {
    delete node.x;
    delete node.y;
  }
  return JSON.stringify(graph);
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'skip-layout': { type: 'boolean' }, 'ignore-positions': { type: 'boolean' } },
  });
  const [mode, folder] = positionals;
  if ((mode !== 'save' && mode !== 'check') || !folder) fail('usage: same-graphs.ts save|check DIR [--skip-layout]');
  const skipLayout = values['skip-layout'] ?? false;
  const work = mkdtempSync(path.join(tmpdir(), 'same-graphs-'));
  try {
    if (mode === 'save') mkdirSync(folder, { recursive: true });
    const differing: string[] = [];
    for (const input of inputs(work)) {
      const saved = path.join(folder, `${input.name}.json`);
      const out = mode === 'save' ? saved : path.join(work, `${input.name}.json`);
      ingest(input, out, skipLayout);
      if (mode === 'save') {
        console.log(`saved ${saved}`);
        continue;
      }
      if (!existsSync(saved)) fail(`${saved} is missing: run "save" first`);
      const same =
        comparable(saved, values['ignore-positions'] ?? false) === comparable(out, values['ignore-positions'] ?? false);
      console.log(`${same ? 'same     ' : 'DIFFERENT'} ${input.name}`);
      if (!same) differing.push(input.name);
    }
    if (differing.length > 0) console.log(`${differing.length} graph(s) differ: ${differing.join(', ')}`);
    return differing.length > 0 ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function fail(message: string): never {
  console.error(`same-graphs: ${message}`);
  process.exit(2);
}

process.exitCode = main();
