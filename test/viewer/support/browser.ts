/**
 * Debian's Chromium for the viewer tests (never a downloaded browser): headless, WebGL through SwiftShader.
 * Without /usr/bin/chromium the suites are skipped locally and fail under CI=true.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The describe title: says SKIPPED when the suite cannot run here. */
export function suiteTitle(name: string): string {
  return HAS_CHROMIUM || IN_CI ? name : `${name} (SKIPPED: no Chromium at ${CHROMIUM}; apt-get install -y chromium)`;
}

/** Whether to run: always under CI (a missing browser then fails in launch), else only with Chromium present. */
export const RUN_BROWSER_SUITES = HAS_CHROMIUM || IN_CI;

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1280, height: 800 }): Promise<LaunchedBrowser> {
  if (!HAS_CHROMIUM) throw new Error(`Chromium is required (CI=true) but ${CHROMIUM} does not exist`);
  const profile = mkdtempSync(path.join(tmpdir(), 'infragraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
