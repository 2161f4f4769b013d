import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO, expectPage, signIn, inDemoNetwork } from './support/app';
import { withDatabase } from './support/database';

test.use({ actionTimeout: 15_000 });

test('the host turns the final report into an action plan, the team comments, the coordinator follows the progress', async ({ page }) => {
  test.setTimeout(120_000);
  // Utrecht's visit in the 2025 programme: its report is final; lid@ answers for Utrecht, reviewer@ was on its team.
  const visitId = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT v.id FROM visit v JOIN organisation o ON o.id = v.host_organisation_id JOIN round r ON r.id = v.round_id
             JOIN programme p ON p.id = r.programme_id WHERE o.name = 'Utrecht' AND p.name = 'Sturen met Kwaliteit 2025'`,
        )
      ).rows[0].id as string,
  );

  await signIn(page, DEMO.member);
  await inDemoNetwork(page);
  await page.goto(`/bezoeken/${visitId}/verslag`);
  await page.getByRole('link', { name: 'Verbeterplan' }).click();
  await expectPage(page, 'Verbeterplan Utrecht');
  await page.getByRole('button', { name: 'Verbeterplan beginnen' }).click();
  await expect(page.locator('#main').getByRole('status').first()).toContainText('Het verbeterplan is begonnen');

  // An action without a finding is refused, with the reason at the field.
  await page.getByLabel('Wat gaat er gebeuren?').fill('Wachtlijstcijfers maandelijks in het MT bespreken');
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
  await expect(page.locator('#main').getByRole('status').first()).toContainText('Wachtlijstcijfers maandelijks in het MT bespreken');
  await expect(page.getByRole('heading', { level: 3, name: 'Wachtlijstcijfers maandelijks in het MT bespreken' })).toBeVisible();
  await expectNoAxeViolations(page, 'action plan with one action');

  await page.getByLabel('Nieuwe status van ‘Wachtlijstcijfers maandelijks in het MT bespreken’').selectOption({ label: 'Bezig' });
  await page.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.locator('#main').getByRole('status').first()).toContainText('is nu: Bezig');
  await page.getByRole('button', { name: 'Plan delen met het reviewteam' }).click();
  await expect(page.locator('#main').getByRole('status').first()).toContainText('Het plan is gedeeld.');

  // Six months on (the visit was long enough ago): the start page asks the host for its progress review and leads to the plan.
  await page.goto('/');
  const reviewTask = page.locator('[data-kind="WRITE_PROGRESS_REVIEW"]').filter({ hasText: 'Utrecht' });
  await expect(reviewTask).toHaveCount(1);
  await reviewTask.getByRole('link', { name: 'Schrijf het voortgangsgesprek over Utrecht en werk het verbeterplan bij' }).click();
  await expectPage(page, 'Verbeterplan Utrecht');
  // The host writes where Utrecht stands now and submits it.
  await expect(page.getByRole('heading', { level: 2, name: 'Voortgangsgesprekken' })).toBeVisible();
  await page.locator('#progress-6-foto').fill('De wachtlijst voor huishoudelijke hulp is met een derde geslonken.');
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
  await expect(page.getByText('De wachtlijst voor huishoudelijke hulp is met een derde geslonken.')).toBeVisible();
  await expect(page.getByText(/Wachtlijstcijfers maandelijks in het MT bespreken/)).toBeVisible();

  // Utrecht invites the team back for a follow-up conversation (terugkomgesprek), a visit of its own.
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

  // A reviewer of the visit reads the shared plan and comments on the action.
  await page.context().clearCookies();
  await signIn(page, 'reviewer@kijkje.test');
  await inDemoNetwork(page);
  await page.goto('/bezoeken');
  await expect(page.getByRole('link', { name: 'Terugkomgesprek bij Utrecht' })).toBeVisible();
  await page.goto(`/bezoeken/${visitId}/verbeterplan`);
  await expectPage(page, 'Verbeterplan Utrecht');
  await page.getByLabel('Reageer op ‘Wachtlijstcijfers maandelijks in het MT bespreken’').fill('Neem ook de wachttijd per wijk mee.');
  await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await expect(page.getByRole('list', { name: 'Reacties op ‘Wachtlijstcijfers maandelijks in het MT bespreken’' })).toContainText(
    'Neem ook de wachttijd per wijk mee.',
  );
  await expect(page.getByRole('button', { name: /Status wijzigen/ })).toHaveCount(0);
  await expect(page.getByText('De wachtlijst voor huishoudelijke hulp is met een derde geslonken.')).toBeVisible();

  // The coordinator sees how far the plan is, not what it says.
  await page.context().clearCookies();
  await signIn(page, DEMO.coordinator);
  await inDemoNetwork(page);
  await page.goto(`/bezoeken/${visitId}/verbeterplan`);
  await expectPage(page, 'Verbeterplan Utrecht');
  const figures = page.getByRole('table', { name: /Voortgang van het verbeterplan/ });
  await expect(figures.getByRole('row', { name: /Bezig/ })).toContainText('1');
  await expect(page.getByText('de inhoud deelt de gastgemeente (nog) niet met u')).toBeVisible();
  await expect(page.getByText('Wachtlijstcijfers maandelijks')).toHaveCount(0);

  // And Utrecht's timeline in figures: the review is in, its text is Utrecht's own.
  await page.goto('/netwerk/organisaties');
  await page.getByRole('link', { name: 'Utrecht', exact: true }).click();
  await expectPage(page, 'Tijdlijn van Utrecht');
  await expect(page.getByText(/Na 6 maanden/).first()).toBeVisible();
  await expect(page.getByText('De wachtlijst voor huishoudelijke hulp is met een derde geslonken.')).toHaveCount(0);
  await expect(page.getByText('Wachtlijstcijfers maandelijks')).toHaveCount(0);
});
