import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage, signIn } from './support/app';
import { createNetworkWithCoordinator } from './support/journeys';
import { RESET_LINK, waitForLink } from './support/outbox';

const SENT = 'Als dit adres bij ons bekend is, ontvangt u een e-mail';

test('a person resets a forgotten password from the e-mail and signs in with the new one', async ({ browser }) => {
  // A new network and coordinator first, then the reset and two sign-ins: room for a busy machine.
  test.setTimeout(120_000);
  // A fresh account, so the demo passwords stay as they are.
  const person = await createNetworkWithCoordinator(browser);
  await person.context.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expectPage(page, 'Wachtwoord vergeten');

  // No enumeration: an unknown address gets the same answer.
  await page.getByLabel('E-mailadres').fill('niemand-bekend@e2e.kijkje.test');
  await page.getByRole('button', { name: 'Link versturen' }).click();
  await expect(page.getByText(SENT)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/wachtwoord-vergeten');
  await expectPage(page, 'Wachtwoord vergeten');
  const requestedAt = Date.now();
  await page.getByLabel('E-mailadres').fill(person.email);
  await page.getByRole('button', { name: 'Link versturen' }).click();
  await expect(page.getByText(SENT)).toBeVisible();

  const link = await waitForLink(person.email, RESET_LINK, { since: requestedAt });
  await page.goto(link);
  await expectPage(page, 'Nieuw wachtwoord instellen');
  const newPassword = 'Nieuw-Kijkje-wachtwoord-5521';

  // Browser-side check first: the repeat must match.
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('iets anders');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  const repeat = page.getByLabel('Herhaal het nieuwe wachtwoord');
  await expect(repeat).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('De wachtwoorden zijn niet gelijk.')).toBeVisible();
  await expectNoAxeViolations(page, 'reset form with an error');

  await repeat.fill(newPassword);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expectPage(page, 'Inloggen');
  await expect(page.getByText('Uw wachtwoord is gewijzigd.')).toBeVisible();

  // The old password no longer works, with a generic message.
  await page.getByLabel('E-mailadres').fill(person.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert')).toContainText('Het e-mailadres of het wachtwoord is onjuist.');
  await expectNoAxeViolations(page, 'sign-in failure');

  await signIn(page, person.email, newPassword);
  await expect(page.getByTestId('current-network')).toContainText(person.networkName);
  await context.close();
});
