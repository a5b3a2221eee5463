import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { ARTIFACTS_DIR } from './product.ts';

/** Every view of the dashboard, with the 30 days of history the simulator backfilled. */
const VIEWS = [
  { name: 'overview', path: '/?from=now-6h&to=now' },
  { name: 'paradigm-wasm', path: '/paradigms/wasm?from=now-6h&to=now', root: 'view-paradigm' },
  { name: 'paradigm-ai_ml', path: '/paradigms/ai_ml?from=now-6h&to=now', root: 'view-paradigm' },
  { name: 'cold-starts', path: '/cold-starts?from=now-24h&to=now' },
  { name: 'comparison', path: '/resources?from=now-24h&to=now', root: 'view-resources' },
  { name: 'reference', path: '/reference?from=now-7d&to=now' },
  { name: 'adoption', path: '/adoption?from=now-30d&to=now' },
  { name: 'alerts', path: '/alerts?from=now-24h&to=now' },
];

for (const view of VIEWS) {
  test(`${view.name} loads with data`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(view.path);
    const root = page.getByTestId(view.root ?? `view-${view.name}`);
    await expect(root).toBeVisible();
    // Data: a drawn chart or a filled table row, and no panel in its error state.
    await expect(root.locator('.uplot canvas, table tbody tr').first()).toBeVisible();
    await expect(root.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(root.locator('.state-error')).toHaveCount(0);
    await page.screenshot({ path: join(ARTIFACTS_DIR, `${view.name}.png`), fullPage: true });
    expect(errors).toEqual([]);
  });
}
