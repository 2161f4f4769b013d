import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO, expectPage, signIn } from './support/app';
import { startProvider } from './support/oidc';

test.use({ actionTimeout: 15_000 });

const EMAIL = 'nieuw@aanvraag-gemeente.example';
const NAME = 'Nieuwe Collega';

async function throughOrganisation(page: Page): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(EMAIL);
  await page.getByRole('link', { name: 'Inloggen met uw organisatie' }).click();
  await page.locator('input[name="login"]').fill('nieuw');
  await page.locator('input[name="password"]').fill('wat-dan-ook');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('someone new asks to join through their organisation, and the coordinator admits them', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const { issuer, child } = await startProvider(`${baseURL}/auth/oidc/callback`, {
    nieuw: { email: EMAIL, email_verified: true, name: NAME },
  });
  try {
    // The coordinator lets new people of this municipality ask for membership.
    await signIn(page, DEMO.coordinator);
    await page.goto('/netwerk/organisaties');
    await page.getByLabel('Naam', { exact: true }).fill('Gemeente Aanvraag');
    await page.getByLabel('Issuer-URL').fill(issuer);
    await page.getByLabel('Client-ID').fill('kijkje-e2e');
    await page.getByLabel('Clientgeheim').fill('geheim-e2e');
    await page.getByLabel('E-maildomeinen').fill('aanvraag-gemeente.example');
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel(/Nieuwe mensen mogen lidmaatschap aanvragen/).check();
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(page.getByRole('status').getByText('Gemeente Aanvraag is toegevoegd.')).toBeVisible();

    // Someone the network does not know yet signs in through the organisation: the request waits.
    await throughOrganisation(page);
    await expect(page.getByRole('alert')).toContainText('moet uw lidmaatschap nog goedkeuren');

    // The coordinator is told, and admits them from the people page.
    await signIn(page, DEMO.coordinator);
    await page.goto('/meldingen');
    await expect(page.getByRole('link', { name: /Iemand vraagt toegang tot het netwerk/ }).first()).toBeVisible();
    await page.goto('/netwerk/mensen');
    const requests = page.getByRole('region', { name: 'Aanvragen om lid te worden' });
    await expect(requests.getByRole('cell', { name: NAME, exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'requests to join on the people page');
    await requests.getByRole('button', { name: `Toelaten ${NAME}` }).click();
    await expect(page.getByRole('status').getByText(`${NAME} is toegelaten en kan nu inloggen.`)).toBeVisible();
    await expect(requests.getByText('Er zijn geen openstaande aanvragen meer.')).toBeVisible();
    await expect(page.getByRole('cell', { name: NAME, exact: true })).toBeVisible();

    // Now the same sign-in lets them in.
    await throughOrganisation(page);
    await expectPage(page, 'Welkom bij Kijkje');
    await expect(page).toHaveURL(`${baseURL}/`);
  } finally {
    child.kill();
  }
});
