import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO, signIn, inDemoNetwork } from './support/app';
import { withDatabase } from './support/database';

test.use({ actionTimeout: 15_000 });

/** The round of Utrecht's visit in the 2025 programme, and that programme. */
async function utrechtRound(): Promise<{ roundId: string; programmeId: string; status: string }> {
  return withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT r.id AS "roundId", p.id AS "programmeId", r.status FROM visit v JOIN organisation o ON o.id = v.host_organisation_id
             JOIN round r ON r.id = v.round_id JOIN programme p ON p.id = r.programme_id
            WHERE o.name = 'Utrecht' AND p.name = 'Sturen met Kwaliteit 2025'`,
        )
      ).rows[0],
  );
}

test('a participant evaluates the closed round; the coordinator reads the results only from three answers on, without names', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { roundId, programmeId, status } = await utrechtRound();
  // The round closes (all its reports final); evaluations of earlier runs are cleared.
  await withDatabase(async (db) => {
    await db.query(`DELETE FROM round_evaluation WHERE round_id = $1`, [roundId]);
    await db.query(`UPDATE round SET status = 'CLOSED' WHERE id = $1`, [roundId]);
  });
  try {
    await signIn(page, DEMO.member);
    await inDemoNetwork(page);
    await page.goto(`/programmas/${programmeId}`);
    const form = page.getByRole('region', { name: /^Uw evaluatie van / });
    await expect(form).toBeVisible();
    for (const question of ['Nut voor onze gemeente', 'Veiligheid en openheid', 'Voorbereiding', 'Het team'])
      await form.getByRole('group', { name: question }).getByLabel('4', { exact: true }).check();
    await form.getByRole('group', { name: 'Zou u een ronde aanraden aan een andere gemeente?' }).getByLabel('Ja', { exact: true }).check();
    await form.getByLabel('Toelichting (optioneel)').fill('Een open en leerzame ronde.');
    await form.getByRole('button', { name: 'Evaluatie opslaan', exact: true }).click();
    await expect(form.getByRole('status').first()).toContainText('Evaluatie opgeslagen');
    await expectNoAxeViolations(page, 'evaluation form');
    await form.getByRole('button', { name: 'Evaluatie indienen', exact: true }).click();
    await expect(form.getByText(/^Ingediend op /)).toBeVisible();
    await expect(form.getByRole('button', { name: 'Evaluatie indienen', exact: true })).toHaveCount(0);

    // One answer: the coordinator reads only that results are held back.
    const coordinator = await (await browser.newContext()).newPage();
    await signIn(coordinator, DEMO.coordinator);
    await inDemoNetwork(coordinator);
    await coordinator.goto(`/programmas/${programmeId}`);
    const results = coordinator.getByRole('region', { name: 'Evaluaties van de rondes' });
    await expect(results.getByText(/Nog niet getoond: er zijn minder dan drie evaluaties ingediend/).first()).toBeVisible();

    // Two more participants answered: now counted, in a table, with the comment but no name.
    await withDatabase((db) =>
      db.query(
        `INSERT INTO round_evaluation (network_id, round_id, user_id, usefulness, safety, preparation, team, would_recommend, comment, submitted_at)
         SELECT t.network_id, t.round_id, t.user_id, 5, 5, 4, 5, true, '', now() FROM (
           SELECT DISTINCT r.network_id, r.id AS round_id, vr.user_id, u.email
             FROM round r JOIN visit v ON v.round_id = r.id JOIN visit_reviewer vr ON vr.visit_id = v.id
             JOIN app_user u ON u.id = vr.user_id
            WHERE r.id = $1 AND u.email <> $2) t ORDER BY t.email LIMIT 2 ON CONFLICT DO NOTHING`,
        [roundId, DEMO.member],
      ),
    );
    await coordinator.reload();
    await expect(results.getByRole('table').first()).toBeVisible();
    await expect(results.getByText('Een open en leerzame ronde.').first()).toBeVisible();
    await expectNoAxeViolations(coordinator, 'evaluation results');
  } finally {
    await withDatabase((db) => db.query(`UPDATE round SET status = $2 WHERE id = $1`, [roundId, status]));
  }
});
