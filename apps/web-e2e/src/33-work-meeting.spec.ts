import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, expectPage, signIn, unique, inDemoNetwork } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { withDatabase } from './support/database';

test.use({ actionTimeout: 15_000 });

async function person(browser: Browser, email: string, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 } } : {});
  const page = await context.newPage();
  await signIn(page, email);
  await inDemoNetwork(page);
  return page;
}

test('a coordinator plans a work meeting, a member posts a card from a phone, the table host marks it, the plenary shows it live; a card typed offline is posted once', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = unique('Werkbijeenkomst');
  const coordinator = await person(browser, DEMO.coordinator);
  await coordinator.goto('/bijeenkomsten');
  await expectPage(coordinator, 'Werkbijeenkomsten');
  await coordinator.getByLabel('Titel', { exact: true }).fill(title);
  await coordinator.getByLabel('Dag (JJJJ-MM-DD)', { exact: true }).fill('2099-06-11');
  await coordinator.getByLabel('Plaats', { exact: true }).fill('Stadhuis Utrecht');
  await coordinator.getByRole('button', { name: 'Bijeenkomst aanmaken', exact: true }).click();
  await expectPage(coordinator, title);
  await coordinator.getByLabel('Naam van de tafel', { exact: true }).fill('Wmo & Jeugd');
  // The table host: a member of the network, picked by the coordinator.
  await coordinator.getByLabel('Tafelvoorzitter van de nieuwe tafel', { exact: true }).selectOption({ label: 'Ruben Reviewer (Deventer)' });
  await coordinator.getByRole('button', { name: 'Tafel toevoegen', exact: true }).click();
  await expect(coordinator.getByText('Tafelvoorzitter: Ruben Reviewer')).toBeVisible();
  await expect(coordinator.getByText('0 van 8 plaatsen')).toBeVisible();
  await coordinator.getByLabel('Onderwerp', { exact: true }).fill('Opening door de wethouder');
  await coordinator.getByRole('button', { name: 'Programmaonderdeel toevoegen', exact: true }).click();
  await expect(coordinator.getByText('13:30 · Opening door de wethouder')).toBeVisible();
  await coordinator.getByRole('button', { name: 'Openen voor aanmelding', exact: true }).click();
  await expect(coordinator.getByText('Open voor aanmelding').first()).toBeVisible();
  const meetingId = coordinator.url().split('/').pop()!;
  const tableId = (await coordinator.getByRole('link', { name: 'Naar de tafel Wmo & Jeugd', exact: true }).getAttribute('href'))!.split('/').pop()!;

  // A member registers and takes a seat from a phone.
  const member = await person(browser, DEMO.member, true);
  await member.goto(`/bijeenkomsten/${meetingId}`);
  await expectPage(member, title);
  await member.getByRole('button', { name: 'Aanmelden voor deze bijeenkomst', exact: true }).click();
  await expect(member.getByText('U bent aangemeld.')).toBeVisible();
  await member.getByRole('button', { name: 'Aan tafel Wmo & Jeugd', exact: true }).click();
  await expect(member.getByText('Uw tafel: Wmo & Jeugd')).toBeVisible();

  // The table host and the plenary are open before the card arrives.
  const host = await person(browser, 'reviewer@kijkje.test');
  await host.goto(`/bijeenkomsten/${meetingId}/tafels/${tableId}`);
  await expectPage(host, 'Tafel Wmo & Jeugd');
  await coordinator.goto(`/bijeenkomsten/${meetingId}/plenair`);
  await expectPage(coordinator, `Opbrengsten van ${title}`);

  await member.goto(`/bijeenkomsten/${meetingId}/tafels/${tableId}`);
  await expectPage(member, 'Tafel Wmo & Jeugd');
  await member.getByLabel('Vraag', { exact: true }).selectOption({ label: 'Wat gaat goed?' });
  await member.getByLabel('Uw kaartje', { exact: true }).fill('Korte lijnen met de wijkteams.');
  await member.getByRole('button', { name: 'Kaartje plaatsen', exact: true }).click();
  await expect(member.getByText('Uw kaartje staat op tafel.')).toBeVisible();
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Live at the table, marked by its host, live on the beamer, without the author's name.
  await expect(host.getByText('Korte lijnen met de wijkteams.')).toBeVisible({ timeout: 10_000 });
  await host.getByRole('button', { name: 'Markeer als opbrengst', exact: true }).click();
  await expect(coordinator.getByText('Korte lijnen met de wijkteams.')).toBeVisible({ timeout: 10_000 });
  const memberName = await withDatabase(async (db) => (await db.query(`SELECT name FROM app_user WHERE email = $1`, [DEMO.member])).rows[0].name as string);
  await expect(coordinator.locator('#main')).not.toContainText(memberName);

  // A flaky network (REL-08): a card typed offline waits on the phone, survives a reload, and is
  // posted exactly once, even when the answer to a send that reached the server is lost.
  const offline = unique('Offline getypt: de wachttijd voor beschermd wonen');
  const waiting = member.getByTestId('waiting-cards');
  await member.context().setOffline(true);
  await expect(member.getByRole('status').filter({ hasText: 'U bent offline. Nieuwe kaartjes worden in deze browser bewaard' })).toBeVisible();
  await member.getByLabel('Uw kaartje', { exact: true }).fill(offline);
  await member.getByRole('button', { name: 'Kaartje plaatsen', exact: true }).click();
  await expect(member.getByRole('status').filter({ hasText: 'Uw kaartje wacht op verzending' })).toBeVisible();
  await expect(waiting).toContainText(offline);
  await expect(waiting).toContainText('Wacht op verzending — wordt verstuurd zodra er weer verbinding is');
  await expectNoAxeViolations(member, 'a card waiting to be sent');
  let lostAnswers = 0;
  await member.route('**/graphql', async (route) => {
    if (!(route.request().postData() ?? '').includes('postMeetingCard')) return route.continue();
    lostAnswers += 1;
    await route.fetch();
    // A reload (or the unroute below) may have ended the request meanwhile: its answer is lost either way.
    return route.abort('connectionreset').catch(() => undefined);
  });
  await member.context().setOffline(false);
  await expect.poll(() => lostAnswers, { timeout: 10_000 }).toBeGreaterThan(0);
  // The table has it (its host sees it live); the phone has not heard back, and keeps it across a reload.
  const onTable = (page: Page) => page.locator('li.kijkje-card').filter({ has: page.locator('p.kijkje-card-text', { hasText: offline }) });
  await expect(onTable(host)).toHaveCount(1, { timeout: 10_000 });
  await member.reload();
  await expect(member.getByRole('heading', { level: 1 })).toHaveText('Tafel Wmo & Jeugd');
  await expect(waiting).toContainText(offline);
  await member.unroute('**/graphql');
  await expect(waiting).toHaveCount(0, { timeout: 20_000 });
  await expect(onTable(member)).toHaveCount(1);
  expect(await member.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('kijkje.outbox.')))).toEqual([]);
  await host.reload();
  await expect(onTable(host)).toHaveCount(1);

  // A card shows on the table live, before the answer to its post is back: what is typed meanwhile
  // is the next card, and the form keeps it when that answer arrives.
  const quick = unique('Snel getypt: de toegang tot schuldhulp');
  const next = 'Het volgende kaartje, al getypt';
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await member.route('**/graphql', async (route) => {
    if (!(route.request().postData() ?? '').includes('postMeetingCard')) return route.continue();
    const response = await route.fetch();
    await held;
    return route.fulfill({ response });
  });
  await member.getByLabel('Uw kaartje', { exact: true }).fill(quick);
  await member.getByRole('button', { name: 'Kaartje plaatsen', exact: true }).click();
  await expect(member.locator('li.kijkje-card').filter({ has: member.locator('p.kijkje-card-text', { hasText: quick }) })).toHaveCount(1);
  await member.getByLabel('Uw kaartje', { exact: true }).fill(next);
  release();
  await expect(member.getByText('Uw kaartje staat op tafel.')).toBeVisible();
  await expect(member.getByLabel('Uw kaartje', { exact: true })).toHaveValue(next);
  await member.unroute('**/graphql');
});
