/**
 * Live updates end to end: `infragraph serve --watch` (the built CLI) over a temp folder of notes, the viewer in
 * Debian's Chromium. Editing a note makes the new entity appear on the canvas without a reload, keeping the
 * selection, the filters and the URL; a broken note shows a notice and leaves the graph as it was.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, RUN_BROWSER_SUITES, suiteTitle } from '../support/browser.js';
import type { LaunchedBrowser } from '../support/browser.js';
import { collectErrors, ensureViewerBuild, openViewer, probe } from '../support/page.js';
import { ROOT } from '../support/server.js';

const NOTES = 'Notes\n=====\n\n`Corvid <https://corvid.example/>`__ is a container runtime written in Go.\n';
const MORE = '\n`Tern <https://tern.example/>`__ is a service mesh built on Corvid.\n';

describe.runIf(RUN_BROWSER_SUITES)(suiteTitle('viewer: live updates from serve --watch'), () => {
  let dir: string;
  let server: ChildProcessWithoutNullStreams;
  let url: string;
  let browser: LaunchedBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ensureViewerBuild();
    dir = mkdtempSync(path.join(tmpdir(), 'infragraph-live-'));
    mkdirSync(path.join(dir, 'notes'));
    writeFileSync(path.join(dir, 'notes/a.rst'), NOTES);
    const bin = path.join(ROOT, 'bin/infragraph.js');
    const ingest = spawn(process.execPath, [bin, 'ingest', 'notes', '--out', 'graph.json', '--quiet'], { cwd: dir });
    expect(await new Promise((resolve) => ingest.on('exit', resolve))).toBe(0);
    server = spawn(
      process.execPath,
      [bin, 'serve', '--watch', '--input', 'notes', '--graph', 'graph.json', '--port', '0'],
      { cwd: dir, env: { ...process.env, NEO4J_URI: '', LOG_LEVEL: 'warn' } },
    );
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until(
      () => /Watching the notes/.test(output),
      30_000,
      () => `serve --watch did not start: ${output}`,
    );
    url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)![1]!;
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
    errors = collectErrors(page);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const status = () => page.locator('#status');

  it('shows a new entity without a reload, keeping selection, filters and URL', async () => {
    await openViewer(page, `${url}/?node=corvid&hideKinds=category,language`);
    await expect.poll(() => page.evaluate(() => document.body.dataset.state)).toBe('ready');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    expect(await probe(page, (infragraph) => infragraph.renderedNodes())).toBe(1);
    expect(await probe(page, (infragraph) => infragraph.nodePosition('tern'))).toBeNull();

    writeFileSync(path.join(dir, 'notes/a.rst'), NOTES + MORE);
    await expect.poll(() => status().textContent(), { timeout: 30_000 }).toBe('Graph updated: 5 nodes, 4 edges');
    await expect.poll(() => probe(page, (infragraph) => infragraph.nodePosition('tern'))).not.toBeNull();
    // Tern is a technology and shows; its category stays hidden by the filter (as does Corvid's language).
    expect(await probe(page, (infragraph) => infragraph.renderedNodes())).toBe(2);
    expect(await probe(page, (infragraph) => infragraph.state().node)).toBe('corvid');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(new URL(page.url()).search).toBe('?node=corvid&hideKinds=category,language');
    // The details of the selection are read again: Corvid now has Tern built on it.
    await expect
      .poll(() => page.getByRole('region', { name: 'Details' }).textContent(), { timeout: 10_000 })
      .toContain('Tern');
  }, 90_000);

  it('shows a failed re-ingest as a notice and keeps the graph', async () => {
    writeFileSync(path.join(dir, 'notes/b.rst'), Buffer.from([0x61, 0x00, 0x00, 0x01, 0x02, 0x62]));
    await expect
      .poll(() => status().textContent(), { timeout: 30_000 })
      .toBe('Re-ingest failed: notes/b.rst: not a text file');
    expect(await status().getAttribute('data-kind')).toBe('error');
    expect(await probe(page, (infragraph) => infragraph.nodePosition('tern'))).not.toBeNull();
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    expect(errors).toEqual([]);
  }, 60_000);
});

async function until(ready: () => boolean, timeoutMs: number, problem: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(problem());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
