/** Page helpers for the viewer's end-to-end tests: console error capture, readiness, pixels, build freshness. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { InfragraphProbe } from '../../../viewer/test-hook.js';
import { ROOT, VIEWER_DIST } from './server.js';

export const SCREENSHOTS = path.join(ROOT, 'test-results');

/** Builds viewer/dist when it is missing or older than any viewer source, so the tests never run a stale bundle. */
export function ensureViewerBuild(): void {
  const built = path.join(VIEWER_DIST, 'index.html');
  const newest = newestSource(path.join(ROOT, 'viewer'));
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return;
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'viewer', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Console errors and uncaught exceptions of a page, as text. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-state]', { timeout: 60_000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `viewer-${name}.png`) });
}

/** How many pixels of the canvas area are far from white: the browser decodes a screenshot of it for us. */
export async function paintedPixels(page: Page): Promise<number> {
  const box = await page.locator('#sigma').boundingBox();
  if (!box) return 0;
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let index = 0; index < pixels.length; index += 4) {
      const [red, green, blue] = [pixels[index]!, pixels[index + 1]!, pixels[index + 2]!];
      if (Math.max(red, green, blue) - Math.min(red, green, blue) > 60) count++;
    }
    return count;
  }, png.toString('base64'));
}

export async function probe<T>(page: Page, read: (probe: InfragraphProbe) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.infragraph)`) as Promise<T>;
}
