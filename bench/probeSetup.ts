/**
 * What the exploratory viewer probes (bench/*-probe.ts, first-render-profile) share: their command-line
 * options, the Chromium flags of a mode, a server for a generated graph, the browser and the page.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../src/server';
import { buildViewer, CHROMIUM, openViewer, VIEWER_DIST } from '../test/e2e/harness';
import { generateGraph, LAUNCH } from './viewer-bench';

/** the value after `--name` on the command line, or `d` */
export function arg(name: string, d: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : d;
}

/**
 * The options every probe takes: --nodes (10000) and --chromium (`software`, software compositing, or
 * `angle`, the e2e flags with SwiftShader GL), with the Chromium flags of that mode
 */
export function probeOptions(): { n: number; launch: string; args: string[] } {
  const launch = arg('--chromium', 'software');
  const args = launch === 'angle' ? LAUNCH.angle : LAUNCH.software;
  return { n: Number(arg('--nodes', '10000')), launch, args };
}

/** the viewer (built unless --no-build) served over a generated graph of n nodes and 2n relationships */
export async function probeServer(n: number): ReturnType<typeof startServer> {
  if (!process.argv.includes('--no-build')) buildViewer();
  return startServer({ graph: generateGraph(n, 2 * n), staticDir: VIEWER_DIST, port: 0 });
}

/** headless Chromium with a mode's flags (probeOptions().args) */
export function launchProbeBrowser(args: string[]): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args, headless: true });
}

/** a new 1400x900 page with the viewer open on `url` (ready), then left `settleMs` to settle */
export async function openProbePage(browser: Browser, url: string, settleMs = 1500): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await openViewer(page, url);
  await page.waitForTimeout(settleMs);
  return page;
}

/** what runBrowserProbe hands a probe */
export interface BrowserProbe {
  n: number;
  /** `software` or `angle` (probeOptions) */
  launch: string;
  /** --reps, or the probe's default */
  reps: number;
  /** the viewer's address on the probe's server */
  url: string;
  browser: Browser;
}

/**
 * Runs a probe that needs one browser over one server (probeOptions, --reps with `defaultReps`): both are
 * closed when the probe ends; an error is printed and sets the exit code
 */
export function runBrowserProbe(defaultReps: number, probe: (p: BrowserProbe) => Promise<void>): void {
  runProbe(async () => {
    const { n, launch, args } = probeOptions();
    const reps = Number(arg('--reps', String(defaultReps)));
    const server = await probeServer(n);
    try {
      const browser = await launchProbeBrowser(args);
      try {
        await probe({ n, launch, reps, url: server.url, browser });
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
    }
  });
}

/** run a probe's main: an error is printed and sets the exit code */
export function runProbe(main: () => Promise<void>): void {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
