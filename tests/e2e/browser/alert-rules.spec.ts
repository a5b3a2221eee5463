import { expect, test } from '@playwright/test';

import { COLLECTOR_URL } from './product.ts';

type RulesAnswer = { rules: { id: number; name: string; kind: string; threshold?: number }[] };

/** A rule made in the dashboard is stored by the collector and listed on its read API. */
test('an alert rule is created and deleted from the dashboard', async ({ page }) => {
  await page.goto('/alerts');
  const form = page.getByTestId('rule-form');
  await form.locator('input[name="name"]').fill('GpuHot');
  await form.locator('select[name="kpi"]').selectOption('gpu_utilization_ratio');
  await form.locator('select[name="operator"]').selectOption('>');
  await form.locator('input[name="threshold"]').fill('0.97');
  await form.locator('input[name="matchers"]').fill('platform=nvidia-triton');
  await form.getByRole('button', { name: 'Create rule' }).click();

  const row = page.getByTestId('rule-row').filter({ hasText: 'GpuHot' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('avg(gpu_utilization_ratio) > 0.97');
  const stored = (await (await fetch(`${COLLECTOR_URL}/api/v1/rules`)).json()) as RulesAnswer;
  expect(stored.rules).toContainEqual(
    expect.objectContaining({ name: 'GpuHot', kind: 'threshold', threshold: 0.97 }),
  );

  await form.locator('input[name="matchers"]').fill('platform');
  await form.getByRole('button', { name: 'Create rule' }).click();
  await expect(form.getByRole('alert')).toContainText('Matchers must look like');

  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toHaveCount(0);
});
