import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO, expectPage, signIn, inDemoNetwork } from './support/app';
import { withDatabase } from './support/database';

test.use({ actionTimeout: 15_000 });

const csv = (text: string) => ({ name: 'cbs-statline.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });

test('the host tells with real numbers: a figure by hand, a StatLine export refused for a wrong row, then read in, then vs now', async ({ page }) => {
  test.setTimeout(120_000);
  const visitId = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT v.id FROM visit v JOIN organisation o ON o.id = v.host_organisation_id JOIN round r ON r.id = v.round_id
             JOIN programme p ON p.id = r.programme_id WHERE o.name = 'Utrecht' AND p.name = 'Sturen met Kwaliteit 2025'`,
        )
      ).rows[0].id as string,
  );
  await withDatabase((db) => db.query(`DELETE FROM indicator_value WHERE code IN ('WACHT', 'JZ_TRAJ')`));

  await signIn(page, DEMO.member);
  await inDemoNetwork(page);
  await page.goto(`/bezoeken/${visitId}/verbeterplan`);
  await expectPage(page, 'Verbeterplan Utrecht');
  const section = page.getByRole('region', { name: 'Cijfers' });
  await expect(section.getByRole('heading', { level: 2, name: 'Cijfers' })).toBeVisible();

  // By hand, with a decimal comma; a period that cannot be read is refused at its field.
  await section.getByLabel('Code', { exact: true }).fill('WACHT');
  await section.getByLabel('Naam van de indicator').fill('Wachttijd Wmo');
  await section.getByLabel('Periode', { exact: true }).fill('2020Q7');
  await section.getByLabel('Waarde', { exact: true }).fill('12,5');
  await section.getByLabel('Eenheid').fill('weken');
  await section.getByRole('button', { name: 'Cijfer opslaan', exact: true }).click();
  await expect(section.getByText('Gebruik een periode als 2024')).toBeVisible();
  await section.getByLabel('Periode', { exact: true }).fill('2020');
  await section.getByRole('button', { name: 'Cijfer opslaan', exact: true }).click();
  await expect(section.getByRole('status').first()).toContainText('Het cijfer WACHT over 2020 is opgeslagen.');

  // A StatLine export with a row for a municipality outside the network: nothing is read in, the line is named.
  const file = section.getByLabel('Bestand', { exact: true });
  await file.setInputFiles(
    csv(
      '"Indicator";"Omschrijving";"WijkenEnBuurten";"Perioden";"Waarde";"Eenheid"\n"JZ_TRAJ";"Jongeren met jeugdzorg";"GM0344  ";"2020JJ00";"10,5";"%"\n"JZ_TRAJ";"Jongeren met jeugdzorg";"GM9999";"2026MM12";"9,8";"%"\n',
    ),
  );
  await section.getByRole('button', { name: 'Bestand inlezen', exact: true }).click();
  await expect(section.getByRole('alert')).toContainText('Regel 3');
  await expect(section.getByRole('alert')).toContainText('geen gemeente van dit netwerk');
  await expect(section.getByText('Jongeren met jeugdzorg')).toHaveCount(0);

  await file.setInputFiles(
    csv(
      '"Indicator";"Omschrijving";"WijkenEnBuurten";"Perioden";"Waarde";"Eenheid"\n"JZ_TRAJ";"Jongeren met jeugdzorg";"GM0344  ";"2020JJ00";"10,5";"%"\n"JZ_TRAJ";"Jongeren met jeugdzorg";"GM0344  ";"2026MM12";"9,8";"%"\n',
    ),
  );
  await section.getByRole('button', { name: 'Bestand inlezen', exact: true }).click();
  await expect(section.getByRole('status').first()).toContainText('Ingelezen: 2 nieuw');

  // Then vs now, as a table and as a chart with a text alternative.
  const table = section.getByRole('table', { name: 'Toen en nu per indicator' });
  const row = table.getByRole('row', { name: /Jongeren met jeugdzorg/ });
  await expect(row).toContainText('10,5 % (2020)');
  await expect(row).toContainText('9,8 % (2026-12)');
  await expect(row).toContainText('-0,7');
  await expect(section.getByRole('img', { name: /Staafdiagram: toen en nu per indicator/ })).toBeVisible();
  await expectNoAxeViolations(page, 'action plan with indicators');
});
