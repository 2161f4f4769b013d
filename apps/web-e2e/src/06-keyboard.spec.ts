import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, expectPage } from './support/app';

async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      width: rect.width,
      height: rect.height,
    };
  });
  expect(focus, 'something has focus').not.toBeNull();
  expect(focus!.width * focus!.height, 'the focused element is on screen').toBeGreaterThan(0);
  const outlined = focus!.outlineStyle !== 'none' && focus!.outlineWidth >= 2;
  expect(outlined || focus!.boxShadow !== 'none', `visible focus indicator (${JSON.stringify(focus)})`).toBe(true);
}

test('a person signs in with the keyboard alone: skip link first, visible focus throughout', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');

  // Out of sight (and off the logo) until the keyboard reaches it.
  const skip = page.getByRole('link', { name: 'Naar de hoofdinhoud' });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);

  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('E-mailadres')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type(DEMO.member);

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type(DEMO_PASSWORD);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  await expectPage(page, 'Welkom bij Kijkje');
  await context.close();
});
