import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO, DEMO_NETWORK, expectPage, signIn, unique, uniqueEmail } from './support/app';
import { acceptAsNewPerson, NEW_PASSWORD } from './support/journeys';
import { INVITATION_LINK, waitForLink } from './support/outbox';

const REVIEW_QUESTION = 'Hoe houden wij grip op de kosten van de Wmo zonder de bedoeling uit het oog te verliezen?';

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(size.scroll, `page scrolls sideways: ${JSON.stringify(size)}`).toBeLessThanOrEqual(size.client);
}

function menu(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

/** Applies for the programme as the signed-in member and checks the status it ends on. */
async function apply(page: Page, programmePath: string, programmeName: string, expected: string): Promise<void> {
  await page.goto(programmePath);
  await expectPage(page, programmeName);
  await page.getByLabel('Reviewvraag').fill(REVIEW_QUESTION);
  await page.getByRole('checkbox', { name: 'Wmo' }).check();
  await page.getByRole('checkbox', { name: 'Jeugd' }).check();
  await page.getByLabel('Voorkeursperiode').fill('voorjaar 2027');
  await expect(page.getByRole('radio', { name: 'het netwerk' })).toBeChecked();
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page.getByTestId('application-status')).toHaveText(expected);
}

interface Member {
  name: string;
  context: BrowserContext;
  page: Page;
}

async function newMember(browser: Browser, organisation: string, email: string, name: string): Promise<Member> {
  const link = await waitForLink(email, INVITATION_LINK);
  const context = await browser.newContext();
  const page = await context.newPage();
  await acceptAsNewPerson(page, link, name, NEW_PASSWORD, DEMO_NETWORK);
  await expect(page.getByTestId('current-network')).toContainText(organisation);
  return { name: organisation, context, page };
}

test('a programme from sign-up to two started rounds: apply, waitlist, withdraw, promote, compose', async ({ browser }) => {
  test.setTimeout(600_000);

  // The coordinator creates a programme of 10 places and opens sign-ups.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, DEMO.coordinator);
  if (!((await coordinator.getByTestId('current-network').textContent()) ?? '').includes(DEMO_NETWORK)) {
    await coordinator.getByLabel('Netwerk', { exact: true }).selectOption({ label: DEMO_NETWORK });
    await coordinator.getByRole('button', { name: 'Wisselen' }).click();
    await expect(coordinator.getByTestId('current-network')).toContainText(DEMO_NETWORK);
  }
  await menu(coordinator).getByRole('link', { name: "Programma's" }).click();
  await expectPage(coordinator, "Programma's");
  await expect(coordinator.getByRole('link', { name: 'Sturen met Kwaliteit 2026' })).toBeVisible();

  const programmeName = unique('Programma');
  await coordinator.getByLabel('Naam', { exact: true }).fill(programmeName);
  await coordinator.getByLabel('Beschrijving').fill('Twee rondes van vijf gemeenten.');
  await coordinator.getByLabel('Aantal plaatsen').fill('10');
  await coordinator.getByLabel('Standaard delen van resultaten').selectOption({ label: 'Het netwerk' });
  await expectNoAxeViolations(coordinator, 'programme form filled in');
  await coordinator.getByRole('button', { name: 'Programma aanmaken' }).click();
  await expectPage(coordinator, programmeName);
  await expect(coordinator.getByTestId('programme-status')).toHaveText('Concept');
  const programmePath = new URL(coordinator.url()).pathname;
  expect(programmePath).toMatch(/^\/programmas\/[^/]+$/);

  await coordinator.getByRole('button', { name: 'Aanmeldingen openen' }).click();
  await expect(coordinator.getByTestId('programme-status')).toHaveText('Open voor aanmelding');
  await expect(coordinator.getByText('De status is nu: Open voor aanmelding.')).toBeVisible();
  await expectNoAxeViolations(coordinator, 'programme opened');

  // Ten more members, one for each of ten demo municipalities other than Utrecht (whose member is
  // the demo login). The demo network holds more municipalities than that (those of the earlier
  // programme too); any ten of them make the programme full with Utrecht as the eleventh.
  await menu(coordinator).getByRole('link', { name: 'Mensen' }).click();
  await expectPage(coordinator, 'Mensen');
  const candidates = (await coordinator.getByLabel('Organisatie').locator('option').allTextContents())
    .map((label) => label.trim())
    .filter((label) => label !== 'Utrecht' && !label.startsWith('Kies'));
  expect(candidates.length).toBeGreaterThanOrEqual(10);
  const organisations = candidates.slice(0, 10);
  const invited: Array<{ organisation: string; email: string; name: string }> = [];
  for (const organisation of organisations) {
    const email = uniqueEmail('aanmelder');
    const name = `Contact ${organisation}`;
    await coordinator.getByLabel('Naam', { exact: true }).fill(name);
    await coordinator.getByLabel('E-mailadres', { exact: true }).fill(email);
    await coordinator.getByLabel('Rol').selectOption({ label: 'Lid' });
    await coordinator.getByLabel('Organisatie').selectOption({ label: organisation });
    await coordinator.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(coordinator.getByText(`${name} is uitgenodigd.`)).toBeVisible();
    invited.push({ organisation, email, name });
  }

  // Eleven municipalities apply: Utrecht with the demo login, then the ten new members.
  const utrechtContext = await browser.newContext();
  const utrecht = await utrechtContext.newPage();
  await signIn(utrecht, DEMO.member);
  if (!((await utrecht.getByTestId('current-network').textContent()) ?? '').includes(DEMO_NETWORK)) {
    await utrecht.getByLabel('Netwerk', { exact: true }).selectOption({ label: DEMO_NETWORK });
    await utrecht.getByRole('button', { name: 'Wisselen' }).click();
    await expect(utrecht.getByTestId('current-network')).toContainText(DEMO_NETWORK);
  }
  await utrecht.goto(programmePath);
  await expectPage(utrecht, programmeName);
  await expect(utrecht.getByRole('heading', { name: 'Aanmelden voor dit programma' })).toBeVisible();
  await expect(utrecht.getByRole('button', { name: 'Programma starten' })).toHaveCount(0);
  await expectNoAxeViolations(utrecht, 'application form');
  // The browser checks the form before sending.
  await utrecht.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(utrecht.getByText('Vul een reviewvraag in van 10 tot 2000 tekens.')).toBeVisible();
  await expect(utrecht.getByText('Kies minstens één thema.')).toBeVisible();
  await expectNoAxeViolations(utrecht, 'application form with errors');
  await apply(utrecht, programmePath, programmeName, 'Status van uw aanmelding: Geaccepteerd.');
  await expectNoAxeViolations(utrecht, 'application accepted');

  let waitlisted: Member | null = null;
  for (const [index, person] of invited.entries()) {
    const member = await newMember(browser, person.organisation, person.email, person.name);
    const last = index === invited.length - 1;
    await apply(member.page, programmePath, programmeName, last ? 'Status van uw aanmelding: Op de wachtlijst.' : 'Status van uw aanmelding: Geaccepteerd.');
    if (last) {
      waitlisted = member;
    } else {
      await member.context.close();
    }
  }
  if (!waitlisted) throw new Error('no waitlisted member');
  await expect(waitlisted.page.getByText('U staat op plaats 1 van de wachtlijst.')).toBeVisible();
  await expectNoAxeViolations(waitlisted.page, 'application waitlisted');

  // The coordinator's board: ten accepted, one on the waitlist.
  await coordinator.goto(programmePath);
  await expectPage(coordinator, programmeName);
  await expect(coordinator.getByRole('heading', { name: 'Geaccepteerd (10)' })).toBeVisible();
  await expect(coordinator.getByRole('heading', { name: 'Wachtlijst (1)' })).toBeVisible();
  await expect(coordinator.getByRole('table', { name: 'Wachtlijst' }).getByRole('cell', { name: waitlisted.name, exact: true })).toBeVisible();
  // Each row shows the municipality's review question.
  await expect(
    coordinator
      .getByRole('table', { name: 'Geaccepteerd' })
      .getByRole('row', { name: /Utrecht/ })
      .getByRole('cell', { name: REVIEW_QUESTION, exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(coordinator, 'applications board, full');

  // Declining an accepted municipality would give its place to the first on the waitlist: the dialog names both. Cancelled.
  const declineUtrecht = coordinator.getByRole('table', { name: 'Geaccepteerd' }).getByRole('button', { name: 'Afwijzen Utrecht' });
  await declineUtrecht.click();
  const decline = coordinator.getByRole('alertdialog', { name: 'Aanmelding van Utrecht afwijzen?' });
  await expect(decline).toContainText(`Utrecht doet daarna niet meer mee aan ${programmeName}.`);
  await expect(decline.getByTestId('decline-place-goes-to')).toHaveText(`De plaats gaat naar ${waitlisted.name}, de eerste op de wachtlijst.`);
  await expect(decline.getByRole('button', { name: 'Nee, niet afwijzen' })).toBeFocused();
  await expectNoAxeViolations(coordinator, 'decline dialog on a full board');
  await coordinator.keyboard.press('Escape');
  await expect(decline).toBeHidden();
  await expect(declineUtrecht).toBeFocused();
  await expect(coordinator.getByRole('heading', { name: 'Geaccepteerd (10)' })).toBeVisible();

  // Utrecht withdraws, after a dialog that says what it gives up; the waitlisted municipality is promoted.
  const withdrawButton = utrecht.getByRole('button', { name: 'Aanmelding intrekken' });
  await withdrawButton.click();
  const withdraw = utrecht.getByRole('alertdialog', { name: `Aanmelding voor ${programmeName} intrekken?` });
  await expect(withdraw).toContainText(`Utrecht doet daarna niet meer mee aan ${programmeName}.`);
  await expect(withdraw).toContainText('Uw plaats gaat naar de eerste gemeente op de wachtlijst, als daar iemand op staat.');
  await expect(withdraw).toContainText('uw organisatie kan zich daarna niet opnieuw aanmelden');
  await expect(withdraw.getByRole('button', { name: 'Nee, blijf aangemeld' })).toBeFocused();
  await expectNoAxeViolations(utrecht, 'withdraw application dialog');
  await withdraw.getByRole('button', { name: 'Nee, blijf aangemeld' }).click();
  await expect(withdraw).toBeHidden();
  await expect(withdrawButton).toBeFocused();
  await utrecht.reload();
  await expectPage(utrecht, programmeName);
  await expect(utrecht.getByTestId('application-status')).toHaveText('Status van uw aanmelding: Geaccepteerd.');
  await withdrawButton.click();
  await withdraw.getByRole('button', { name: 'Ja, trek de aanmelding in' }).click();
  await expect(withdraw).toBeHidden();
  await expect(utrecht.getByTestId('application-status')).toHaveText('Status van uw aanmelding: Ingetrokken.');
  await expect(utrecht.getByRole('button', { name: 'Aanmelding intrekken' })).toHaveCount(0);
  await expectNoAxeViolations(utrecht, 'application withdrawn');
  await utrechtContext.close();

  await waitlisted.page.reload();
  await expectPage(waitlisted.page, programmeName);
  await expect(waitlisted.page.getByTestId('application-status')).toHaveText('Status van uw aanmelding: Geaccepteerd.');
  await expect(waitlisted.page.getByText(/van de wachtlijst/)).toHaveCount(0);
  await waitlisted.context.close();

  await coordinator.reload();
  await expectPage(coordinator, programmeName);
  await expect(coordinator.getByRole('heading', { name: 'Geaccepteerd (10)' })).toBeVisible();
  await expect(coordinator.getByRole('heading', { name: 'Wachtlijst (0)' })).toBeVisible();
  await expect(coordinator.getByRole('table', { name: 'Afgewezen en ingetrokken' }).getByRole('cell', { name: 'Utrecht', exact: true })).toBeVisible();
  await expectNoAxeViolations(coordinator, 'applications board after the promotion');

  // Composition: adjust the proposed grouping (swap one municipality of each round), adopt it, move one out and back by keyboard, start both.
  await coordinator.getByRole('link', { name: 'Rondes samenstellen' }).click();
  await expectPage(coordinator, 'Rondes samenstellen');
  await expect(coordinator.getByRole('heading', { name: 'Voorgestelde indeling' })).toBeVisible();
  await expect(coordinator.getByTestId('rounds-count')).toHaveText('Er zijn nog geen rondes.');
  await expect(coordinator.getByRole('heading', { name: 'Ronde 1', level: 3 })).toBeVisible();
  await expect(coordinator.getByRole('heading', { name: 'Ronde 2', level: 3 })).toBeVisible();
  await expect(coordinator.getByText('Kijkje stelt 2 rondes voor.')).toBeVisible();
  await expectNoAxeViolations(coordinator, 'composition board with a suggestion');
  // The members of a proposed round: the list named after it (its reasons are lists too).
  const proposed = (name: string) => coordinator.getByTestId('suggested-round').getByRole('list', { name, exact: true }).getByRole('listitem');
  const firstOf = async (name: string) => ((await proposed(name).first().locator('span').first().textContent()) ?? '').trim();
  const toSecond = await firstOf('Ronde 1');
  const toFirst = await firstOf('Ronde 2');
  await proposed('Ronde 1')
    .first()
    .getByRole('combobox', { name: `${toSecond}: In ronde` })
    .selectOption({ label: 'Ronde 2' });
  await expect(proposed('Ronde 1')).toHaveCount(4);
  await expect(proposed('Ronde 2')).toHaveCount(6);
  await expect(coordinator.getByTestId('suggested-round').getByText('6 gemeenten', { exact: true })).toBeVisible();
  await proposed('Ronde 2')
    .filter({ hasText: toFirst })
    .getByRole('combobox', { name: `${toFirst}: In ronde` })
    .selectOption({ label: 'Ronde 1' });
  await expect(proposed('Ronde 1')).toHaveCount(5);
  await expect(proposed('Ronde 2')).toHaveCount(5);
  await expect(proposed('Ronde 1').filter({ hasText: toFirst })).toHaveCount(1);
  await expect(coordinator.getByTestId('suggestion-adjusted')).toHaveText(
    'U heeft 2 gemeenten verplaatst. Bij het overnemen komen die in de rondes die u koos.',
  );
  await coordinator.getByRole('button', { name: 'Deze indeling overnemen' }).click();
  await expect(coordinator.getByText('De indeling is overgenomen.')).toBeVisible();
  const rounds = coordinator.getByTestId('round');
  await expect(rounds).toHaveCount(2);
  await expect(coordinator.getByTestId('rounds-count')).toHaveText('Er zijn 2 rondes.');
  // A round's warnings (earlier pairings among the demo municipalities) come as one note, never a stack of alerts.
  for (const round of [0, 1]) expect(await rounds.nth(round).getByRole('alert').count()).toBeLessThanOrEqual(1);
  await expect(rounds.nth(0).getByTestId('round-members').getByRole('listitem')).toHaveCount(5);
  await expect(rounds.nth(1).getByTestId('round-members').getByRole('listitem')).toHaveCount(5);
  // What was adopted is what was shown: the swapped municipalities are in the rounds chosen for them.
  await expect(rounds.nth(1).getByTestId('round-members').getByRole('listitem').filter({ hasText: toSecond })).toHaveCount(1);
  await expect(rounds.nth(0).getByTestId('round-members').getByRole('listitem').filter({ hasText: toFirst })).toHaveCount(1);
  await expectNoAxeViolations(coordinator, 'composition board with two rounds');

  const firstRound = rounds.nth(0);
  const moved = (await firstRound.getByTestId('round-members').getByRole('listitem').first().locator('span').first().textContent())?.trim() ?? '';
  const move = firstRound.getByRole('combobox', { name: `${moved}: Verplaats naar` });
  await move.focus();
  await move.selectOption({ label: 'uit de ronde' });
  await coordinator.keyboard.press('Tab');
  await expect(firstRound.getByRole('button', { name: `Verplaatsen ${moved}` })).toBeFocused();
  await coordinator.keyboard.press('Enter');
  await expect(firstRound.getByTestId('round-members').getByRole('listitem')).toHaveCount(4);
  const unplaced = coordinator.getByRole('region', { name: 'Nog niet ingedeeld' });
  await expect(unplaced.getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(coordinator, 'composition board with one organisation out of its round');
  const firstRoundName = (await firstRound.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
  await unplaced.getByRole('combobox', { name: `${moved}: Plaats in` }).selectOption({ label: firstRoundName });
  await unplaced.getByRole('button', { name: `Plaatsen ${moved}` }).press('Enter');
  await expect(firstRound.getByTestId('round-members').getByRole('listitem')).toHaveCount(5);
  await expect(unplaced.getByRole('listitem')).toHaveCount(0);

  await coordinator.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(coordinator);
  await coordinator.setViewportSize({ width: 1280, height: 720 });

  // Starting a round locks its composition: the dialog names the round and its municipalities; the first time it is cancelled.
  for (const round of [0, 1]) {
    const card = rounds.nth(round);
    const name = (await card.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
    const members = await card
      .getByTestId('round-members')
      .getByRole('listitem')
      .evaluateAll((items) => items.map((item) => item.querySelector('span')?.textContent?.trim() ?? ''));
    const startButton = card.getByRole('button', { name: `Ronde starten ${name}` });
    await startButton.click();
    const start = coordinator.getByRole('dialog', { name: `${name} starten?` });
    await expect(start).toContainText(`${name} gaat naar ‘In voorbereiding’ met 5 gemeenten: ${members.join(', ')}.`);
    await expect(start).toContainText('De samenstelling ligt daarna vast');
    await expect(start.getByRole('button', { name: 'Nee, nog niet starten' })).toBeFocused();
    if (round === 0) {
      await expectNoAxeViolations(coordinator, 'start round dialog');
      await coordinator.keyboard.press('Escape');
      await expect(start).toBeHidden();
      await expect(startButton).toBeFocused();
      await coordinator.reload();
      await expectPage(coordinator, 'Rondes samenstellen');
      await expect(card.getByText('Status: In samenstelling. Aantal gemeenten: 5.')).toBeVisible();
      await startButton.click();
    }
    await start.getByRole('button', { name: `Ja, start ${name}` }).click();
    await expect(start).toBeHidden();
    await expect(card.getByText(`${name} is gestart.`)).toBeVisible();
    await expect(card.getByText('Status: In voorbereiding. Aantal gemeenten: 5.')).toBeVisible();
  }
  await expect(coordinator.getByRole('button', { name: /^Ronde starten/ })).toHaveCount(0);
  // Once rounds have started, no grouping is offered to adopt.
  await expect(coordinator.getByTestId('suggestion-closed')).toBeVisible();
  await expect(coordinator.getByRole('button', { name: 'Deze indeling overnemen' })).toHaveCount(0);
  await expectNoAxeViolations(coordinator, 'composition board with both rounds started');
  await coordinatorContext.close();
});
