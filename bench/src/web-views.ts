import { chromium } from 'playwright-core';

import { benchEnv } from './env.ts';

/** The dashboard's views, each over the last 30 days. */
export const VIEWS = [
  '/',
  '/paradigms/wasm',
  '/cold-starts',
  '/resources',
  '/reference',
  '/adoption',
  '/alerts',
].map((path) => `${path}?from=now-30d&to=now`);

/** Launch arguments that work with Debian's Chromium on these machines (no GPU, no sandbox). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Loaded: no panel busy and a chart drawn or a table row filled (runs in the page). */
const IS_LOADED =
  'document.querySelector(\'[aria-busy="true"]\') === null && ' +
  "document.querySelector('.uplot canvas, table tbody tr') !== null";

/**
 * Milliseconds from navigation to loaded, for each view `repeats` times, each in a fresh
 * browser context (empty cache: a first visit).
 */
export const timeViews = async (
  baseUrl: string,
  repeats: number,
): Promise<Map<string, number[]>> => {
  const browser = await chromium.launch({
    executablePath: benchEnv.BENCH_CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const timings = new Map<string, number[]>();
  try {
    for (let round = 0; round < repeats; round++) {
      for (const view of VIEWS) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
        try {
          const page = await context.newPage();
          const started = performance.now();
          await page.goto(`${baseUrl}${view}`, { waitUntil: 'commit' });
          await page.waitForFunction(IS_LOADED, undefined, { timeout: 60_000, polling: 25 });
          const ms = performance.now() - started;
          if ((await page.locator('.state-error').count()) > 0) {
            throw new Error(`${view}: a panel shows an error`);
          }
          timings.set(view, [...(timings.get(view) ?? []), ms]);
          process.stdout.write(`${view}: ${ms.toFixed(0)} ms\n`);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }

  return timings;
};
