/**
 * The bundled notes as `npm start` serves them: the seed ingested by today's pipeline (no stored positions, so the
 * viewer lays it out itself), in Debian's Chromium against the real server. Only what the issue names is asserted
 * (Istio uses Envoy), so improvements of the extractor do not break it.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/types.js';
import { ingestDocuments } from '../../../ingest/pipeline.js';
import { readInputs } from '../../../ingest/read.js';
import { launchBrowser, RUN_BROWSER_SUITES, suiteTitle } from '../support/browser.js';
import type { LaunchedBrowser } from '../support/browser.js';
import { collectErrors, ensureViewerBuild, openViewer, paintedPixels, probe, screenshot } from '../support/page.js';
import { ROOT, startViewerServer } from '../support/server.js';
import type { ViewerServer } from '../support/server.js';

describe.runIf(RUN_BROWSER_SUITES)(suiteTitle('viewer: the bundled seed, as ingested'), () => {
  let server: ViewerServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let errors: string[];
  let graph: GraphData;

  beforeAll(async () => {
    ensureViewerBuild();
    const { documents } = await readInputs([path.join(ROOT, 'data')]);
    graph = ingestDocuments(documents).graph;
    server = await startViewerServer(graph);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
    errors = collectErrors(page);
    await openViewer(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const heading = () => page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });

  it('draws every entity, laid out in the browser', async () => {
    expect(graph.nodes.some((node) => node.x !== undefined)).toBe(false);
    expect(await probe(page, (infragraph) => infragraph.renderedNodes())).toBe(graph.nodes.length);
    expect(await paintedPixels(page)).toBeGreaterThan(2000);
    await screenshot(page, 'ingested-seed');
  });

  it('goes Istio → Envoy → back to Istio', async () => {
    const search = page.getByRole('combobox', { name: 'Search technologies' });
    await search.fill('Istio');
    await search.press('Enter');
    await expect.poll(() => heading().textContent()).toBe('Istio');
    expect(new URL(page.url()).searchParams.get('node')).toBe('istio');
    const envoy = page
      .getByRole('region', { name: 'Details' })
      .getByRole('link', { name: 'Envoy', exact: true })
      .first();
    await envoy.click();
    await expect.poll(() => heading().textContent()).toBe('Envoy');
    await page.goBack();
    await expect.poll(() => heading().textContent()).toBe('Istio');
  });

  it('repeats the same picture on reload (positions are seeded)', async () => {
    await openViewer(page, server.url);
    const before = await probe(page, (infragraph) => infragraph.nodePosition('envoy'));
    await openViewer(page, server.url);
    expect(await probe(page, (infragraph) => infragraph.nodePosition('envoy'))).toEqual(before);
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
