import { expect, test, type Page } from '@playwright/test';
import { openVisit, PEOPLE, signInAs } from './support/visits';

/**
 * The look of the main pages, compared with committed screenshots (00-visual.spec.ts-snapshots/),
 * so that a change to it is a deliberate one: after such a change, `npm run test:e2e --
 * 00-visual --update-snapshots` writes the new baselines to review and commit. This runs first,
 * on the fresh demo data, before the other journeys add to it. Dates and times (the demo data is
 * dated relative to today) read as one fixed text and are masked, in text and in date fields.
 */
const WIDTHS = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const;

const MONTHS = 'jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec|januari|februari|maart|april|juni|juli|augustus|september|oktober|november|december';
const DATE_TEXT = new RegExp(`\\b\\d{1,2} (${MONTHS})\\.?( \\d{4})?\\b|\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}-\\d{1,2}-\\d{4}\\b`, 'i');

async function expectLook(page: Page, name: string): Promise<void> {
  // Fonts and lazy chunks settled, no caret or animation in the picture.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  // The demo data is dated relative to today, so its dates read differently from day to day and move
  // where lines wrap (a row of the progress board was 24 px shorter on another day): every date and
  // time reads the same fixed text before the picture, and is masked as well.
  await page.evaluate((source) => {
    const pattern = new RegExp(source, 'gi');
    const fixed = (text: string) => text.replace(pattern, (m) => (/\d:\d{2}$/.test(m) ? '00:00' : '1 jan 2000'));
    for (const time of Array.from(document.querySelectorAll('time'))) time.textContent = '1 jan 2000';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const replaced = fixed(text);
      if (replaced !== text) node.textContent = replaced;
    }
  }, DATE_TEXT.source);
  await expect(page).toHaveScreenshot(`${name}.png`, {
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    mask: [page.locator('time, input[type="date"], input[type="time"], input[type="datetime-local"]'), page.getByText(DATE_TEXT)],
    maxDiffPixelRatio: 0.01,
  });
}

for (const [device, viewport] of WIDTHS) {
  test.describe(`the look at ${viewport.width} px`, () => {
    test.use({ viewport });

    test(`sign-in page (${device})`, async ({ page }) => {
      await page.goto('/inloggen');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
      await expectLook(page, `sign-in-${device}`);
    });

    test(`public harvest (${device})`, async ({ page }) => {
      await page.goto('/oogst/oogst-sturen-met-kwaliteit-2025');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectLook(page, `public-harvest-${device}`);
    });

    test(`coordinator's pages (${device})`, async ({ browser }) => {
      const { page, context } = await signInAs(browser, PEOPLE.coordinator.email, { viewport });
      // The progress boards' deadlines and what is late follow the clock of the hour (their
      // columns then size differently); their content is tested in the guidance journeys, their
      // look here only above the fold of the start page.
      await expect(page.getByTestId('progress-boards')).toBeVisible();
      await page.getByTestId('progress-boards').evaluate((boards) => boards.remove());
      await expectLook(page, `home-${device}`);

      await page.goto('/programmas');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("Programma's");
      await expectLook(page, `programmes-${device}`);

      await page.getByRole('link', { name: 'Kijkje in de keuken 2026 – voorjaar' }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kijkje in de keuken 2026 – voorjaar');
      await expectLook(page, `programme-${device}`);

      await page.goto('/oogsten');
      await page.getByRole('link', { name: 'Oogst Sturen met Kwaliteit 2025' }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Oogst Sturen met Kwaliteit 2025');
      await expectLook(page, `harvest-${device}`);
      await context.close();
    });

    test(`member's visits, preparation and findings board (${device})`, async ({ browser }) => {
      const { page, context } = await signInAs(browser, PEOPLE.lieke.email, { viewport });
      const hosting = await openVisit(page, 'Utrecht');
      await expectLook(page, `visit-preparation-${device}`);
      await page.goto('/bezoeken');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bezoeken');
      await expectLook(page, `my-visits-${device}`);
      const reviewing = await openVisit(page, 'Zwolle');
      expect(reviewing).not.toBe(hosting);
      await page.goto(`${reviewing}/bevindingen`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Zwolle');
      await expectLook(page, `findings-board-${device}`);
      await context.close();
    });
  });
}
