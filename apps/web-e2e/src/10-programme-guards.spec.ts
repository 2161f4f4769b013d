import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO, expectPage, signIn, unique, inDemoNetwork } from './support/app';

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(size.scroll, `page scrolls sideways: ${JSON.stringify(size)}`).toBeLessThanOrEqual(size.client);
}

async function createProgramme(page: Page, name: string, places: string): Promise<string> {
  await page.goto('/programmas');
  await expectPage(page, "Programma's");
  await page.getByLabel('Naam', { exact: true }).fill(name);
  await page.getByLabel('Aantal plaatsen').fill(places);
  await page.getByRole('button', { name: 'Programma aanmaken' }).click();
  await expectPage(page, name);
  return new URL(page.url()).pathname;
}

test('opening sign-ups is guarded: too few places and a stale tab show their messages', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.coordinator);
  await inDemoNetwork(page);

  // The browser checks the form first.
  await page.goto('/programmas');
  await expectPage(page, "Programma's");
  await page.getByLabel('Aantal plaatsen').fill('0');
  await page.getByRole('button', { name: 'Programma aanmaken' }).click();
  await expect(page.getByText('Vul dit veld in.')).toBeVisible();
  await expect(page.getByText(/minstens 4 plaatsen/)).toBeVisible();
  await expectNoAxeViolations(page, 'programme form with errors');

  // Two places do not fill a round: the form says so at once, where the number is typed, and nothing is created.
  const tooSmall = unique('Te klein');
  await page.getByLabel('Naam', { exact: true }).fill(tooSmall);
  await page.getByLabel('Aantal plaatsen').fill('2');
  await page.getByRole('button', { name: 'Programma aanmaken' }).click();
  await expect(page.getByText(/minstens 4 plaatsen/)).toBeVisible();
  await expectPage(page, "Programma's");
  await expect(page.getByRole('link', { name: tooSmall })).toHaveCount(0);

  // A second tab still shows the draft: its repeated step is refused with the reason.
  const path = await createProgramme(page, unique('Twee tabbladen'), '10');
  const other = await context.newPage();
  await other.goto(path);
  await expect(other.getByRole('button', { name: 'Aanmeldingen openen' })).toBeVisible();
  await page.getByRole('button', { name: 'Aanmeldingen openen' }).click();
  await expect(page.getByTestId('programme-status')).toHaveText('Open voor aanmelding');
  await other.getByRole('button', { name: 'Aanmeldingen openen' }).click();
  await expect(other.getByText(/Deze stap is niet mogelijk/)).toBeVisible();
  await expect(other.getByText('Controleer de gemarkeerde velden.')).toHaveCount(0);
  await expectNoAxeViolations(other, 'programme status conflict');
  await context.close();
});

test('members see programmes and their own application at 320 px, and cannot compose rounds', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await signIn(page, DEMO.member);
  await inDemoNetwork(page);
  await page.goto('/programmas');
  await expectPage(page, "Programma's");
  await expect(page.getByRole('heading', { name: 'Programma aanmaken' })).toHaveCount(0);
  await expectNoHorizontalScroll(page);

  // The demo programme is full; Utrecht's own application is there, with its status.
  await page.getByRole('link', { name: 'Sturen met Kwaliteit 2026' }).click();
  await expectPage(page, 'Sturen met Kwaliteit 2026');
  await expect(page.getByRole('heading', { name: 'Aanmelding van Utrecht' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aanmeldingen', exact: true })).toHaveCount(0);
  await expectNoHorizontalScroll(page);

  // English on request.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Application of Utrecht' })).toBeVisible();
  await page.getByRole('button', { name: 'Nederlands' }).click();

  const path = new URL(page.url()).pathname;
  await page.goto(`${path}/samenstellen`);
  await expectPage(page, 'Rondes samenstellen');
  await expect(page.getByText('U heeft geen toegang tot deze pagina.')).toBeVisible();
  await context.close();
});

test('declining an application and closing a programme ask first, naming what will happen', async ({ browser }) => {
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, DEMO.coordinator);
  await inDemoNetwork(coordinator);
  const name = unique('Afronden');
  const path = await createProgramme(coordinator, name, '4');
  await coordinator.getByRole('button', { name: 'Aanmeldingen openen' }).click();
  await expect(coordinator.getByTestId('programme-status')).toHaveText('Open voor aanmelding');

  // Utrecht signs up and gets a place.
  const utrechtContext = await browser.newContext();
  const utrecht = await utrechtContext.newPage();
  await signIn(utrecht, DEMO.member);
  await inDemoNetwork(utrecht);
  await utrecht.goto(path);
  await expectPage(utrecht, name);
  await utrecht.getByLabel('Reviewvraag').fill('Hoe houden wij de toegang tot de jeugdhulp eenvoudig?');
  await utrecht.getByRole('checkbox', { name: 'Jeugd' }).check();
  await utrecht.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(utrecht.getByTestId('application-status')).toHaveText('Status van uw aanmelding: Geaccepteerd.');

  // Declining names the municipality and what becomes of its place; the cancel button changes nothing.
  await coordinator.reload();
  await expectPage(coordinator, name);
  const accepted = coordinator.getByRole('table', { name: 'Geaccepteerd' });
  // The board shows what each municipality wants reviewed.
  await expect(accepted.getByRole('columnheader', { name: 'Reviewvraag' })).toBeVisible();
  await expect(
    accepted.getByRole('row', { name: /Utrecht/ }).getByRole('cell', { name: 'Hoe houden wij de toegang tot de jeugdhulp eenvoudig?', exact: true }),
  ).toBeVisible();
  const declineButton = accepted.getByRole('button', { name: 'Afwijzen Utrecht' });
  await declineButton.click();
  const decline = coordinator.getByRole('alertdialog', { name: 'Aanmelding van Utrecht afwijzen?' });
  await expect(decline).toContainText(`Utrecht doet daarna niet meer mee aan ${name}.`);
  await expect(decline).toContainText('Er staat niemand op de wachtlijst: de plaats komt vrij voor een nieuwe aanmelding.');
  await expect(decline.getByRole('button', { name: 'Nee, niet afwijzen' })).toBeFocused();
  await expectNoAxeViolations(coordinator, 'decline dialog');
  await decline.getByRole('button', { name: 'Nee, niet afwijzen' }).click();
  await expect(decline).toBeHidden();
  await expect(declineButton).toBeFocused();
  await utrecht.reload();
  await expect(utrecht.getByTestId('application-status')).toHaveText('Status van uw aanmelding: Geaccepteerd.');

  // Nothing is declined until the dialog's confirm button: the first click only asks.
  await declineButton.click();
  await expect(decline).toBeVisible();
  await expect(coordinator.getByText('De aanmelding van Utrecht is afgewezen.')).toHaveCount(0);
  await decline.getByRole('button', { name: 'Ja, wijs Utrecht af' }).click();
  await expect(decline).toBeHidden();
  await expect(coordinator.getByText('De aanmelding van Utrecht is afgewezen.')).toBeVisible();
  await expect(coordinator.getByRole('table', { name: 'Afgewezen en ingetrokken' }).getByRole('cell', { name: 'Utrecht', exact: true })).toBeVisible();
  await utrecht.reload();
  await expect(utrecht.getByTestId('application-status')).toHaveText('Status van uw aanmelding: Afgewezen.');
  await expect(utrecht.getByRole('button', { name: 'Aanmelding intrekken' })).toHaveCount(0);
  await utrechtContext.close();

  // Closing is the last step: the dialog says so; Escape leaves the programme running.
  await coordinator.getByRole('button', { name: 'Programma starten' }).click();
  await expect(coordinator.getByTestId('programme-status')).toHaveText('Lopend');
  const closeButton = coordinator.getByRole('button', { name: 'Programma afsluiten' });
  await closeButton.click();
  const close = coordinator.getByRole('alertdialog', { name: `Programma ${name} afsluiten?` });
  await expect(close).toContainText('een afgesloten programma kan niet meer worden heropend of opnieuw gestart.');
  await expect(close).toContainText('Van het programma kunt u daarna alleen nog de naam en de beschrijving aanpassen.');
  await expect(close.getByRole('button', { name: 'Nee, niet afsluiten' })).toBeFocused();
  await expectNoAxeViolations(coordinator, 'close programme dialog');
  await coordinator.keyboard.press('Escape');
  await expect(close).toBeHidden();
  await expect(closeButton).toBeFocused();
  await coordinator.reload();
  await expectPage(coordinator, name);
  await expect(coordinator.getByTestId('programme-status')).toHaveText('Lopend');

  await closeButton.click();
  await close.getByRole('button', { name: 'Ja, sluit het programma af' }).click();
  await expect(close).toBeHidden();
  await expect(coordinator.getByTestId('programme-status')).toHaveText('Afgesloten');
  await expect(coordinator.getByText('De status is nu: Afgesloten.')).toBeVisible();
  // From today, its visit material is kept for the network's retention (5 years unless the coordinator chose otherwise).
  await expect(coordinator.getByTestId('programme-retention')).toHaveText(
    new RegExp(`^Bezoekmateriaal wordt bewaard tot \\d{1,2} \\p{L}+ ${new Date().getFullYear() + 5}\\.$`, 'u'),
  );
  await expect(coordinator.getByRole('button', { name: 'Programma afsluiten' })).toHaveCount(0);
  await expectNoAxeViolations(coordinator, 'programme closed');
  await coordinatorContext.close();
});

test('a running programme’s composition: one started round, no grouping to adopt, its warnings in one note', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.coordinator);
  await inDemoNetwork(page);
  await page.goto('/programmas');
  await expectPage(page, "Programma's");
  await page.getByRole('link', { name: 'Kijkje in de keuken 2026 – voorjaar' }).click();
  await expectPage(page, 'Kijkje in de keuken 2026 – voorjaar');
  await page.getByRole('link', { name: 'Rondes samenstellen' }).click();
  await expectPage(page, 'Rondes samenstellen');

  // One round, counted in the singular; it has started, so no grouping is offered to adopt.
  await expect(page.getByTestId('rounds-count')).toHaveText('Er is 1 ronde.');
  await expect(page.getByTestId('suggestion-closed')).toContainText('Er is al een ronde gestart.');
  await expect(page.getByRole('button', { name: 'Deze indeling overnemen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Ronde starten/ })).toHaveCount(0);

  // Utrecht, Zwolle and Deventer were in a round together before: one note lists each pair, not one alert per pair.
  // (The programme journey may have paired more of these municipalities in its own rounds: those pairs are listed too.)
  const round = page.getByTestId('round');
  await expect(round).toHaveCount(1);
  await expect(round.getByRole('alert')).toHaveCount(1);
  const note = round.getByTestId('round-flags');
  const items = note.getByRole('listitem');
  for (const [a, b] of [
    ['Utrecht', 'Zwolle'],
    ['Utrecht', 'Deventer'],
    ['Zwolle', 'Deventer'],
  ]) {
    await expect(items.filter({ hasText: new RegExp(`^(${a} en ${b}|${b} en ${a}) zaten al eerder samen in een ronde\\.$`) })).toHaveCount(1);
  }
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(note).toContainText(`Let op bij deze ronde (${count} punten):`);
  await expect(items.filter({ hasText: 'zaten al eerder samen in een ronde.' })).toHaveCount(count);
  await expectNoAxeViolations(page, 'composition of a running programme');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('rounds-count')).toHaveText('There is 1 round.');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await context.close();
});
