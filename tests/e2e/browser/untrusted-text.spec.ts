import { expect, test } from '@playwright/test';

import { COLLECTOR_URL } from './product.ts';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

/**
 * Telemetry text is untrusted: a workload and an instance named like markup arrive through the
 * real import API and must show as text, with no element created and no script run.
 */
test('label values that look like HTML are shown as text and run nothing', async ({ page }) => {
  const exposition =
    '# TYPE DCGM_FI_DEV_GPU_UTIL gauge\n' +
    `DCGM_FI_DEV_GPU_UTIL{gpu="7",UUID="GPU-untrusted",Hostname="gpu-untrusted",` +
    `container="${IMG}",namespace="untrusted",pod="${SCRIPT}"} 50\n`;
  const response = await fetch(
    `${COLLECTOR_URL}/api/v1/import/prometheus?job=dcgm-untrusted&instance=gpu-untrusted:9400`,
    { method: 'POST', body: exposition },
  );
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ stored: 1, rejected: 0 });

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/paradigms/ai_ml?platform=nvidia-dcgm-exporter&from=now-15m&to=now');
  await expect(page.getByText(IMG).first()).toBeVisible();
  await page.getByRole('link', { name: IMG }).first().click();
  await expect(page.getByText(SCRIPT).first()).toBeVisible();

  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.locator('main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
