import { expect, test } from '@playwright/test';

/**
 * Live mode: a server-sent event arrives when the collector commits new data and the open
 * view refetches its window; the page itself is never reloaded.
 */
test('live mode updates the open view without reloading', async ({ page }) => {
  await page.goto('/?from=now-15m&to=now');
  await page.evaluate(() => {
    (globalThis as unknown as { loadedOnce: boolean }).loadedOnce = true;
  });
  const stamp = page.getByTestId('live-stamp');
  await expect(stamp).not.toHaveText('');
  const first = await stamp.textContent();
  const refetch = page.waitForResponse(
    (response) =>
      response.url().includes('/api/trpc/') && response.url().includes('fleet.overview'),
    { timeout: 30_000 },
  );
  // The simulator pushes every 10 s and the collector scrapes every 15 s.
  await expect(stamp).not.toHaveText(first ?? '', { timeout: 30_000 });
  expect((await refetch).ok()).toBe(true);
  expect(
    await page.evaluate(() => (globalThis as unknown as { loadedOnce?: boolean }).loadedOnce),
  ).toBe(true);
});

test('pausing live mode stops the updates and is kept in the URL', async ({ page }) => {
  await page.goto('/?from=now-15m&to=now');
  await page.getByTestId('live-toggle').click();
  await expect(page).toHaveURL(/live=0/);
  await expect(page.getByTestId('live-toggle')).toHaveAttribute('aria-pressed', 'false');
});
