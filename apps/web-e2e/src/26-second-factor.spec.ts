import { expect, test, type Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { expectNoAxeViolations } from './support/axe';
import { expectPage } from './support/app';
import { createNetworkWithCoordinator } from './support/journeys';

test.use({ actionTimeout: 15_000 });

/** The code an authenticator app shows `steps` time steps (30 seconds each) from now. */
const codeAt = (secret: string, steps = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/** Signs out from the header, then gives the password: the sign-in page asks for the second step. */
async function passwordAgain(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(page, 'Tweede stap: uw code');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

// A person of a network made for this journey: the demo people keep signing in with a password alone.
test('a person turns on an authenticator app, signs in with a code and a recovery code, and without it is kept to the account page where the network asks for it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const me = await createNetworkWithCoordinator(browser);
  const page = me.page;

  await page.goto('/account');
  await expectPage(page, 'Mijn account');
  const section = page.getByTestId('account-second-factor');
  await expect(section.getByRole('heading', { name: 'Tweede factor' })).toBeVisible();
  await expect(section).toContainText('U heeft nog geen tweede factor ingesteld.');
  await section.getByRole('button', { name: 'Authenticator-app instellen' }).click();

  // The QR code and the key for typing in; a wrong code is refused in words, the right one turns it on.
  await expect(section.getByRole('img', { name: 'QR-code om Kijkje toe te voegen aan uw authenticator-app' })).toBeVisible();
  const secret = (await section.getByTestId('totp-secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoAxeViolations(page, 'setting up the app');
  const code = section.getByLabel('Code uit uw app');
  await code.fill('000000');
  await section.getByRole('button', { name: 'Bevestigen en aanzetten' }).click();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(section).toContainText('Deze code klopt niet.');
  await code.fill(codeAt(secret));
  await section.getByRole('button', { name: 'Bevestigen en aanzetten' }).click();

  // Ten recovery codes, shown this once.
  const codes = section.getByTestId('recovery-code');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.allTextContents()).map((c) => c.trim());
  await expectNoAxeViolations(page, 'recovery codes shown');
  await section.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
  await expect(section.getByTestId('second-factor-status')).toHaveText('Uw tweede factor staat aan. U heeft nog 10 herstelcodes.');

  // Signed in with it, the coordinator may ask it of the network's coordinators (their own session meets that).
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
  await expectPage(page, 'Organisaties');
  const policy = page.getByRole('group', { name: 'Wie moet een tweede factor gebruiken?' });
  await expect(policy.getByRole('radio', { name: 'Niemand (standaard)' })).toBeChecked();
  await policy.getByRole('radio', { name: 'Alleen coördinatoren' }).check();
  await page.getByRole('button', { name: 'Instelling tweede factor opslaan' }).click();
  await expect(page.getByText('De instelling voor de tweede factor is opgeslagen.')).toBeVisible();
  await expectNoAxeViolations(page, 'second-factor policy saved');
  await page.goto('/account');
  await expectPage(page, 'Mijn account');

  // The password alone no longer lets them in: a wrong code is refused, a current one does.
  await passwordAgain(page, me.email, me.password);
  await expectNoAxeViolations(page, 'second step');
  const stepCode = page.getByLabel('Code uit uw app');
  await stepCode.fill('000000');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(stepCode).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Deze code klopt niet. Gebruik de code die uw app nu toont.')).toBeVisible();
  // The code used to turn it on is spent; the app's next one is accepted (one step either side).
  await stepCode.fill(codeAt(secret, 1));
  await page.getByRole('button', { name: 'Verder' }).click();
  await expectPage(page, 'Mijn account');

  // A recovery code works once.
  await passwordAgain(page, me.email, me.password);
  await page.getByRole('button', { name: 'Een herstelcode gebruiken' }).click();
  await page.getByLabel('Herstelcode').fill(recovery[0]);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expectPage(page, 'Mijn account');
  await expect(page.getByTestId('second-factor-status')).toHaveText('Uw tweede factor staat aan. U heeft nog 9 herstelcodes.');

  await passwordAgain(page, me.email, me.password);
  await page.getByRole('button', { name: 'Een herstelcode gebruiken' }).click();
  await page.getByLabel('Herstelcode').fill(recovery[0]);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByText('Deze herstelcode klopt niet of is al gebruikt.')).toBeVisible();
  await expectNoAxeViolations(page, 'recovery code used up');
  await page.getByLabel('Herstelcode').fill(recovery[1]);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expectPage(page, 'Mijn account');

  // Turned off (with the password), a new sign-in is a password alone: the network asks coordinators
  // for a second factor, so only the account page opens, with the reason, until one is set up again.
  const factor = page.getByTestId('account-second-factor');
  await factor.getByLabel('Huidig wachtwoord').fill(me.password);
  await factor.getByRole('button', { name: 'Tweede factor uitzetten' }).click();
  await expect(factor).toContainText('U heeft nog geen tweede factor ingesteld.');
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(me.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(me.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(page, 'Mijn account');
  await expect(page.getByText('Uw netwerk vraagt om een tweede factor.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tweede factor' })).toBeFocused();
  await page.goto('/bezoeken');
  await expectPage(page, 'Mijn account');
  await expect(page).toHaveURL(/\/account#tweede-factor$/);

  await me.context.close();
});

// A passkey on a virtual authenticator (Chromium's WebAuthn domain): registered, used as the second step, removed.
test('a person registers a passkey and signs in with it as the second step', async ({ browser }) => {
  test.setTimeout(120_000);
  const me = await createNetworkWithCoordinator(browser);
  const page = me.page;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  await page.goto('/account');
  await expectPage(page, 'Mijn account');
  const passkeys = page.getByTestId('account-passkeys');
  await passkeys.getByRole('button', { name: 'Passkey toevoegen' }).click();
  await expect(passkeys.getByLabel('Naam van de passkey')).toHaveAttribute('aria-invalid', 'true');
  await passkeys.getByLabel('Naam van de passkey').fill('Werklaptop');
  await passkeys.getByRole('button', { name: 'Passkey toevoegen' }).click();
  await expect(passkeys.getByText("Passkey 'Werklaptop' is toegevoegd.")).toBeVisible();
  await expect(passkeys.getByTestId('account-passkey')).toHaveCount(1);
  await expect(passkeys.getByTestId('account-passkey')).toContainText('Werklaptop');
  await expectNoAxeViolations(page, 'passkey registered');

  // The password alone is not enough; the passkey is.
  await passwordAgain(page, me.email, me.password);
  await expect(page.getByText('Uw wachtwoord klopt. Bevestig nu met uw passkey.')).toBeVisible();
  await page.getByRole('button', { name: 'Inloggen met een passkey' }).click();
  await expectPage(page, 'Mijn account');

  // Removed, it no longer stands between the password and the session.
  await page.getByTestId('account-passkeys').getByRole('button', { name: "Passkey 'Werklaptop' verwijderen" }).click();
  await expect(page.getByText("Passkey 'Werklaptop' is verwijderd.")).toBeVisible();
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(me.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(me.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(page, 'Mijn account');

  await me.context.close();
});
