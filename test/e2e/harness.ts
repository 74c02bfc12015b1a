/* `any`: page.evaluate callbacks run in the browser; the
   root tsconfig has no DOM lib, so the page's globals are reached through (globalThis as any). */
/**
 * Headless Chromium for the viewer's end-to-end tests and bench: Debian's chromium driven by
 * playwright-core (see /work/shared/NOTES.md for the flags), plus a console-error collector.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
// a value import, so playwright-core's module-level globals (zod's registry) exist before mocha's
// leak check takes its snapshot
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = join(__dirname, '..', '..');
export const VIEWER_DIST = join(ROOT, 'viz', 'dist');

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** builds viz/dist from the current sources (about a second) */
export function buildViewer(): void {
  execFileSync(process.execPath, [join(ROOT, 'viz', 'build.mjs')], { stdio: 'pipe', timeout: 120_000 });
}

/** console noise that is not ours: SwiftShader picking reads, and favicon requests */
const IGNORED = [/GPU stall due to ReadPixels/i, /favicon/i];

export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !IGNORED.some((r) => r.test(m.text()))) {
      if (m.type() === 'error') errors.push(m.text());
    }
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** opens the viewer and waits for window.__newsgraph.ready */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => typeof (globalThis as any).__newsgraph !== 'undefined');
  await page.evaluate(() => (globalThis as any).__newsgraph.ready);
}

/** kills sigma (browsers cap live WebGL contexts) and closes the page */
export async function closeViewer(page: Page): Promise<void> {
  if (page.isClosed()) return;
  await page.evaluate(() => (globalThis as any).__newsgraph?.app?.kill()).catch(() => undefined);
  await page.close();
}
