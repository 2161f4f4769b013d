import { expect, test } from '@playwright/test';
import { withDatabase } from './support/database';
import { expectNoAxeViolations } from './support/axe';
import { DEMO, expectPage, signIn } from './support/app';
import { startProvider } from './support/oidc';

test.use({ actionTimeout: 15_000 });

const EMAIL = 'lid@sso-gemeente.example';

test('a member signs in through their own organisation instead of with a password', async ({ page, baseURL }) => {
  // A provider process of its own, two people and a round trip through its login page: room for a busy machine.
  test.setTimeout(120_000);
  const { issuer, child } = await startProvider(`${baseURL}/auth/oidc/callback`, { lid: { email: EMAIL, email_verified: true, name: 'Lid via SSO' } });
  try {
    // The coordinator sets the provider up on the organisations page (the secret goes in once, encrypted).
    await signIn(page, DEMO.coordinator);
    await page.goto('/netwerk/organisaties');
    await expect(page.getByRole('heading', { level: 2, name: 'Inloggen met de eigen organisatie' })).toBeVisible();
    await page.getByLabel('Naam', { exact: true }).fill('Gemeente SSO');
    await page.getByLabel('Issuer-URL').fill(issuer);
    await page.getByLabel('Client-ID').fill('kijkje-e2e');
    await page.getByLabel('Clientgeheim').fill('geheim-e2e');
    await page.getByLabel('E-maildomeinen').fill('sso-gemeente.example');
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(page.getByRole('status').getByText('Gemeente SSO is toegevoegd.')).toBeVisible();
    await expectNoAxeViolations(page, 'identity providers on the organisations page');
    // A second domain later: changed in place, the secret left empty stays as it was (the sign-in below needs it).
    await page.getByRole('button', { name: 'Wijzigen Gemeente SSO' }).click();
    const editing = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Wijzigingen in Gemeente SSO opslaan' }) });
    await expect(editing.getByLabel('Clientgeheim')).toHaveValue('');
    await editing.getByLabel('E-maildomeinen').fill('sso-gemeente.example, sso-dienst.example');
    await expectNoAxeViolations(page, 'an identity provider being changed');
    await page.getByRole('button', { name: 'Wijzigingen in Gemeente SSO opslaan' }).click();
    await expect(page.getByRole('status').getByText('Gemeente SSO is gewijzigd.')).toBeVisible();
    await expect(page.getByText(/Gemeente SSO: sso-gemeente\.example, sso-dienst\.example/)).toBeVisible();
    await page.context().clearCookies();

    // Someone of that municipality who is a member of the network.
    await withDatabase(async (db) => {
      const one = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0];
      const {
        network_id: networkId,
        organisation_id: organisationId,
        client_secret_encrypted: secret,
      } = await one(`SELECT network_id, organisation_id, client_secret_encrypted FROM identity_provider WHERE name = 'Gemeente SSO'`, []);
      expect(secret).not.toContain('geheim');
      const { id: userId } = await one(`INSERT INTO app_user (email, name) VALUES ($1, 'Lid via SSO') RETURNING id`, [EMAIL]);
      await db.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [networkId, userId, organisationId]);
    });

    await page.goto('/inloggen');
    await expectPage(page, 'Inloggen');
    await page.getByLabel('E-mailadres').fill(EMAIL);
    const organisation = page.getByRole('link', { name: 'Inloggen met uw organisatie' });
    await expect(organisation).toBeVisible();
    await expectNoAxeViolations(page, 'sign-in with the organisation offered');
    await organisation.click();

    // The organisation's own sign-in page (the test provider's login form).
    await page.locator('input[name="login"]').fill('lid');
    await page.locator('input[name="password"]').fill('wat-dan-ook');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    await expectPage(page, 'Welkom bij Kijkje');
    await expect(page).toHaveURL(`${baseURL}/`);
  } finally {
    child.kill();
  }
});
