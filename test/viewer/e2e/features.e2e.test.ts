/**
 * The viewer's query features end to end (Path, Compare, Ask) and its empty and error states, in Debian's Chromium
 * against the real server on the hand-labelled seed graph.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, RUN_BROWSER_SUITES, suiteTitle } from '../support/browser.js';
import type { LaunchedBrowser } from '../support/browser.js';
import { labelledSeedGraph } from '../support/graphs.js';
import { collectErrors, ensureViewerBuild, openViewer, probe, screenshot } from '../support/page.js';
import { startViewerServer } from '../support/server.js';
import type { ViewerServer } from '../support/server.js';

describe.runIf(RUN_BROWSER_SUITES)(suiteTitle('viewer: path, compare, ask, errors'), () => {
  let server: ViewerServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ensureViewerBuild();
    server = await startViewerServer(labelledSeedGraph());
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
    errors = collectErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const param = (name: string) => new URL(page.url()).searchParams.get(name);

  describe('Path', () => {
    const panel = () => page.getByRole('region', { name: 'Path' });

    it('opens from a link, lists the path as sentences and highlights it', async () => {
      await openViewer(page, `${server.url}/?from=kubecf&to=bosh`);
      await expect.poll(() => panel().locator('ol.explanation li').count()).toBe(2);
      expect(await panel().textContent()).toContain('2 steps');
      expect(await panel().getByRole('link').allTextContents()).toEqual([
        'KubeCF',
        'Cloud Foundry Application Runtime',
        'BOSH',
      ]);
      await expect.poll(() => probe(page, (infragraph) => infragraph.state().highlighted)).toBe(3);
      await screenshot(page, 'path');
    });

    it('takes its ends from the pickers and filters by relation type', async () => {
      await panel().getByRole('combobox', { name: 'Path from' }).fill('Istio');
      await panel().getByRole('combobox', { name: 'Path from' }).press('Enter');
      await expect.poll(() => param('from')).toBe('istio');
      await panel().getByRole('combobox', { name: 'Path to' }).fill('Kubernetes');
      await panel().getByRole('combobox', { name: 'Path to' }).press('Enter');
      await expect.poll(() => `${param('from')}→${param('to')}`).toBe('istio→kubernetes');
      await expect.poll(() => panel().locator('ol.explanation li').count()).toBe(3);
      expect(await panel().locator('ol.explanation').textContent()).toContain('Envoy');
      await panel().getByRole('checkbox', { name: 'part of' }).uncheck();
      await expect.poll(() => param('types')).not.toBeNull();
      expect(param('types')).not.toContain('PART_OF');
      await expect.poll(() => panel().locator('ol.explanation').textContent()).not.toContain('is part of');
    });

    it('says so when there is no path', async () => {
      await openViewer(page, `${server.url}/?from=istio&to=kubernetes&types=WRITTEN_IN`);
      await expect
        .poll(() => panel().getByRole('alert').textContent())
        .toBe('No path between Istio and Kubernetes with these relation types.');
      expect(await probe(page, (infragraph) => infragraph.state().highlighted)).toBe(0);
      errors.splice(0, errors.length, ...errors.filter((error) => !/status of 404/.test(error)));
    });
  });

  describe('Compare', () => {
    const panel = () => page.getByRole('region', { name: 'Compare' });

    it('compares entities side by side from ?compare=, with shared neighbours and evidence on click', async () => {
      await openViewer(page, `${server.url}/?compare=istio,linkerd`);
      const table = panel().locator('table.compare-table');
      await expect.poll(() => table.locator('caption').textContent()).toContain('Istio vs Linkerd');
      expect(await table.locator('thead th').allTextContents()).toEqual(['', 'Istio', 'Linkerd']);
      const isA = table.locator('tr[data-key="IS_A:out"]');
      expect(await isA.locator('li.shared').first().textContent()).toContain('service mesh');
      await table.getByRole('button', { name: 'Envoy', exact: true }).first().click();
      await expect.poll(() => panel().locator('.compare-evidence q').first().textContent()).toContain('Envoy');
      await screenshot(page, 'compare');
    });

    it('adds and removes entities with the picker and the chips', async () => {
      await panel().getByRole('combobox', { name: 'Add to comparison' }).fill('Consul');
      await panel().getByRole('combobox', { name: 'Add to comparison' }).press('Enter');
      await expect.poll(() => param('compare')).toBe('istio,linkerd,consul');
      await expect.poll(() => panel().locator('thead th').count()).toBe(4);
      await panel().getByRole('button', { name: 'Remove Linkerd' }).click();
      await expect.poll(() => param('compare')).toBe('istio,consul');
      await expect.poll(() => panel().locator('thead th').allTextContents()).toEqual(['', 'Istio', 'Consul']);
    });

    it('names unknown ids instead of comparing', async () => {
      await openViewer(page, `${server.url}/?compare=istio,no-such-thing`);
      await expect.poll(() => panel().getByRole('alert').textContent()).toBe('Unknown entity: no-such-thing.');
    });
  });

  describe('Ask', () => {
    const panel = () => page.getByRole('region', { name: 'Ask' });

    it('answers a question with its interpretation, lists and highlights the answers', async () => {
      await openViewer(page, `${server.url}/?panel=ask`);
      await panel().getByRole('textbox', { name: 'Ask a question' }).fill('what uses Envoy');
      await panel().getByRole('button', { name: 'Ask' }).click();
      await expect.poll(() => param('q')).toBe('what uses Envoy');
      await expect.poll(() => panel().locator('ol.answers').getByRole('link').allTextContents()).toContain('Istio');
      expect(await panel().locator('dl.interpretation').textContent()).toContain('USES');
      expect(await probe(page, (infragraph) => infragraph.state().highlighted)).toBeGreaterThan(1);
      await screenshot(page, 'ask');
      await panel().locator('ol.answers').getByRole('link', { name: 'Istio' }).click();
      await expect.poll(() => param('node')).toBe('istio');
      await page.goBack();
      await expect.poll(() => panel().locator('ol.answers').getByRole('link').allTextContents()).toContain('Istio');
    });

    it('shows why a question cannot be answered, with suggestions', async () => {
      await openViewer(page, `${server.url}/?q=${encodeURIComponent('what uses Zzyzxtech')}`);
      await expect.poll(() => panel().getByRole('alert').textContent()).toMatch(/^Cannot answer this: /);
      errors.splice(0, errors.length, ...errors.filter((error) => !/status of 422/.test(error)));
    });
  });

  describe('empty and error states', () => {
    it('explains an unknown id in the URL', async () => {
      await openViewer(page, `${server.url}/?node=no-such-thing`);
      await expect
        .poll(() => page.getByRole('region', { name: 'Details' }).getByRole('alert').textContent())
        .toBe('No entity with id “no-such-thing” in this graph.');
      expect(await probe(page, (infragraph) => infragraph.renderedNodes())).toBeGreaterThan(100);
    });

    it('says when a search finds nothing', async () => {
      const search = page.getByRole('combobox', { name: 'Search technologies' });
      await search.fill('qqqxxzzyq');
      await search.press('Enter');
      await expect.poll(() => page.locator('.combobox-empty').first().textContent()).toBe('No results for “qqqxxzzyq”');
      expect(param('node')).toBe('no-such-thing');
      await search.press('Escape');
      expect(await search.inputValue()).toBe('');
    });

    it('logged no console errors besides the expected 404 and 422 answers', () => {
      expect(errors).toEqual([]);
    });

    it.each([
      ['the API is down', { abort: true }, /Cannot load the graph[\s\S]*does not answer/],
      [
        'the store is unavailable',
        { status: 503, body: { error: { code: 'store_unavailable', message: 'the graph store is unavailable' } } },
        /The API answered 503: the graph store is unavailable/,
      ],
      [
        'the graph is empty',
        { status: 200, body: { version: 1, documents: [], nodes: [], edges: [] } },
        /The graph is empty/,
      ],
    ])('shows a clear message when %s', async (name, answer, message) => {
      const other = await browser.context.newPage();
      await other.route('**/api/graph', (route) =>
        'abort' in answer
          ? route.abort('connectionrefused')
          : route.fulfill({ status: answer.status, json: answer.body }),
      );
      await openViewer(other, server.url);
      expect(await other.getByRole('alert').textContent()).toMatch(message);
      expect(await other.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
      expect(await other.getByRole('heading', { level: 1, name: 'infragraph' }).isVisible()).toBe(true);
      await screenshot(other, `error-${name.replace(/\W+/g, '-')}`);
      await other.close();
    });

    it('shows the page shell even when the graph never arrives', async () => {
      const other = await browser.context.newPage();
      // The shell stays hidden until the canvas exists; a request that never answers must not leave a blank page.
      await other.route('**/api/graph', () => undefined);
      await other.goto(server.url);
      await other.getByRole('heading', { level: 1, name: 'infragraph' }).waitFor({ state: 'visible', timeout: 10_000 });
      expect(await other.locator('body').getAttribute('data-booting')).toBe('');
      await other.close();
    });
  });
});
