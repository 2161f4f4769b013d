import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage, uniqueEmail } from './support/app';
import { withDatabase } from './support/database';
import { acceptAsNewPerson, createNetworkWithCoordinator, NEW_PASSWORD } from './support/journeys';
import { INVITATION_LINK, waitForLink } from './support/outbox';
import { menu } from './support/visits';

test.use({ actionTimeout: 15_000 });

const FINDING = 'De wijkteams in Gemeente Privacystad werken *goed* samen.';

// A person of a network made for this journey (no demo person is erased): they download their
// data as JSON and PDF, then erase their account and can no longer sign in.
test('a member downloads their data, then erases their account', async ({ browser }) => {
  test.setTimeout(120_000);
  const me = await createNetworkWithCoordinator(browser);
  const page = me.page;

  // A finding of theirs, on a visit of their network (set as the scene: writing one is journey 11's).
  await withDatabase(async (db) => {
    const [{ user_id: userId, network_id: networkId }] = (
      await db.query(`SELECT m.user_id, m.network_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = $1`, [me.email])
    ).rows;
    const org = await db.query(
      `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population) VALUES ($1, 'Privacystad', 'MUNICIPALITY', 'GM0999', 'Utrecht', 40000) RETURNING id`,
      [networkId],
    );
    const programme = await db.query(
      `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status) VALUES ($1, 'Programma privacy', '["Wmo"]', '{}', 10, 'NETWORK', 'RUNNING') RETURNING id`,
      [networkId],
    );
    const round = await db.query(`INSERT INTO round (network_id, programme_id, name, status) VALUES ($1, $2, 'Ronde 1', 'VISITING') RETURNING id`, [
      networkId,
      programme.rows[0].id,
    ]);
    const visit = await db.query(
      `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, location) VALUES ($1, $2, $3, 'HELD', current_date, 'Stadhuis') RETURNING id`,
      [networkId, round.rows[0].id, org.rows[0].id],
    );
    await db.query(
      `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, tags, status) VALUES ($1, $2, $3, 'STRENGTH', 'Wmo', $4, '[]', 'SUBMITTED')`,
      [networkId, visit.rows[0].id, userId, FINDING],
    );
  });

  await menu(page).getByRole('link', { name: 'Mijn account' }).click();
  await expectPage(page, 'Mijn account');
  await expect(page.getByRole('heading', { level: 2, name: 'Mijn gegevens' })).toBeVisible();

  // JSON: their account and their finding.
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Mijn gegevens als JSON' }).click()]);
  expect(json.suggestedFilename()).toMatch(/^mijn-gegevens-kijkje-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(data.account.email).toBe(me.email);
  expect(data.memberships.map((m: { network: string }) => m.network)).toEqual([me.networkName]);
  expect(data.networks[0].findings.map((f: { text: string }) => f.text)).toEqual([FINDING]);

  // PDF: a real PDF.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Mijn gegevens als PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^mijn-gegevens-kijkje-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');

  // Erasure: says what goes and what stays, wants the password, asks once more.
  await expect(page.getByRole('heading', { level: 2, name: 'Account verwijderen' })).toBeVisible();
  await expect(page.getByText('voormalig lid (gemeente …)', { exact: false })).toBeVisible();
  await page.getByLabel('Uw wachtwoord (ter bevestiging)').fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Mijn account verwijderen' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Uw account definitief verwijderen?' });
  await expectNoAxeViolations(page, 'erase account dialog');
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(page.getByText('Het wachtwoord klopt niet.')).toBeVisible();
  await expect(page.getByLabel('Uw wachtwoord (ter bevestiging)')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Uw wachtwoord (ter bevestiging)').fill(me.password);
  await page.getByRole('button', { name: 'Mijn account verwijderen' }).click();
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(page.getByText('Uw account is verwijderd. U bent overal uitgelogd.')).toBeVisible();
  await expectNoAxeViolations(page, 'account erased');
  await page.getByRole('button', { name: 'Naar de inlogpagina' }).click();
  await expectPage(page, 'Inloggen');

  // They cannot sign in again.
  await page.getByLabel('E-mailadres').fill(me.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(me.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByText('Het e-mailadres of het wachtwoord is onjuist.')).toBeVisible();
  await expectPage(page, 'Inloggen');

  await me.context.close();
});

// A coordinator erases a member of their own (new) network on the member's request: the account is wiped.
test('a coordinator erases a member on their request', async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, networkName, context } = await createNetworkWithCoordinator(browser);
  await withDatabase((db) =>
    db.query(
      `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population)
       SELECT id, 'Wisdorp', 'MUNICIPALITY', 'GM0998', 'Utrecht', 30000 FROM network WHERE name = $1`,
      [networkName],
    ),
  );
  await menu(page).getByRole('link', { name: 'Mensen' }).click();
  await expectPage(page, 'Mensen');
  const memberEmail = uniqueEmail('wisverzoek');
  const memberName = 'Wietske Wisverzoek';
  await page.getByLabel('Naam', { exact: true }).fill(memberName);
  await page.getByLabel('E-mailadres', { exact: true }).fill(memberEmail);
  await page.getByLabel('Rol').selectOption({ label: 'Lid' });
  await page.getByLabel('Organisatie').selectOption({ label: 'Wisdorp' });
  await page.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(page.getByText(`${memberName} is uitgenodigd.`)).toBeVisible();
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await acceptAsNewPerson(member, await waitForLink(memberEmail, INVITATION_LINK), memberName, NEW_PASSWORD, networkName);
  await memberContext.close();

  await page.reload();
  await expectPage(page, 'Mensen');
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: memberName, exact: true }) });
  await row.getByRole('button', { name: `Verwijderen op verzoek ${memberName}` }).click();
  const dialog = page.getByRole('alertdialog', { name: `${memberName} verwijderen op eigen verzoek?` });
  await expect(dialog).toContainText('Doe dit alleen als deze persoon erom vroeg');
  await expectNoAxeViolations(page, 'erase member dialog');
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByText('Het account is gewist.')).toBeVisible();
  await expect(page.getByRole('cell', { name: memberName, exact: true })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'voormalig lid (gemeente Wisdorp)', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'member erased');
  await context.close();

  // The member cannot sign in any more.
  const again = await browser.newContext();
  const signInPage = await again.newPage();
  await signInPage.goto('/inloggen');
  await signInPage.getByLabel('E-mailadres').fill(memberEmail);
  await signInPage.getByLabel('Wachtwoord', { exact: true }).fill(NEW_PASSWORD);
  await signInPage.getByRole('button', { name: 'Inloggen' }).click();
  await expect(signInPage.getByText('Het e-mailadres of het wachtwoord is onjuist.')).toBeVisible();
  await again.close();
});
