import { expect, test } from '@playwright/test';

import { COLLECTOR_URL } from './product.ts';

const telemetryItems = async (): Promise<Record<string, number>> => {
  const text = await (await fetch(`${COLLECTOR_URL}/metrics`)).text();
  const counts: Record<string, number> = {};
  for (const match of text.matchAll(
    /^fleetlens_web_telemetry_items_total\{kind="(\w+)"\} (\d+)/gm,
  )) {
    counts[match[1] ?? ''] = Number(match[2]);
  }
  return counts;
};

/**
 * The dashboard watches itself: Faro in the browser sends its session and navigation events
 * (and web vitals when a page is hidden) to the collector's Faro receiver.
 */
test('the dashboard reports its own browser telemetry to the collector', async ({ page }) => {
  const before = (await telemetryItems()).event ?? 0;
  await page.goto('/?from=now-1h&to=now');
  await expect(page.getByTestId('view-overview')).toBeVisible();
  await page.getByRole('link', { name: 'Cold starts' }).click();
  await expect(page).toHaveURL(/\/cold-starts/);
  await expect
    .poll(async () => (await telemetryItems()).event ?? 0, { timeout: 20_000 })
    .toBeGreaterThan(before);
});
