import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage, signIn } from './support/app';
import { createNetworkWithCoordinator } from './support/journeys';
import { expectNoHorizontalScroll, menu } from './support/visits';

test.use({ actionTimeout: 15_000 });

const CHANGED_PASSWORD = 'Kijkje-e2e-Ander-Wachtwoord-5820';

/** The other browser's next request finds its session ended: it lands on the sign-in page. */
async function expectSignedOut(page: Page): Promise<void> {
  await page.goto('/');
  await expectPage(page, 'Inloggen');
}

// A person of a network made for this journey: the demo people keep their names and passwords.
test('a person manages their account: name, sessions elsewhere signed out, password changed', async ({ browser }) => {
  test.setTimeout(120_000);
  const me = await createNetworkWithCoordinator(browser);
  const page = me.page;
  const elsewhereContext = await browser.newContext();
  const elsewhere = await elsewhereContext.newPage();
  await signIn(elsewhere, me.email, me.password);

  // The header leads to the account page; at 320 px it fits a phone.
  await page.setViewportSize({ width: 320, height: 800 });
  await menu(page).getByRole('link', { name: 'Mijn account' }).click();
  await expectPage(page, 'Mijn account');
  await expectNoHorizontalScroll(page);
  await expect(page.getByText(`E-mailadres: ${me.email}`)).toBeVisible();
  const network = page.getByTestId('account-network');
  await expect(network).toHaveCount(1);
  await expect(network).toContainText(me.networkName);
  await expect(network).toContainText('Rol: Coördinator');
  await expect(page.getByRole('link', { name: 'Meldingen: wat u per e-mail krijgt' })).toHaveAttribute('href', '/account/meldingen');
  await expect(page.getByRole('link', { name: 'Agenda-abonnement: uw bezoeken in uw eigen agenda' })).toHaveAttribute('href', '/account/agenda');
  await expect(page.getByRole('radio', { name: 'Nederlands' })).toBeChecked();

  // The name: an empty one is refused in words, a new one is saved and stays after a reload.
  const name = page.getByLabel('Uw naam');
  await expect(name).toHaveValue(me.name);
  await name.fill('   ');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'name refused');
  await name.fill('Cora van Rekening');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uw naam is opgeslagen.' })).toBeVisible();
  // Changed in the other browser meanwhile: a save from here names the newer name and overwrites nothing.
  await elsewhere.goto('/account');
  await expectPage(elsewhere, 'Mijn account');
  await elsewhere.getByLabel('Uw naam').fill('Cora Elders');
  await elsewhere.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(elsewhere.getByText('Uw naam is opgeslagen.')).toBeVisible();
  await name.fill('Cora van Rekening');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByText('Uw naam is intussen ergens anders gewijzigd in "Cora Elders".')).toBeVisible();
  await expect(name).toHaveValue('Cora van Rekening');
  await expectNoAxeViolations(page, 'name changed elsewhere');
  await page.getByRole('button', { name: 'Naam opslaan' }).click();
  await expect(page.getByText('Uw naam is opgeslagen.')).toBeVisible();
  await page.reload();
  await expectPage(page, 'Mijn account');
  await expect(page.getByLabel('Uw naam')).toHaveValue('Cora van Rekening');

  // Two sessions: this one marked, the other with its own "Uitloggen", confirmed first.
  const sessions = page.getByTestId('account-session');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.first()).toContainText('Deze sessie (dit apparaat)');
  await expect(sessions.first()).toContainText('Chrome, Linux');
  await sessions
    .nth(1)
    .getByRole('button', { name: /^Uitloggen: / })
    .click();
  const one = page.getByRole('alertdialog', { name: 'Deze sessie uitloggen?' });
  await expect(one).toContainText('wordt uitgelogd. Wie daar werkt, moet opnieuw inloggen');
  await expectNoAxeViolations(page, 'sign out one session');
  await one.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De sessie is uitgelogd.' })).toBeVisible();
  await expect(sessions).toHaveCount(1);
  await expect(page.getByText('U bent nergens anders ingelogd.')).toBeVisible();
  await expectSignedOut(elsewhere);

  // Signed in elsewhere again: "Overal elders uitloggen" names what happens, and does it.
  await signIn(elsewhere, me.email, me.password);
  await page.reload();
  await expectPage(page, 'Mijn account');
  await expect(sessions).toHaveCount(2);
  await page.getByRole('button', { name: 'Overal elders uitloggen' }).click();
  const all = page.getByRole('alertdialog', { name: 'Overal elders uitloggen?' });
  await expect(all).toContainText('U wordt op 1 andere plek uitgelogd. U blijft hier ingelogd.');
  await expectNoAxeViolations(page, 'sign out everywhere else');
  await expectNoHorizontalScroll(page);
  await all.getByRole('button', { name: 'Overal elders uitloggen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'U bent op 1 andere plek uitgelogd.' })).toBeVisible();
  await expect(sessions).toHaveCount(1);
  await expectSignedOut(elsewhere);

  // The password: the current one must be right; then this session goes on.
  await signIn(elsewhere, me.email, me.password);
  await page.getByLabel('Huidig wachtwoord').fill('niet-het-wachtwoord');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(CHANGED_PASSWORD);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(CHANGED_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByText('Het huidige wachtwoord klopt niet.')).toBeVisible();
  await expect(page.getByLabel('Huidig wachtwoord')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'wrong current password');
  await page.getByLabel('Huidig wachtwoord').fill(me.password);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uw wachtwoord is gewijzigd.' })).toBeVisible();
  await expect(page.getByLabel('Huidig wachtwoord')).toHaveValue('');
  await expect(sessions).toHaveCount(1);
  await expectNoAxeViolations(page, 'password changed');
  await expectSignedOut(elsewhere);

  // Signed out here too, the new password lets them in.
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(me.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(CHANGED_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  // Back where they signed out.
  await expectPage(page, 'Mijn account');
  await expect(page.getByLabel('Uw naam')).toHaveValue('Cora van Rekening');

  await elsewhereContext.close();
  await me.context.close();
});
