import { expect, test } from '@playwright/test';

test('the language switch shows Chinese and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fleet overview');
  await page.getByTestId('lang-select').selectOption('zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('集群总览');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('集群总览');
  await page.getByTestId('lang-select').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fleet overview');
});

test('the theme switch changes the colours and is remembered', async ({ page }) => {
  await page.goto('/');
  const html = page.locator('html');
  const before = await html.getAttribute('data-theme');
  await page.getByTestId('theme-toggle').click();
  const after = before === 'dark' ? 'light' : 'dark';
  await expect(html).toHaveAttribute('data-theme', after);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', after);
});

test('the views can be reached from the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByText('Skip to content')).toBeFocused();
  const coldStarts = page.getByRole('link', { name: 'Cold starts' });
  await coldStarts.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cold-starts/);
});
