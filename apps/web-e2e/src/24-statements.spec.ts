import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage } from './support/app';

test('the privacy and accessibility statements are linked from every footer, signed in or not, in Dutch and English', async ({ page }) => {
  await page.goto('/inloggen');
  const footer = page.getByRole('navigation', { name: 'Verklaringen' });
  await footer.getByRole('link', { name: 'Privacyverklaring' }).click();
  await expectPage(page, 'Privacyverklaring');
  await expect(page.getByRole('heading', { level: 2, name: 'Cookies' })).toBeVisible();
  await expect(page.getByText('Kijkje gebruikt één functionele cookie')).toBeVisible();
  await expectNoAxeViolations(page, 'privacy statement');

  await footer.getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
  await expectPage(page, 'Toegankelijkheidsverklaring');
  await expect(page.getByText('Eerste maatregelen genomen (C).')).toBeVisible();
  await expectNoAxeViolations(page, 'accessibility statement');

  await page.getByRole('button', { name: 'English' }).click();
  await expectPage(page, 'Accessibility statement');
  await expect(page.getByText('First measures taken (C).')).toBeVisible();
  await page.getByRole('navigation', { name: 'Statements' }).getByRole('link', { name: 'Privacy statement' }).click();
  await expectPage(page, 'Privacy statement');
  await expectNoAxeViolations(page, 'privacy statement in English');
  await page.getByRole('button', { name: 'Nederlands' }).click();

  // The public harvest page, served without the app, links to them too.
  await page.goto('/oogst/oogst-sturen-met-kwaliteit-2025');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' })).toHaveAttribute('href', '/toegankelijkheid');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacyverklaring' }).click();
  await expectPage(page, 'Privacyverklaring');
});
