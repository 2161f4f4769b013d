import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO, expectPage, signIn, unique, inDemoNetwork } from './support/app';

/** Activates a control by keyboard: focus it, then Enter, as someone without a mouse would. */
async function pressEnter(page: Page, name: string | RegExp, scope = page.locator('body')): Promise<void> {
  const button = scope.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await page.keyboard.press('Enter');
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
}

test('a coordinator shapes a programme: own themes, an edited framework seen back after reload, and a stale tab told to reload', async ({ browser }) => {
  // A long journey with axe on every state: give it room on a busy machine.
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.coordinator);
  await inDemoNetwork(page);

  // Creating: the five default themes are offered; one goes, an own theme comes, and moves up.
  await page.goto('/programmas');
  await expectPage(page, "Programma's");
  const name = unique('Eigen thema');
  await page.getByLabel('Naam', { exact: true }).fill(name);
  await page.getByLabel('Aantal plaatsen').fill('10');
  const themes = page.getByRole('group', { name: "Thema's" });
  for (const [i, theme] of ['Wmo', 'Jeugd', 'Participatie', 'Informatievoorziening', 'Financiële beheersbaarheid'].entries()) {
    await expect(themes.getByLabel(`Thema ${i + 1}`, { exact: true })).toHaveValue(theme);
  }
  await pressEnter(page, 'Verwijderen (Informatievoorziening)');
  await expect(page.getByText('Thema Informatievoorziening is verwijderd.')).toBeAttached();
  await expect(themes.getByLabel('Thema 4', { exact: true })).toBeFocused();
  await pressEnter(page, 'Thema toevoegen');
  await expect(themes.getByLabel('Thema 5', { exact: true })).toBeFocused();
  // A theme without a name is caught before anything is sent.
  await page.getByRole('button', { name: 'Programma aanmaken' }).click();
  await expect(themes.getByText('Vul de naam van het thema in, of verwijder het.')).toBeVisible();
  await expectNoAxeViolations(page, 'create form with a theme without a name');
  await themes.getByLabel('Thema 5', { exact: true }).fill('Wonen en zorg');
  await pressEnter(page, 'Omhoog (Wonen en zorg)');
  await expect(themes.getByLabel('Thema 4', { exact: true })).toHaveValue('Wonen en zorg');
  await expect(page.getByRole('button', { name: 'Omhoog (Wonen en zorg)' })).toBeFocused();
  await expect(page.getByText('Wonen en zorg staat nu op plaats 4 van 5.')).toBeAttached();
  await expectNoAxeViolations(page, 'create form with edited themes');
  await page.getByRole('button', { name: 'Programma aanmaken' }).click();
  await expectPage(page, name);
  await expect(page.getByText('Wmo, Jeugd, Participatie, Wonen en zorg, Financiële beheersbaarheid')).toBeVisible();

  // Editing the framework: a new theme has the three standard questions; reword one, add one.
  await page.getByRole('link', { name: 'Programma bewerken' }).click();
  await expectPage(page, 'Programma bewerken');
  const editPath = new URL(page.url()).pathname;
  const wonen = page.getByRole('region', { name: 'Thema: Wonen en zorg' });
  await expect(wonen.getByLabel('Vraag in het Nederlands')).toHaveCount(3);
  await expect(wonen.getByLabel('Vraag in het Nederlands').first()).toHaveValue('Wat gaat goed?');
  const wmo = page.getByRole('region', { name: 'Thema: Wmo' });
  await wmo.getByLabel('Vraag in het Nederlands').first().fill('Wat gaat goed in de Wmo?');
  await wmo.getByLabel('Vraag in het Engels').first().fill('What goes well in the Wmo?');
  const general = page.getByRole('region', { name: 'Algemeen deel' });
  await pressEnter(page, 'Vraag toevoegen aan Algemeen deel', general);
  const added = general.getByRole('group', { name: 'Vraag 3 (Algemeen deel)' });
  await expect(added.getByLabel('Vraag in het Nederlands')).toBeFocused();
  await page.keyboard.type('Wat wilt u de reviewers vooraf meegeven?');
  await added.getByLabel('Toelichting in het Nederlands (niet verplicht)').fill('Bijvoorbeeld een recente raadsbrief.');

  // Without the English text the question is not saved; the message sits at the field and in the summary.
  await save(page);
  const summaryLink = page.getByRole('link', { name: 'Algemeen deel, Vraag 3, Vraag in het Engels: Vul de vraag in.' });
  await expect(summaryLink).toBeVisible();
  await expect(added.getByLabel('Vraag in het Engels')).toHaveAttribute('aria-invalid', 'true');
  await expect(added.getByText('Vul de vraag in.')).toBeVisible();
  await expectNoAxeViolations(page, 'framework editor with a missing English question');
  await summaryLink.click();
  await expect(added.getByLabel('Vraag in het Engels')).toBeFocused();
  await page.keyboard.type('What would you like the reviewers to know beforehand?');

  // A question removed by keyboard: focus moves to the next question.
  await pressEnter(page, 'Vraag verwijderen (vraag 3 van Thema: Wonen en zorg)', wonen);
  await expect(wonen.getByLabel('Vraag in het Nederlands')).toHaveCount(2);
  // The progress reviews come at moments the programme chooses: a moment past three years is refused at the field.
  const moments = page.getByLabel('Voortgangsgesprekken, maanden na het bezoek');
  await expect(moments).toHaveValue('6, 12');
  await moments.fill('9, 40');
  await save(page);
  await expect(page.getByText(/Kies één tot vier momenten/).first()).toBeVisible();
  await moments.fill('9, 3');
  await save(page);
  await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  await expectNoAxeViolations(page, 'programme saved');

  // After a reload it is all still there.
  await page.reload();
  await expectPage(page, 'Programma bewerken');
  await expect(wmo.getByLabel('Vraag in het Nederlands').first()).toHaveValue('Wat gaat goed in de Wmo?');
  await expect(general.getByLabel('Vraag in het Nederlands').nth(2)).toHaveValue('Wat wilt u de reviewers vooraf meegeven?');
  await expect(general.getByLabel('Vraag in het Engels').nth(2)).toHaveValue('What would you like the reviewers to know beforehand?');
  await expect(general.getByLabel('Toelichting in het Nederlands (niet verplicht)').nth(2)).toHaveValue('Bijvoorbeeld een recente raadsbrief.');
  await expect(wonen.getByLabel('Vraag in het Nederlands')).toHaveCount(2);
  await expect(moments).toHaveValue('3, 9');

  // Two tabs: the first saves, the second (still at the old version) is told and can reload.
  const other = await context.newPage();
  await other.goto(editPath);
  await expectPage(other, 'Programma bewerken');
  await page.getByLabel('Naam', { exact: true }).fill(`${name} (herzien)`);
  await save(page);
  await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  await other.getByLabel('Beschrijving').fill('Vanuit het tweede tabblad');
  await save(other);
  await expect(other.getByText(/Een andere coördinator heeft dit programma intussen gewijzigd/)).toBeVisible();
  await expectNoAxeViolations(other, 'edit conflict');
  await pressEnter(other, 'Nieuwste versie laden');
  await expect(other.getByText('De nieuwste versie is geladen.')).toBeVisible();
  await expect(other.getByLabel('Naam', { exact: true })).toHaveValue(`${name} (herzien)`);
  await expect(other.getByLabel('Beschrijving')).toHaveValue('');
  await expectNoAxeViolations(other, 'latest version loaded after a conflict');
  await context.close();
});

test('the guards show on the edit page: a theme in use stays, and a running programme keeps its framework', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.coordinator);
  await inDemoNetwork(page);

  // The open demo programme has applications for Wmo: removing it is refused, with the reason.
  await page.goto('/programmas');
  await page.getByRole('link', { name: 'Sturen met Kwaliteit 2026' }).click();
  await expectPage(page, 'Sturen met Kwaliteit 2026');
  await page.getByRole('link', { name: 'Programma bewerken' }).click();
  await expectPage(page, 'Programma bewerken');
  await pressEnter(page, 'Verwijderen (Wmo)');
  await save(page);
  await expect(page.getByText(/Het thema "Wmo" kan niet worden verwijderd: het wordt al gebruikt in \d+ aanmeldingen/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'theme in use');

  // The running demo programme: only name and description, and a notice why.
  await page.goto('/programmas');
  await page.getByRole('link', { name: 'Kijkje in de keuken 2026 – voorjaar' }).click();
  await page.getByRole('link', { name: 'Programma bewerken' }).click();
  await expectPage(page, 'Programma bewerken');
  await expect(page.getByText(/Alleen de naam, de beschrijving en de termijnen kunnen nog worden aangepast/)).toBeVisible();
  await expect(page.getByRole('group', { name: "Thema's van het programma" })).toHaveCount(0);
  await expect(page.getByLabel('Aantal plaatsen')).toHaveCount(0);
  await save(page);
  await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  await expectNoAxeViolations(page, 'running programme edit page');

  // English on request.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit programme');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await context.close();
});

test('members have no edit page', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.member);
  await inDemoNetwork(page);
  await page.goto('/programmas');
  await page.getByRole('link', { name: 'Sturen met Kwaliteit 2026' }).click();
  await expectPage(page, 'Sturen met Kwaliteit 2026');
  await expect(page.getByRole('link', { name: 'Programma bewerken' })).toHaveCount(0);
  await page.goto(`${new URL(page.url()).pathname}/bewerken`);
  await expectPage(page, 'Programma bewerken');
  await expect(page.getByText('U heeft geen toegang tot deze pagina.')).toBeVisible();
  await context.close();
});
