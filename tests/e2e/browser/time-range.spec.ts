import { expect, test } from '@playwright/test';
import type { Page, Response } from '@playwright/test';

type RangeData = { kpi: string; stepMs: number; series: { points: [number, number | null][] }[] };
type BatchBody = { result: { data: unknown } }[];

/** The cold-start chart reads exact events, kept for 90 days at full detail. */
const nextColdStarts = (page: Page) =>
  page.waitForResponse(
    (response) =>
      response.url().includes('/api/trpc/') &&
      response.url().includes('kpi.range') &&
      decodeURIComponent(response.url()).includes('"startup_seconds"'),
  );

const rangeData = async (response: Response): Promise<RangeData> => {
  const body = (await response.json()) as BatchBody;
  const found = body
    .map((item) => item.result.data as RangeData)
    .find((data) => data.kpi === 'startup_seconds');
  if (found === undefined) throw new Error('no startup_seconds answer in the batch');
  return found;
};

const oldestPoint = (data: RangeData): number =>
  Math.min(...data.series.flatMap((series) => series.points.map(([ms]) => ms)));

test('changing the time range changes the data and the URL', async ({ page }) => {
  const first = nextColdStarts(page);
  await page.goto('/?from=now-15m&to=now&live=0');
  const recent = await rangeData(await first);
  expect(Date.now() - oldestPoint(recent)).toBeLessThan(20 * 60_000);

  const second = nextColdStarts(page);
  await page.getByTestId('range-select').selectOption('now-30d');
  await expect(page).toHaveURL(/from=now-30d/);
  const month = await rangeData(await second);
  // The backfilled history: coarser steps, points from weeks ago.
  expect(month.stepMs).toBeGreaterThan(recent.stepMs);
  expect(Date.now() - oldestPoint(month)).toBeGreaterThan(20 * 86_400_000);
});

test('an absolute range can be entered and is shared through the URL', async ({ page }) => {
  await page.goto('/?from=now-1h&to=now');
  await page.getByTestId('range-select').selectOption('custom');
  const form = page.getByTestId('range-custom');
  await form.locator('input[name="from"]').fill('2026-01-01T00:00');
  await form.locator('input[name="to"]').fill('2026-01-02T00:00');
  await form.getByRole('button').click();
  await expect(page).toHaveURL(/from=\d{13}&to=\d{13}/);
  await expect(page.getByTestId('live-toggle')).toBeDisabled();
});
