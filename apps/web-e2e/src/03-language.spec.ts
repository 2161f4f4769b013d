import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO, DEMO_PASSWORD, expectPage, signIn } from './support/app';

test('Dutch by default, English on request, and the choice survives a reload', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectPage(page, 'Sign in');
  await expect(page.getByLabel('E-mail address')).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectPage(page, 'Sign in');

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expectPage(page, 'Inloggen');
  await context.close();
});

test('signed in pages switch language too, with dates and numbers in the reader language', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.member);
  const saved = page.waitForResponse((r) => r.request().postData()?.includes('SetMyLanguage') ?? false);
  await page.getByRole('button', { name: 'English' }).click();
  await saved;
  await expectPage(page, 'Welcome to Kijkje');
  await expect(page.getByTestId('current-network')).toContainText('Member');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Organisations' }).click();
  await expectPage(page, 'Organisations');
  await expectNoAxeViolations(page);

  // The choice is kept on the account: signing in from another browser adopts it. Back to Dutch
  // there, so the account is as the other journeys expect it.
  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto('/inloggen');
  await elsewhere.getByLabel('E-mailadres').fill(DEMO.member);
  await elsewhere.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await elsewhere.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(elsewhere, 'Welcome to Kijkje');
  await expect(elsewhere.locator('html')).toHaveAttribute('lang', 'en');
  const restored = elsewhere.waitForResponse((r) => r.request().postData()?.includes('SetMyLanguage') ?? false);
  await elsewhere.getByRole('button', { name: 'Nederlands' }).click();
  await restored;
  await expectPage(elsewhere, 'Welkom bij Kijkje');
  await elsewhere.context().close();
  await context.close();
});

test('signed-out visitors of protected pages go to sign in; unknown addresses get a 404 page', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/netwerk/mensen');
  await expect(page).toHaveURL(/\/inloggen$/);
  await expectPage(page, 'Inloggen');
  await page.goto('/bestaat-niet');
  await expectPage(page, 'Pagina niet gevonden');
  await page.goto('/uitnodiging/ongeldig-token');
  await expectPage(page, 'Uitnodiging');
  await expect(page.getByText('Deze uitnodiging is ongeldig, verlopen of al gebruikt.')).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});
