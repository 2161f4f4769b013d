import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO, expectPage, unique } from './support/app';
import { withDatabase } from './support/database';
import { signInAs } from './support/visits';

test.use({ actionTimeout: 15_000 });

const PROGRAMME = 'Sturen met Kwaliteit 2025';
const EARLIER = 'Sturen met Kwaliteit 2024';
const ACTION = 'Wachtlijstcijfers maandelijks in het MT bespreken';
const FOTO = 'De wachtlijst voor huishoudelijke hulp is met een derde geslonken.';
const TOTALS = 'Bevindingen per programma en soort';
const THEMES = 'Bevindingen per thema, per gemeente, per programma';
const PATTERNS = 'Patronen per programma';
const MEETINGS = 'Opbrengsten en aanbevelingen per thematafel';
const HELD_MEETING = 'Werkbijeenkomst sturing en control in het sociaal domein';

const csv = (text: string) => ({ name: 'cbs-statline.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });

/** Utrecht's visit in the 2025 programme (its report is final; lid@ answers for Utrecht, reviewer@ was on its team), its round and the programme. */
async function utrechtScene(): Promise<{ visitId: string; roundId: string; status: string; programmeId: string }> {
  return withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT v.id AS "visitId", r.id AS "roundId", r.status, p.id AS "programmeId" FROM visit v
             JOIN organisation o ON o.id = v.host_organisation_id JOIN round r ON r.id = v.round_id JOIN programme p ON p.id = r.programme_id
            WHERE o.name = 'Utrecht' AND p.name = $1`,
          [PROGRAMME],
        )
      ).rows[0],
  );
}

/** The section's newest notice. */
const notice = (page: Page) => page.locator('#main').getByRole('status').first();

/**
 * The learning cycle in one journey (issue 16): the host makes an action plan from the final
 * report, the six-month task appears, the host writes the new foto van nu with imported
 * indicators, the coordinator sees the progress and the evaluation results, and a harvest shows
 * the systeemsignalen and a comparison of two programmes. Each part leaves the demo data as the
 * next one expects it: the round is closed only while it is evaluated.
 */
test('the learning cycle: action plan, six-month review with indicators, progress and evaluation for the coordinator, a harvest over two programmes', async ({
  browser,
}) => {
  // About a minute and a half on a quiet machine; the margin is for a busy one.
  test.setTimeout(360_000);
  const { visitId, roundId, status, programmeId } = await utrechtScene();
  await withDatabase(async (db) => {
    await db.query(`DELETE FROM indicator_value WHERE code IN ('WACHT', 'JZ_TRAJ')`);
    await db.query(`DELETE FROM round_evaluation WHERE round_id = $1`, [roundId]);
  });
  const host = await signInAs(browser, DEMO.member);
  const page = host.page;

  await test.step('the host makes an action plan from the final report and shares it with the team', async () => {
    await page.goto(`/bezoeken/${visitId}/verslag`);
    await page.getByRole('link', { name: 'Verbeterplan' }).click();
    await expectPage(page, 'Verbeterplan Utrecht');
    await page.getByRole('button', { name: 'Verbeterplan beginnen' }).click();
    await expect(notice(page)).toContainText('Het verbeterplan is begonnen');

    // An action without a finding is refused, with the reason at the field.
    await page.getByLabel('Wat gaat er gebeuren?').fill(ACTION);
    await page.getByLabel('Wie trekt het?').fill('Teamleider Wmo');
    await page.getByLabel('Klaar op (niet verplicht)').fill('2099-06-30');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(page.getByText('Koppel de actie aan minstens één bevinding.')).toBeVisible();
    await page
      .getByRole('group', { name: 'Welke bevindingen beantwoordt deze actie?' })
      .getByLabel(/^Aanbeveling: /)
      .first()
      .check();
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(notice(page)).toContainText(ACTION);
    await expect(page.getByRole('heading', { level: 3, name: ACTION })).toBeVisible();
    await expectNoAxeViolations(page, 'action plan with one action');

    await page.getByLabel(`Nieuwe status van ‘${ACTION}’`).selectOption({ label: 'Bezig' });
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(notice(page)).toContainText('is nu: Bezig');
    await page.getByRole('button', { name: 'Plan delen met het reviewteam' }).click();
    await expect(notice(page)).toContainText('Het plan is gedeeld.');
  });

  await test.step('six months on the task appears; the host reads in the indicators and writes the new foto van nu', async () => {
    // The visit was long enough ago: the start page asks the host for its progress review and leads to the plan.
    await page.goto('/');
    const reviewTask = page.locator('[data-kind="WRITE_PROGRESS_REVIEW"]').filter({ hasText: 'Utrecht' });
    await expect(reviewTask).toHaveCount(1);
    await reviewTask.getByRole('link', { name: 'Schrijf het voortgangsgesprek over Utrecht en werk het verbeterplan bij' }).click();
    await expectPage(page, 'Verbeterplan Utrecht');

    // Real numbers first. By hand, with a decimal comma; a period that cannot be read is refused at its field.
    const section = page.getByRole('region', { name: 'Cijfers' });
    await expect(section.getByRole('heading', { level: 2, name: 'Cijfers' })).toBeVisible();
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
    const header =
      '"Indicator";"Omschrijving";"WijkenEnBuurten";"Perioden";"Waarde";"Eenheid"\n"JZ_TRAJ";"Jongeren met jeugdzorg";"GM0344  ";"2020JJ00";"10,5";"%"\n';
    await file.setInputFiles(csv(`${header}"JZ_TRAJ";"Jongeren met jeugdzorg";"GM9999";"2026MM12";"9,8";"%"\n`));
    await section.getByRole('button', { name: 'Bestand inlezen', exact: true }).click();
    await expect(section.getByRole('alert')).toContainText('Regel 3');
    await expect(section.getByRole('alert')).toContainText('geen gemeente van dit netwerk');
    await expect(section.getByText('Jongeren met jeugdzorg')).toHaveCount(0);
    await file.setInputFiles(csv(`${header}"JZ_TRAJ";"Jongeren met jeugdzorg";"GM0344  ";"2026MM12";"9,8";"%"\n`));
    await section.getByRole('button', { name: 'Bestand inlezen', exact: true }).click();
    await expect(section.getByRole('status').first()).toContainText('Ingelezen: 2 nieuw');

    // Then vs now, as a table and as a chart with a text alternative.
    const row = section.getByRole('table', { name: 'Toen en nu per indicator' }).getByRole('row', { name: /Jongeren met jeugdzorg/ });
    await expect(row).toContainText('10,5 % (2020)');
    await expect(row).toContainText('9,8 % (2026-12)');
    await expect(row).toContainText('-0,7');
    await expect(section.getByRole('img', { name: /Staafdiagram: toen en nu per indicator/ })).toBeVisible();
    await expectNoAxeViolations(page, 'action plan with indicators');

    // With the numbers in view, the host writes where Utrecht stands now and submits it.
    await expect(page.getByRole('heading', { level: 2, name: 'Voortgangsgesprekken' })).toBeVisible();
    await page.locator('#progress-6-foto').fill(FOTO);
    await page.locator('#progress-6-reflection').fill('Dichter bij sturen op cijfers; het MT bespreekt ze maandelijks.');
    await page.getByRole('button', { name: 'Indienen' }).first().click();
    await expect(page.getByText('Het voortgangsgesprek is ingediend')).toBeVisible();
    await expectNoAxeViolations(page, 'action plan with a submitted progress review');
    await page.goto('/');
    await expect(page.locator('[data-kind="WRITE_PROGRESS_REVIEW"]').filter({ hasText: 'Utrecht' })).toHaveCount(0);

    // Utrecht's timeline: the preparation then, the actions, and the progress review now, side by side.
    await page.goto(`/bezoeken/${visitId}/verbeterplan`);
    await page.getByRole('link', { name: 'Tijdlijn van uw organisatie' }).click();
    await expectPage(page, 'Tijdlijn van Utrecht');
    await expect(page.getByText(FOTO)).toBeVisible();
    await expect(page.getByText(new RegExp(ACTION))).toBeVisible();
  });

  await test.step('the host invites the team back, and a reviewer reads the plan and comments', async () => {
    await page.goto(`/bezoeken/${visitId}/verbeterplan`);
    const invite = page.getByRole('form', { name: 'Reviewteam uitnodigen' });
    await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(invite.getByText('Vul dit veld in.').first()).toBeVisible();
    await invite.getByLabel('Datum').fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await invite.getByLabel('Begintijd').fill('13:30');
    await invite.getByLabel('Eindtijd').fill('15:00');
    await invite.getByLabel('Plaats of online link').fill('Stadskantoor Utrecht');
    await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(page.getByRole('region', { name: 'Terugkomgesprek' }).getByRole('status').first()).toContainText('Het reviewteam is uitgenodigd');
    await expect(page.getByRole('form', { name: 'Reviewteam uitnodigen' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'action plan with a follow-up');
    await page.getByRole('link', { name: /Stadskantoor Utrecht/ }).click();
    await expectPage(page, 'Terugkomgesprek bij Utrecht');
    await expect(page.getByRole('link', { name: 'Naar het verbeterplan van het bezoek' })).toBeVisible();

    const reviewer = await signInAs(browser, 'reviewer@kijkje.test');
    await reviewer.page.goto('/bezoeken');
    await expect(reviewer.page.getByRole('link', { name: 'Terugkomgesprek bij Utrecht' })).toBeVisible();
    await reviewer.page.goto(`/bezoeken/${visitId}/verbeterplan`);
    await expectPage(reviewer.page, 'Verbeterplan Utrecht');
    await reviewer.page.getByLabel(`Reageer op ‘${ACTION}’`).fill('Neem ook de wachttijd per wijk mee.');
    await reviewer.page.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await expect(reviewer.page.getByRole('list', { name: `Reacties op ‘${ACTION}’` })).toContainText('Neem ook de wachttijd per wijk mee.');
    await expect(reviewer.page.getByRole('button', { name: /Status wijzigen/ })).toHaveCount(0);
    await expect(reviewer.page.getByText(FOTO)).toBeVisible();
    await reviewer.context.close();
  });

  const coordinator = await signInAs(browser, DEMO.coordinator);
  const cp = coordinator.page;

  await test.step('the coordinator sees how far the plan is, not what it says', async () => {
    await cp.goto(`/bezoeken/${visitId}/verbeterplan`);
    await expectPage(cp, 'Verbeterplan Utrecht');
    const figures = cp.getByRole('table', { name: /Voortgang van het verbeterplan/ });
    await expect(figures.getByRole('row', { name: /Bezig/ })).toContainText('1');
    await expect(cp.getByText('de inhoud deelt de gastgemeente (nog) niet met u')).toBeVisible();
    await expect(cp.getByText('Wachtlijstcijfers maandelijks')).toHaveCount(0);

    // And Utrecht's timeline in figures: the review is in, its text is Utrecht's own.
    await cp.goto('/netwerk/organisaties');
    await cp.getByRole('link', { name: 'Utrecht', exact: true }).click();
    await expectPage(cp, 'Tijdlijn van Utrecht');
    await expect(cp.getByText(/Na 6 maanden/).first()).toBeVisible();
    await expect(cp.getByText(FOTO)).toHaveCount(0);
    await expect(cp.getByText('Wachtlijstcijfers maandelijks')).toHaveCount(0);
  });

  await test.step('the host evaluates the closed round; the coordinator reads the results only from three answers on, without names', async () => {
    // The round closes (all its reports final) while it is evaluated, and is as it was afterwards.
    await withDatabase((db) => db.query(`UPDATE round SET status = 'CLOSED' WHERE id = $1`, [roundId]));
    try {
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
      await cp.goto(`/programmas/${programmeId}`);
      const results = cp.getByRole('region', { name: 'Evaluaties van de rondes' });
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
      await cp.reload();
      await expect(results.getByRole('table').first()).toBeVisible();
      await expect(results.getByText('Een open en leerzame ronde.').first()).toBeVisible();
      await expectNoAxeViolations(cp, 'evaluation results');
    } finally {
      await withDatabase((db) => db.query(`UPDATE round SET status = $2 WHERE id = $1`, [roundId, status]));
    }
  });
  await host.context.close();

  await test.step('a public harvest shows the systeemsignalen and sets 2025 beside 2024, with their patterns, cijfers, evaluation and work meetings', async () => {
    // The review teams marked 2025's released Wmo findings as a matter of funding: set in the data rather than card by card on the findings board, to keep the journey short.
    await withDatabase((db) =>
      db.query(
        `UPDATE finding f SET system_issue = 'FUNDING' FROM visit v JOIN round r ON r.id = v.round_id JOIN programme p ON p.id = r.programme_id
          WHERE f.visit_id = v.id AND p.name = $1 AND f.theme = 'Wmo' AND f.released_for_harvest`,
        [PROGRAMME],
      ),
    );
    // A new public harvest of 2025.
    await cp.goto(`/programmas/${programmeId}/oogsten`);
    await expectPage(cp, `Oogsten: ${PROGRAMME}`);
    const title = unique('Oogst twee jaren');
    await cp.getByLabel('Titel van de oogst').fill(title);
    await cp.getByRole('radio', { name: 'Openbaar: iedereen met de link' }).check();
    await cp.getByRole('button', { name: 'Oogst aanmaken' }).click();
    await expect(cp.getByRole('heading', { level: 1 })).toHaveText(title);

    // Tellen: the coordinator adds the programme of the year before, and switches on the cijfers, the evaluation counts and the work meetings.
    const parts = cp.getByRole('region', { name: 'Vergelijken en extra onderdelen' });
    await parts.getByRole('checkbox', { name: EARLIER }).check();
    await parts.getByRole('checkbox', { name: 'Cijfers' }).check();
    await parts.getByRole('checkbox', { name: 'Evaluatie van de rondes' }).check();
    await parts.getByRole('checkbox', { name: 'Uit de werkbijeenkomsten' }).check();
    // The meetings to choose from say which count: the held one with its public report does, the coming one not yet.
    const choice = parts.getByRole('group', { name: 'Welke werkbijeenkomsten' });
    await expect(choice.getByRole('checkbox', { name: new RegExp(HELD_MEETING) })).toHaveAccessibleDescription('Telt mee.');
    await parts.getByRole('button', { name: 'Onderdelen opslaan' }).click();
    await expect(cp.getByTestId('harvest-message')).toHaveText('De onderdelen van de oogst zijn opgeslagen.');
    const comparison = cp.getByTestId('draft-comparison');
    await expect(comparison.getByRole('table', { name: TOTALS }).getByRole('rowheader', { name: EARLIER })).toBeVisible();
    await expect(comparison.getByRole('table', { name: THEMES }).getByRole('columnheader', { name: EARLIER })).toBeVisible();
    // In 2024 only Leiden raised Financiële beheersbaarheid: its figure per municipality is hidden (and Jeugd with it), the reasons under the table.
    await expect(comparison.getByRole('table', { name: THEMES }).getByRole('row', { name: /^Financiële beheersbaarheid/ })).toContainText('verborgen');
    await expect(comparison.getByText(/^Niet getoond: deze groep heeft minder dan 3 gemeenten/)).toBeVisible();
    // Under the comparison, its patterns across the two programmes: 2024's Wmo was at all four of its municipalities.
    const patterns = cp.getByTestId('draft-pattern-comparison');
    await expect(patterns.getByRole('heading', { name: 'Patronen door de jaren heen' })).toBeVisible();
    await expect(patterns.getByRole('table', { name: PATTERNS }).getByRole('columnheader', { name: `${EARLIER}: gemeenten` })).toBeVisible();
    await expect(patterns.getByRole('table', { name: PATTERNS }).getByRole('rowheader', { name: 'Wmo', exact: true })).toBeVisible();
    await expect(cp.getByTestId('draft-indicators').getByRole('heading', { name: 'Cijfers' })).toBeVisible();
    await expect(cp.getByTestId('draft-evaluation').getByRole('heading', { name: 'Evaluatie van de rondes' })).toBeVisible();
    await expect(cp.getByTestId('draft-meetings').getByRole('table', { name: MEETINGS })).toBeVisible();
    // The systeemsignalen of the draft: Wmo, funding.
    await expect(cp.getByRole('table', { name: 'Systeemsignalen per thema en categorie' }).getByRole('rowheader', { name: 'Wmo' })).toBeVisible();
    await expectNoAxeViolations(cp, 'harvest editor with signals, a comparison, cijfers, evaluation and work meetings');

    // The preview in the Publiceren step shows them as readers will.
    await cp
      .getByRole('navigation', { name: 'Stappen van de oogst' })
      .getByRole('link', { name: /^Publiceren/ })
      .click();
    const preview = cp.getByTestId('harvest-preview');
    await expect(preview.getByRole('table', { name: TOTALS }).getByRole('rowheader', { name: PROGRAMME })).toBeVisible();
    await expect(preview.getByRole('table', { name: TOTALS }).getByRole('rowheader', { name: EARLIER })).toBeVisible();
    await expect(preview.getByRole('table', { name: PATTERNS }).getByRole('columnheader', { name: `${EARLIER}: bevindingen` })).toBeVisible();
    await expect(preview.getByRole('heading', { name: 'Cijfers' })).toBeVisible();
    await expect(preview.getByRole('heading', { name: 'Evaluatie van de rondes' })).toBeVisible();
    await expect(preview.getByRole('table', { name: MEETINGS })).toBeVisible();

    // Published publicly: the public page shows the comparison, its patterns and the signals as tables, with the other parts.
    const bar = cp.getByRole('region', { name: 'Stand van de oogst en publiceren' });
    await bar.getByRole('button', { name: 'Oogst publiceren' }).click();
    await cp.getByRole('dialog', { name: 'Versie 1 openbaar publiceren?' }).getByRole('button', { name: 'Ja, publiceer openbaar' }).click();
    await expect(cp.getByTestId('harvest-published')).toHaveText('Versie 1 is gepubliceerd.');
    const publicHref = await cp.getByTestId('harvest-public-link').getAttribute('href');
    expect(publicHref).toMatch(/^\/oogst\/[a-z0-9-]+$/);

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(publicHref!);
    await expectPage(reader, title);
    const table = reader.getByRole('table', { name: TOTALS });
    await expect(table.getByRole('rowheader', { name: PROGRAMME })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: EARLIER })).toBeVisible();
    await expect(reader.getByRole('table', { name: THEMES }).getByRole('columnheader', { name: EARLIER })).toBeVisible();
    await expect(reader.getByRole('table', { name: THEMES }).getByRole('row', { name: /^Financiële beheersbaarheid/ })).toContainText('verborgen');
    // Patronen door de jaren heen: a table with the earlier programme's columns and a row per pattern, no names.
    await expect(reader.getByRole('heading', { level: 2, name: 'Patronen door de jaren heen' })).toBeVisible();
    const patternTable = reader.getByRole('table', { name: PATTERNS });
    await expect(patternTable.getByRole('columnheader', { name: `${EARLIER}: gemeenten` })).toBeVisible();
    await expect(patternTable.getByRole('rowheader', { name: 'Wmo', exact: true })).toBeVisible();
    await expect(patternTable.getByText('Haarlem')).toHaveCount(0);
    await expect(reader.getByRole('heading', { level: 2, name: 'Cijfers' })).toBeVisible();
    await expect(reader.getByRole('heading', { level: 2, name: 'Evaluatie van de rondes' })).toBeVisible();
    // The work meetings as counts per theme table, never a meeting's title.
    await expect(reader.getByRole('table', { name: MEETINGS }).getByRole('rowheader', { name: 'Totaal' })).toBeVisible();
    await expect(reader.getByText(HELD_MEETING)).toHaveCount(0);
    // The systeemsignalen as counts per theme and category, never a finding's text.
    await expect(reader.getByRole('table', { name: 'Systeemsignalen per thema en soort' }).getByRole('rowheader', { name: 'Wmo' })).toBeVisible();
    await reader.context().close();
  });
  await coordinator.context.close();
});
