/**
 * npm run bench:viewer — the viewer against a bare sigma page (graphology + sigma, no app code) drawing the same
 * graph, side by side in one run of headless Chromium (WebGL through SwiftShader, so on the CPU): time from
 * navigation to the first painted frame, and hover refresh (hover → painted). Also: the big graph must load, search
 * and select without a console error or a frozen tab; the viewer JS must stay ≤ 350 KB gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { GraphData } from '../graph/types.js';
import { HAS_CHROMIUM, launchBrowser } from '../test/viewer/support/browser.js';
import { labelledSeedGraph, syntheticGraph } from '../test/viewer/support/graphs.js';
import { ensureViewerBuild } from '../test/viewer/support/page.js';
import { ROOT, startViewerServer, VIEWER_DIST } from '../test/viewer/support/server.js';
import { recordSummary } from './summary.js';
import { servePages } from './viewer-pages.js';

const BUDGET_KB = 350;
const RATIO_LIMIT = 1.25;
const SEED_PAINT_MS = 1500;

interface Case {
  name: string;
  graph: () => GraphData;
  runs: number;
  loadTimeout: number;
}

const CASES: Case[] = [
  { name: 'seed (labelled, 520/914)', graph: labelledSeedGraph, runs: 9, loadTimeout: 60_000 },
  { name: 'synthetic 2k/8k', graph: () => syntheticGraph(2000, 8000), runs: 5, loadTimeout: 60_000 },
  { name: 'synthetic 20k/100k', graph: () => syntheticGraph(20_000, 100_000), runs: 2, loadTimeout: 300_000 },
];

interface Timing {
  firstFrame: number;
  hover: number;
}

async function main(): Promise<void> {
  if (!HAS_CHROMIUM)
    throw new Error('bench:viewer needs Debian Chromium at /usr/bin/chromium (apt-get install -y chromium)');
  const only = process.argv.slice(2);
  ensureViewerBuild();
  const bareDist = mkdtempSync(path.join(tmpdir(), 'bare-sigma-'));
  await build({
    root: path.join(ROOT, 'bench/viewer-bare'),
    base: './',
    logLevel: 'warn',
    build: { outDir: bareDist, emptyOutDir: true, target: 'es2022' },
  });
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    for (const entry of CASES.filter((item) => only.length === 0 || only.some((word) => item.name.includes(word)))) {
      const graph = entry.graph();
      const server = await startViewerServer(graph);
      const pages = await servePages({ app: VIEWER_DIST, bare: bareDist }, server.url);
      const hoverNode = busiestNode(graph);
      const app: Timing[] = [];
      const bare: Timing[] = [];
      try {
        for (let run = 0; run < entry.runs; run++) {
          // Alternate which page goes first so caches and warm-up favour neither.
          const order = run % 2 === 0 ? (['bare', 'app'] as const) : (['app', 'bare'] as const);
          for (const which of order) {
            const timing = await measure(
              browser.context.newPage(),
              `${pages.url}/${which}/`,
              which,
              hoverNode,
              entry.loadTimeout,
            );
            (which === 'app' ? app : bare).push(timing);
          }
        }
        const check = entry.name.includes('20k')
          ? await bigGraphCheck(browser.context.newPage(), `${pages.url}/app/`, graph).catch(
              (error: unknown) =>
                `CHECK FAILED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
            )
          : '';
        const [appFrame, bareFrame] = [
          median(app.map((item) => item.firstFrame)),
          median(bare.map((item) => item.firstFrame)),
        ];
        const [appHover, bareHover] = [median(app.map((item) => item.hover)), median(bare.map((item) => item.hover))];
        rows.push(
          `| ${entry.name} | ${ms(bareFrame)} | ${ms(appFrame)} | ${(appFrame / bareFrame).toFixed(2)}× | ${ms(bareHover)} | ${ms(appHover)} | ${(appHover / bareHover).toFixed(2)}× | ${entry.runs} |${check ? ` ${check}` : ''}`,
        );
        console.log(rows.at(-1));
        const load = loadavg()[0];
        const verdict = (name: string, ratio: number, limit: number) =>
          recordSummary({ bench: 'viewer', name: `${entry.name}: ${name}`, ratio, limit, pass: ratio <= limit, load });
        verdict('first frame, viewer / bare sigma', appFrame / bareFrame, RATIO_LIMIT);
        verdict('hover refresh, viewer / bare sigma', appHover / bareHover, RATIO_LIMIT);
        if (entry.name.startsWith('seed')) verdict('viewer first frame / 1.5 s', appFrame / SEED_PAINT_MS, 1);
      } finally {
        await pages.close();
        await server.stop();
      }
    }
  } finally {
    await browser.close();
    rmSync(bareDist, { recursive: true, force: true });
  }
  console.log(
    '\n| graph (nodes/edges) | bare first frame | viewer first frame | ratio | bare hover | viewer hover | ratio | runs |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  const size = bundleSize();
  console.log(
    `\nviewer JS: ${size.files} files, ${size.raw} KB raw, ${size.gzip} KB gzipped (budget ${BUDGET_KB} KB): ${size.gzip <= BUDGET_KB ? 'ok' : 'OVER BUDGET'}`,
  );
  recordSummary({
    bench: 'viewer',
    name: 'viewer JS gzipped / 350 KB',
    ratio: size.gzip / BUDGET_KB,
    limit: 1,
    pass: size.gzip <= BUDGET_KB,
    load: loadavg()[0],
  });
  if (size.gzip > BUDGET_KB) process.exitCode = 1;
}

async function measure(
  opening: Promise<Page>,
  url: string,
  which: string,
  hoverNode: string,
  timeout: number,
): Promise<Timing> {
  const page = await opening;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  try {
    await page.goto(url, { timeout });
    await page.waitForSelector('body[data-first-frame]', { timeout });
    const firstFrame = Number(await page.locator('body').getAttribute('data-first-frame'));
    if (process.env.BENCH_DEBUG) {
      const entries = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map(
            (entry) =>
              `${entry.name.split('/').pop()} ${Math.round(entry.startTime)}→${Math.round((entry as PerformanceResourceTiming).responseEnd)}`,
          ),
      );
      const marks = await page.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .map((mark) => `${mark.name.replace('infragraph:', '')} ${Math.round(mark.startTime)}`),
      );
      console.log(which, Math.round(firstFrame), entries.join(', '), marks.join(', '));
    }
    const hover = await page.evaluate(async (node) => {
      const bench = window as unknown as {
        benchHover?: (id: string | null) => Promise<number>;
        infragraph?: { hover(id: string | null): Promise<number> };
      };
      const hoverFn = bench.benchHover ?? ((id: string | null) => bench.infragraph!.hover(id));
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        times.push(await hoverFn(node));
        times.push(await hoverFn(null));
      }
      return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    }, hoverNode);
    if (errors.length > 0) throw new Error(`${which}: console errors: ${errors.join(' | ')}`);
    return { firstFrame, hover };
  } finally {
    await page.close();
  }
}

/** Loads the big graph in the viewer, searches, selects; the tab must answer a frame within 2 s afterwards. */
async function bigGraphCheck(opening: Promise<Page>, url: string, graph: GraphData): Promise<string> {
  const page = await opening;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  try {
    await page.goto(url, { timeout: 300_000 });
    await page.waitForSelector('body[data-first-frame]', { timeout: 300_000 });
    const target = graph.nodes.at(-1)!;
    const start = Date.now();
    const search = page.getByRole('combobox', { name: 'Search technologies' });
    await search.fill(target.label);
    await search.press('Enter');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('node') === id, target.id, {
      timeout: 60_000,
    });
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('heading', { level: 2, name: target.label, exact: true })
      .waitFor({ timeout: 60_000 });
    const selected = Date.now() - start;
    // Responsive means the page's own thread answers quickly; frames themselves are slow under SwiftShader.
    const frame = await page.evaluate(async () => {
      let worst = 0;
      for (let round = 0; round < 10; round++) {
        const start = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 0));
        worst = Math.max(worst, performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return worst;
    });
    const frozen = frame > 500;
    return `search+select ${ms(selected)}, worst task delay after ${ms(frame)}, console errors ${errors.length}${frozen ? ', FROZEN' : ''}`;
  } finally {
    await page.close();
  }
}

function busiestNode(graph: GraphData): string {
  const degree = new Map<string, number>();
  for (const edge of graph.edges)
    for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return [...degree.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function bundleSize(): { files: number; raw: number; gzip: number } {
  const dir = path.join(VIEWER_DIST, 'assets');
  const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const name of files) {
    const bytes = readFileSync(path.join(dir, name));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw: Math.round(raw / 1024), gzip: Math.round(gzip / 1024) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

await main();
