import { test, expect } from '@playwright/test';

test('a glossary term shows its definition on focus and hover, closes with Escape, and links to the glossary', async ({ page }) => {
  await page.goto('/en/foundations/orchestration/');
  const term = page.locator('.prose .term-link', { hasText: /^orchestration$/ }).first();
  const tip = page.locator('#term-orchestration');
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Automating the deployment');
  // Screen readers hear the definition as the link's description.
  await expect(term).toHaveAccessibleDescription(/Automating the deployment/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(tip).toBeVisible();
  await term.blur();
  await term.hover();
  await expect(tip).toBeVisible();
  // Each term is linked once per lesson, at its first use.
  await expect(page.locator('.prose a[href$="/glossary/#orchestration"]')).toHaveCount(1);
  await term.click();
  await expect(page).toHaveURL(/\/en\/glossary\/#orchestration$/);
  await expect(page.locator('#orchestration dt')).toHaveText('Orchestration');
});

test('a figure follows the theme and carries the lesson\'s text alternative, in the page\'s language', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/ko/foundations/on-premises-and-iaas/');
  const figure = page.getByRole('img', { name: /같은 아홉 계층으로 된 스택 네 개/ });
  await expect(figure).toBeVisible();
  await expect(figure).toContainText('클라우드 사업자가 관리');
  const card = figure.locator('rect').first();
  const light = await card.evaluate((el) => getComputedStyle(el).fill);
  await page.getByRole('button', { name: '어두운 테마' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await card.evaluate((el) => getComputedStyle(el).fill);
  expect(dark).not.toBe(light);
});
