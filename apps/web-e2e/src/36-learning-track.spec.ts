import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { DEMO, expectPage, inDemoNetwork, signIn, unique } from './support/app';
import { withDatabase } from './support/database';

test.use({ actionTimeout: 15_000 });

const FACILITATOR = { email: 'begeleider@kijkje.test', name: 'Bo Begeleider' };

async function person(browser: Browser, email: string, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 } } : {});
  const page = await context.newPage();
  await signIn(page, email);
  await inDemoNetwork(page);
  return page;
}

test('a coordinator sets up a learning track, a member is accepted and puts the kick-off in their calendar, the facilitator moves it and holds it with theme tables where the member takes a seat, the member shares a case entry, the facilitator gives feedback, a peer reads a case but takes no portfolio, the facilitator finds no peer review and runs the work meeting they are assigned to', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = unique('Veranderlab');
  const [coordinator, member, facilitator] = await Promise.all([
    person(browser, DEMO.coordinator),
    person(browser, DEMO.member, true),
    person(browser, FACILITATOR.email),
  ]);
  const memberName = await withDatabase(async (db) => (await db.query(`SELECT name FROM app_user WHERE email = $1`, [DEMO.member])).rows[0].name as string);

  // The coordinator creates the track, assigns the facilitator, plans the kick-off and opens it.
  await coordinator.goto('/leergangen');
  await expectPage(coordinator, 'Leergangen');
  await coordinator.getByLabel('Titel', { exact: true }).fill(title);
  await coordinator.getByLabel('Aantal deelnemers', { exact: true }).fill('12');
  await coordinator.getByRole('button', { name: 'Leergang aanmaken', exact: true }).click();
  await expectPage(coordinator, title);
  await coordinator.getByLabel('Begeleider', { exact: true }).selectOption({ label: FACILITATOR.name });
  await coordinator.getByRole('button', { name: 'Begeleider toewijzen', exact: true }).click();
  await expect(coordinator.getByRole('region', { name: 'Begeleiders', exact: true })).toContainText(FACILITATOR.name);
  await coordinator.getByLabel('Soort bijeenkomst', { exact: true }).selectOption({ label: 'Startbijeenkomst' });
  await coordinator.getByLabel('Titel', { exact: true }).fill('Startbijeenkomst');
  await coordinator.getByLabel('Dag (JJJJ-MM-DD)', { exact: true }).fill('2099-06-11');
  await coordinator.getByRole('button', { name: 'Bijeenkomst toevoegen', exact: true }).click();
  await expect(coordinator.getByRole('region', { name: 'Programma', exact: true })).toContainText('Startbijeenkomst · ');
  await coordinator.getByRole('button', { name: 'Openen voor aanmelding', exact: true }).click();
  await expect(coordinator.getByText('Open voor aanmelding', { exact: true })).toBeVisible();
  const trackId = coordinator.url().split('/').pop()!;

  // A member applies from a phone.
  await member.goto(`/leergangen/${trackId}`);
  await expectPage(member, title);
  await member.getByRole('button', { name: 'Aanmelden voor deze leergang', exact: true }).click();
  await expect(member.getByText('Aangemeld, wacht op een besluit')).toBeVisible();

  // The facilitator accepts the member.
  await facilitator.goto(`/leergangen/${trackId}`);
  await expectPage(facilitator, title);
  await facilitator.getByRole('button', { name: `${memberName} toelaten`, exact: true }).click();
  await expect(facilitator.getByRole('link', { name: `Casus van ${memberName}`, exact: true })).toBeVisible();

  // The member, now a participant, puts the kick-off in their calendar: a valid calendar file of that session, in Dutch time.
  await member.reload();
  const [file] = await Promise.all([
    member.waitForEvent('download'),
    member.getByRole('link', { name: 'Zet in uw agenda: Startbijeenkomst', exact: true }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('kijkje-leergang-bijeenkomst.ics');
  const calendar = new ICAL.Component(ICAL.parse(await readFile(await file.path(), 'utf8')));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  expect(String(events[0].getFirstPropertyValue('uid'))).toMatch(/^leergang-bijeenkomst-[0-9a-f-]{36}@kijkje$/);
  expect(events[0].getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
  expect(String(events[0].getFirstPropertyValue('dtstart'))).toBe('2099-06-11T13:30:00');
  expect(String(events[0].getFirstPropertyValue('summary'))).toBe(`Kijkje: Startbijeenkomst (${title})`);

  // The facilitator moves the kick-off half an hour; the schedule shows the new time (calendars that have it get the update by mail).
  await facilitator.getByText('Startbijeenkomst wijzigen', { exact: true }).click();
  const edit = facilitator.locator('details', { hasText: 'Startbijeenkomst wijzigen' });
  await edit.getByLabel('Begintijd (UU:MM)', { exact: true }).fill('14:00');
  await edit.getByRole('button', { name: 'Wijziging opslaan', exact: true }).click();
  await expect(edit.getByText('De bijeenkomst is opgeslagen.')).toBeVisible();
  await expect(facilitator.getByRole('region', { name: 'Programma', exact: true })).toContainText('14:00');

  // The facilitator holds the kick-off with theme tables: its meeting's page, of the track, where they set out a table.
  await facilitator.getByRole('button', { name: 'Sessie met thematafels houden: Startbijeenkomst', exact: true }).click();
  await expectPage(facilitator, 'Startbijeenkomst');
  await expect(facilitator.locator('#main')).toContainText(title);
  await facilitator.getByLabel('Naam van de tafel', { exact: true }).fill('Sturing en ruimte');
  await facilitator.getByRole('button', { name: 'Tafel toevoegen', exact: true }).click();
  await expect(facilitator.getByRole('link', { name: 'Naar de tafel Sturing en ruimte', exact: true })).toBeVisible();
  const sessionMeeting = facilitator.url().split('/').pop()!;
  // The participant goes from the schedule to the tables on their phone and takes a seat; nobody else of the network finds it.
  await member.reload();
  await member.getByRole('link', { name: 'Naar de thematafels van Startbijeenkomst', exact: true }).click();
  await expectPage(member, 'Startbijeenkomst');
  await member.getByRole('button', { name: 'Aan tafel Sturing en ruimte', exact: true }).click();
  await expect(member.getByText('Uw tafel: Sturing en ruimte')).toBeVisible();
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const outsider = await person(browser, 'arnhem@kijkje.test');
  await outsider.goto(`/bijeenkomsten/${sessionMeeting}`);
  await expect(outsider.locator('#main')).toContainText('Dit is niet (meer) te vinden.');
  await outsider.context().close();
  await facilitator.goto(`/leergangen/${trackId}`);
  await expectPage(facilitator, title);
  await member.goto(`/leergangen/${trackId}`);

  // The member writes their case and an entry, shared with their feedback group.
  await member.reload();
  await member.getByRole('link', { name: 'Naar mijn casus', exact: true }).click();
  await expectPage(member, 'Mijn casus');
  await member.getByLabel('Uw stuurvraag', { exact: true }).fill('Hoe geef ik het wijkteam ruimte en houd ik zicht op de resultaten?');
  await member.getByLabel('Mijn feedbackgroep mag mijn casus lezen', { exact: true }).check();
  await member.getByRole('button', { name: 'Casus opslaan', exact: true }).click();
  await expect(member.getByText('Uw casus is opgeslagen.')).toBeVisible();
  await member.getByLabel('Nieuwe aantekening', { exact: true }).fill('Na de startbijeenkomst: minder regels, meer gesprek.');
  await member.getByRole('button', { name: 'Aantekening toevoegen', exact: true }).click();
  await expect(member.getByRole('region', { name: 'Logboek', exact: true })).toContainText('Na de startbijeenkomst: minder regels, meer gesprek.');
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The facilitator reads the case and leaves feedback for the kick-off; the member reads it.
  await facilitator.getByRole('link', { name: `Casus van ${memberName}`, exact: true }).click();
  await expectPage(facilitator, `Casus van ${memberName}`);
  await expect(facilitator.getByText('Na de startbijeenkomst: minder regels, meer gesprek.')).toBeVisible();
  await facilitator.getByLabel('Uw feedback', { exact: true }).fill('Maak de vraag kleiner: welk besluit wil het wijkteam zelf nemen?');
  await facilitator.getByRole('button', { name: 'Feedback plaatsen', exact: true }).click();
  await expect(facilitator.getByText('Uw feedback is geplaatst.')).toBeVisible();
  await member.reload();
  await expect(member.getByRole('region', { name: 'Feedback', exact: true })).toContainText('Maak de vraag kleiner');
  await expect(member.getByRole('region', { name: 'Feedback', exact: true })).toContainText(`Van ${FACILITATOR.name}`);

  // The portfolio is the participant's and the facilitators' to take away: both are offered the download. A peer of the demo
  // track's group A reads Lieke Lid's shared case, but is offered no copy, and the file is not found for them.
  await expect(facilitator.getByRole('region', { name: 'Portfolio downloaden', exact: true })).toBeVisible();
  await expect(member.getByRole('region', { name: 'Portfolio downloaden', exact: true })).toBeVisible();
  const demoCase = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT p.track_id AS "trackId", p.id FROM track_participant p JOIN track t ON t.id = p.track_id JOIN app_user u ON u.id = p.user_id
            WHERE t.title = 'Veranderlab Sturing Sociaal Domein' AND u.email = $1`,
          [DEMO.member],
        )
      ).rows[0] as { trackId: string; id: string },
  );
  const peer = await person(browser, 'arnhem@kijkje.test');
  await peer.goto(`/leergangen/${demoCase.trackId}/casus/${demoCase.id}`);
  await expectPage(peer, `Casus van ${memberName}`);
  await expect(peer.getByRole('region', { name: 'Logboek', exact: true })).toContainText('tellen én vertellen');
  await expect(peer.getByRole('region', { name: 'Portfolio downloaden', exact: true })).toHaveCount(0);
  expect((await peer.request.get(`/export/portfolio/${demoCase.id}/md`)).status()).toBe(404);
  await peer.context().close();

  // The facilitator finds nothing of the peer review: no menu item, and a visit's pages are not found.
  await expect(facilitator.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bezoeken' })).toHaveCount(0);
  const visitId = await withDatabase(async (db) => (await db.query(`SELECT id FROM visit WHERE status = 'REPORT_FINAL' LIMIT 1`)).rows[0].id as string);
  for (const path of [`/bezoeken/${visitId}`, `/bezoeken/${visitId}/bevindingen`]) {
    await facilitator.goto(path);
    await expect(facilitator.getByRole('heading', { level: 1 })).toHaveText('Er ging iets mis');
    await expect(facilitator.locator('#main')).toContainText('Niet gevonden.');
    await expect(facilitator.locator('#main')).not.toContainText('Bevinding');
  }

  // The coordinator has the facilitator run a new work meeting; the facilitator finds it on their start page and opens it.
  const meetingTitle = unique('Werkbijeenkomst met begeleiding');
  await coordinator.goto('/bijeenkomsten');
  await expectPage(coordinator, 'Werkbijeenkomsten');
  await coordinator.getByLabel('Titel', { exact: true }).fill(meetingTitle);
  await coordinator.getByLabel('Dag (JJJJ-MM-DD)', { exact: true }).fill('2099-06-18');
  await coordinator.getByRole('button', { name: 'Bijeenkomst aanmaken', exact: true }).click();
  await expectPage(coordinator, meetingTitle);
  await coordinator.getByLabel('Begeleider', { exact: true }).selectOption({ label: FACILITATOR.name });
  await coordinator.getByRole('button', { name: 'Begeleider toewijzen', exact: true }).click();
  await expect(coordinator.getByRole('region', { name: 'Begeleiders', exact: true })).toContainText(FACILITATOR.name);
  await facilitator.goto('/');
  await expectPage(facilitator, 'Welkom bij Kijkje');
  await facilitator.getByRole('region', { name: 'Wat u begeleidt', exact: true }).getByRole('link', { name: meetingTitle, exact: true }).click();
  await expectPage(facilitator, meetingTitle);
  await expect(facilitator.getByText('U begeleidt deze bijeenkomst', { exact: false })).toBeVisible();
  // They organise it (not who else runs it: that is the coordinator's choice).
  await expect(facilitator.getByRole('region', { name: 'Begeleiders', exact: true })).toHaveCount(0);
  await facilitator.getByRole('button', { name: 'Openen voor aanmelding', exact: true }).click();
  await expect(facilitator.getByText('Open voor aanmelding').first()).toBeVisible();
});
