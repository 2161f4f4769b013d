import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectPage, signIn } from './support/app';

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(size.scroll, `page scrolls sideways: ${JSON.stringify(size)}`).toBeLessThanOrEqual(size.client);
}

test('at 320 CSS pixels wide the sign-in and home pages need no horizontal scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await expectNoHorizontalScroll(page);

  // The coordinator has two networks, so the header also carries the network switcher.
  await signIn(page, DEMO.coordinator);
  await expectNoHorizontalScroll(page);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
  await expectPage(page, 'Organisaties');
  await expectNoHorizontalScroll(page);
  await context.close();
});
