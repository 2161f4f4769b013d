import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage, signIn, uniqueEmail } from './support/app';
import { acceptAsNewPerson, createNetworkWithCoordinator, NEW_PASSWORD } from './support/journeys';
import { INVITATION_LINK, waitForLink } from './support/outbox';

test('the coordinator adds municipalities and invites a member, who accepts and sees the network', async ({ browser }) => {
  const { page, networkName, context } = await createNetworkWithCoordinator(browser);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
  await expectPage(page, 'Organisaties');

  const search = page.getByRole('searchbox', { name: 'Zoek een gemeente' });
  await search.fill('Zwolle');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: 'Toevoegen Zwolle' }).click();
  await expect(page.getByText('Zwolle is toegevoegd.')).toBeVisible();
  const zwolleRow = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Zwolle', exact: true }) });
  await expect(zwolleRow).toHaveCount(1);
  // Population in Dutch notation, e.g. 131.000.
  await expect(zwolleRow.getByRole('cell').nth(3)).toHaveText(/^\d{1,3}(\.\d{3})+$/);
  await expectNoAxeViolations(page, 'organisations after adding Zwolle');

  await search.fill('GM0344');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('button', { name: 'Toevoegen Utrecht' }).click();
  await expect(page.getByText('Utrecht is toegevoegd.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'GM0344', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'organisations after adding Utrecht');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mensen' }).click();
  await expectPage(page, 'Mensen');
  const memberEmail = uniqueEmail('lid');
  const memberName = 'Lieke Lid';
  await page.getByLabel('Naam', { exact: true }).fill(memberName);
  await page.getByLabel('E-mailadres', { exact: true }).fill(memberEmail);
  await page.getByLabel('Rol').selectOption({ label: 'Lid' });
  await page.getByLabel('Organisatie').selectOption({ label: 'Zwolle' });
  await page.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(page.getByText(`${memberName} is uitgenodigd.`)).toBeVisible();
  await expect(page.getByRole('cell', { name: memberEmail })).toBeVisible();
  await expectNoAxeViolations(page, 'people after inviting');
  await context.close();

  const link = await waitForLink(memberEmail, INVITATION_LINK);
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await acceptAsNewPerson(member, link, memberName, NEW_PASSWORD, networkName);
  await expect(member.getByTestId('current-network')).toContainText('Lid');
  await expect(member.getByTestId('current-network')).toContainText('Zwolle');

  // Signs out and back in with the chosen password.
  await member.getByRole('button', { name: 'Uitloggen' }).click();
  await expectPage(member, 'Inloggen');
  await signIn(member, memberEmail, NEW_PASSWORD);
  await expect(member.getByTestId('current-network')).toContainText(networkName);

  // A member reads organisations but cannot add them.
  await member.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
  await expectPage(member, 'Organisaties');
  await expect(member.getByRole('cell', { name: 'Zwolle', exact: true })).toBeVisible();
  await expect(member.getByRole('searchbox')).toHaveCount(0);
  await memberContext.close();
});
