/**
 * The viewer end to end, in Debian's Chromium against the real server, on the hand-labelled seed graph: canvas,
 * search, Details, traversal and history, deep links, hover, filters, focus, list view, exports.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMMED_NODE } from '../../../viewer/canvas/colors.js';
import { launchBrowser, RUN_BROWSER_SUITES, suiteTitle } from '../support/browser.js';
import type { LaunchedBrowser } from '../support/browser.js';
import { labelledSeedGraph } from '../support/graphs.js';
import { collectErrors, ensureViewerBuild, openViewer, paintedPixels, probe, screenshot } from '../support/page.js';
import { startViewerServer } from '../support/server.js';
import type { ViewerServer } from '../support/server.js';

describe.runIf(RUN_BROWSER_SUITES)(suiteTitle('viewer: explore the seed graph'), () => {
  let server: ViewerServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let errors: string[];
  const graph = labelledSeedGraph();

  beforeAll(async () => {
    ensureViewerBuild();
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

  const details = () => page.getByRole('region', { name: 'Details' });
  const search = () => page.getByRole('combobox', { name: 'Search technologies' });
  const suggestions = () => page.getByRole('listbox', { name: 'Search technologies suggestions' }).getByRole('option');

  it('renders a canvas with every node drawn', async () => {
    expect(await page.locator('body').getAttribute('data-state')).toBe('ready');
    expect(await page.locator('#sigma canvas').count()).toBeGreaterThan(1);
    expect(await page.locator('body').getAttribute('data-booting')).toBeNull();
    expect(await page.getByRole('heading', { level: 1, name: 'infragraph' }).isVisible()).toBe(true);
    expect(await probe(page, (infragraph) => infragraph.renderedNodes())).toBe(graph.nodes.length);
    expect(await paintedPixels(page)).toBeGreaterThan(2000);
    await screenshot(page, 'seed');
  });

  it('selects Istio from the search with Enter and puts it in the URL', async () => {
    await search().fill('Istio');
    await expect.poll(() => suggestions().first().textContent()).toContain('Istio');
    await search().press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('istio');
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toBe('Istio');
    expect(await probe(page, (infragraph) => infragraph.state().node)).toBe('istio');
  });

  it('lists Envoy as a link in the Details, with evidence and its source', async () => {
    const envoy = details().getByRole('link', { name: 'Envoy', exact: true }).first();
    expect(await envoy.getAttribute('href')).toBe('?node=envoy');
    const uses = details().locator('section[data-type="USES"][data-direction="out"]');
    await uses.locator('summary').first().click();
    expect(await uses.locator('q').first().textContent()).toContain(
      'Istio uses an extended version of the Envoy proxy',
    );
    await uses
      .getByRole('button', { name: /cloud-infrastructure-technologies\.rst:\d+/ })
      .first()
      .click();
    await expect.poll(() => uses.locator('pre.source').textContent(), { timeout: 10_000 }).toContain('Envoy');
    expect(await uses.locator('.source-line.current').count()).toBe(1);
    await screenshot(page, 'istio-details');
  });

  it('moves to Envoy on click, and Back returns to Istio', async () => {
    await details().getByRole('link', { name: 'Envoy', exact: true }).first().click();
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toBe('Envoy');
    expect(new URL(page.url()).searchParams.get('node')).toBe('envoy');
    await page.goBack();
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toBe('Istio');
    expect(new URL(page.url()).searchParams.get('node')).toBe('istio');
    await page.goForward();
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toBe('Envoy');
  });

  it('opens Details from a /?node= link', async () => {
    await openViewer(page, `${server.url}/?node=kubernetes`);
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toBe('Kubernetes');
    expect(await details().getByRole('link').count()).toBeGreaterThan(5);
  });

  it('highlights a hovered node and its neighbours and dims the rest', async () => {
    await openViewer(page, `${server.url}/?node=istio`);
    await page.waitForTimeout(600); // the camera glides to the selection
    const point = await probe(page, (infragraph) => infragraph.nodePosition('istio'));
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => probe(page, (infragraph) => infragraph.state().hovered)).toBe('istio');
    expect(await probe(page, (infragraph) => infragraph.nodeColor('envoy'))).not.toBe(DIMMED_NODE);
    expect(await probe(page, (infragraph) => infragraph.nodeColor('bosh'))).toBe(DIMMED_NODE);
    await screenshot(page, 'hover');
    await page.mouse.move(5, 790);
    await expect.poll(() => probe(page, (infragraph) => infragraph.state().hovered)).toBeNull();
  });

  it('filters relation types and kinds from the legend, in the URL', async () => {
    const edgesBefore = await probe(page, (infragraph) => infragraph.renderedEdges());
    const uses = page.getByRole('group', { name: 'Relation types' }).getByRole('button', { name: /^uses/ });
    await uses.click();
    expect(await uses.getAttribute('aria-pressed')).toBe('false');
    expect(new URL(page.url()).searchParams.get('hide')).toBe('USES');
    const usesCount = graph.edges.filter((edge) => edge.type === 'USES').length;
    expect(await probe(page, (infragraph) => infragraph.renderedEdges())).toBe(edgesBefore - usesCount);
    const concept = page.getByRole('group', { name: 'Entity kinds' }).getByRole('button', { name: /^concept/ });
    await concept.click();
    const concepts = graph.nodes.filter((node) => node.kind === 'concept').length;
    expect(await probe(page, (infragraph) => infragraph.renderedNodes())).toBe(graph.nodes.length - concepts);
    await screenshot(page, 'filtered');
    await uses.click();
    await concept.click();
    expect(new URL(page.url()).searchParams.get('hide')).toBeNull();
    expect(await probe(page, (infragraph) => infragraph.renderedEdges())).toBe(edgesBefore);
  });

  it('focuses on the selection’s neighbourhood at depth 1 and 2', async () => {
    const neighbours = new Set(
      graph.edges.flatMap((edge) =>
        edge.source === 'istio' ? [edge.target] : edge.target === 'istio' ? [edge.source] : [],
      ),
    );
    await page.getByRole('combobox', { name: 'Focus' }).selectOption('1');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('1');
    expect(await probe(page, (infragraph) => infragraph.renderedNodes())).toBe(neighbours.size + 1);
    await page.getByRole('combobox', { name: 'Focus' }).selectOption('2');
    expect(await probe(page, (infragraph) => infragraph.renderedNodes())).toBeGreaterThan(neighbours.size + 1);
    await screenshot(page, 'focus-2');
    await page.getByRole('combobox', { name: 'Focus' }).selectOption('0');
    expect(await probe(page, (infragraph) => infragraph.renderedNodes())).toBe(graph.nodes.length);
  });

  it('focuses the search with / and clears it with Esc', async () => {
    await page.locator('#sigma').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press('/');
    expect(await search().evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('kube');
    await expect.poll(() => suggestions().count()).toBeGreaterThan(0);
    expect(await search().getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await search().inputValue()).toBe('');
    expect(await search().getAttribute('aria-expanded')).toBe('false');
  });

  it('colours by community and re-lays the graph out in a worker', async () => {
    const before = await probe(page, (infragraph) => infragraph.nodeColor('kubernetes'));
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('community');
    expect(new URL(page.url()).searchParams.get('color')).toBe('community');
    await expect.poll(() => probe(page, (infragraph) => infragraph.nodeColor('kubernetes'))).not.toBe(before);
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('kind');
    const start = await probe(page, (infragraph) => infragraph.nodePosition('kubernetes'));
    await page.getByRole('button', { name: 'Re-layout' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toBe('Layout done');
    expect(await probe(page, (infragraph) => infragraph.nodePosition('kubernetes'))).not.toEqual(start);
    await screenshot(page, 'relayout');
  });

  it('offers an accessible, sortable, filterable, keyboard-navigable list view', async () => {
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const list = page.getByRole('region', { name: 'List' });
    const table = list.getByRole('table', { name: 'Entities' });
    expect(await table.locator('tbody tr').count()).toBe(300);
    await table.getByRole('button', { name: 'Relations' }).click();
    await table.getByRole('button', { name: 'Relations' }).click();
    expect(await table.locator('th', { hasText: 'Relations' }).getAttribute('aria-sort')).toBe('descending');
    const firstRow = table.locator('tbody tr').first();
    await firstRow.focus();
    await page.keyboard.press('ArrowDown');
    const focusedId = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? null);
    expect(focusedId).toBe(await table.locator('tbody tr').nth(1).getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(focusedId);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await list.getByRole('searchbox', { name: 'Filter list' }).fill('envoy');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.locator('tbody').textContent()).toContain('Envoy');
    await list.getByRole('button', { name: 'Relations', exact: true }).first().click();
    await list.getByRole('searchbox', { name: 'Filter list' }).fill('istio');
    const relations = list.getByRole('table', { name: 'Relations' });
    expect(await relations.locator('tbody').textContent()).toContain('USES');
    await screenshot(page, 'list');
  });

  it('exports the visible subgraph as JSON and GEXF, and the view as PNG', async () => {
    await page.getByRole('button', { name: 'Details', exact: true }).click();
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
    };
    const json = await download('Export JSON');
    expect(json.name).toBe('infragraph.json');
    const exported = JSON.parse(json.bytes.toString('utf8')) as typeof graph;
    expect(exported.nodes).toHaveLength(graph.nodes.length);
    expect(exported.edges).toHaveLength(graph.edges.length);
    const gexf = await download('Export GEXF');
    expect(gexf.name).toBe('infragraph.gexf');
    expect(gexf.bytes.toString('utf8')).toMatch(/<gexf[^>]*>[\s\S]*<node id="istio" label="Istio"/);
    const png = await download('Export PNG');
    expect(png.name).toBe('infragraph.png');
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.length).toBeGreaterThan(20_000);
  });

  it('logged no console errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
