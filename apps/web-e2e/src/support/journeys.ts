import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { DEMO, expectPage, signIn, unique, uniqueEmail } from './app';
import { INVITATION_LINK, waitForLink } from './outbox';

export const NEW_PASSWORD = 'Kijkje-e2e-Wachtwoord-7391';

export interface NewCoordinator {
  networkName: string;
  email: string;
  name: string;
  password: string;
  context: BrowserContext;
  page: Page;
}

/** Accepts an invitation as a new person (name + password), ending signed in on the home page. */
export async function acceptAsNewPerson(page: Page, invitationPath: string, name: string, password: string, expectNetwork: string): Promise<void> {
  await page.goto(invitationPath);
  await expectPage(page, 'Uitnodiging');
  await expect(page.getByText(`U bent uitgenodigd voor het netwerk ${expectNetwork}.`)).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill(name);
  await page.getByLabel('Kies een wachtwoord').fill(password);
  await page.getByLabel('Herhaal het wachtwoord').fill(password);
  await expectNoAxeViolations(page, 'invitation form filled in');
  await page.getByRole('button', { name: 'Account aanmaken en accepteren' }).click();
  await expectPage(page, 'Welkom bij Kijkje');
  await expect(page.getByTestId('current-network')).toContainText(expectNetwork);
}

/**
 * The platform admin creates a fresh network and the invited coordinator accepts from the outbox.
 * Returns the coordinator's signed-in page.
 */
export async function createNetworkWithCoordinator(browser: Browser): Promise<NewCoordinator> {
  const networkName = unique('E2E Netwerk');
  const email = uniqueEmail('coordinator');
  const name = 'Cora Coördinator';

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await admin.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
  await expectPage(admin, 'Beheer');
  await admin.getByLabel('Naam van het netwerk').fill(networkName);
  await admin.getByLabel('E-mailadres van de coördinator').fill(email);
  await admin.getByLabel('Naam van de coördinator').fill(name);
  await admin.getByRole('button', { name: 'Netwerk aanmaken' }).click();
  await expect(admin.getByText(`Netwerk ${networkName} is aangemaakt.`)).toBeVisible();
  await expect(admin.getByRole('cell', { name: networkName, exact: true })).toBeVisible();
  await expectNoAxeViolations(admin, 'admin after creating a network');
  await adminContext.close();

  const invitation = await waitForLink(email, INVITATION_LINK);
  const context = await browser.newContext();
  const page = await context.newPage();
  await acceptAsNewPerson(page, invitation, name, NEW_PASSWORD, networkName);
  await expect(page.getByTestId('current-network')).toContainText('Coördinator');
  return { networkName, email, name, password: NEW_PASSWORD, context, page };
}
