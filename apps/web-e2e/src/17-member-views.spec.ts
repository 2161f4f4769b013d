import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_NETWORK, expectPage, SECOND_NETWORK, uniqueEmail } from './support/app';
import { acceptAsNewPerson, NEW_PASSWORD } from './support/journeys';
import { INVITATION_LINK, waitForLink } from './support/outbox';
import { expectNoHorizontalScroll, menu, PEOPLE, signInAs } from './support/visits';

/** The demo's finished programme and the harvest the demo publishes for it (apps/api/src/demo). */
const PROGRAMME = 'Sturen met Kwaliteit 2025';
const DEMO_HARVEST = 'Oogst Sturen met Kwaliteit 2025';
const DEMO_HARVEST_PUBLIC = '/oogst/oogst-sturen-met-kwaliteit-2025';
/** The four visits of the demo round with a final report, shared with the round. */
/** The final reports of Utrecht's round in the demo (round 1), each shared with the round. */
const ROUND_REPORTS = ['Utrecht', 'Zwolle', 'Deventer'];

test.use({ actionTimeout: 15_000 });

/** Asks the API directly, as the person signed in on `page`: what the page should show. */
async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

async function readableReportHosts(page: Page, programmeId: string): Promise<string[]> {
  const data = await api<{ visitReports: { host: string }[] }>(page, 'query ($id: ID!) { visitReports(programmeId: $id) { host } }', { id: programmeId });
  return data.visitReports.map((report) => report.host).sort();
}

/** The report links the programme page shows, by host. */
async function shownReportHosts(page: Page): Promise<string[]> {
  const links = page.getByRole('region', { name: 'Bezoekverslagen' }).getByRole('link', { name: /^Bezoekverslag / });
  return (await links.allTextContents()).map((text) => text.replace(/^Bezoekverslag /, '').trim()).sort();
}

/** No way into a harvest draft or the coordinator's harvest list: only published versions. */
async function expectNoEditorLinks(page: Page): Promise<void> {
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const editor = hrefs.filter((href) => /^\/oogsten\/[^/]+\/?$/.test(href) || /^\/programmas\/[^/]+\/oogsten/.test(href));
  expect(editor, 'links to the harvest editor').toEqual([]);
  await expect(page.getByRole('link', { name: 'Oogsten van dit programma' })).toHaveCount(0);
}

async function openProgramme(page: Page): Promise<string> {
  await menu(page).getByRole('link', { name: "Programma's" }).click();
  await expectPage(page, "Programma's");
  await page.getByRole('link', { name: PROGRAMME, exact: true }).click();
  await expectPage(page, PROGRAMME);
  const id = /^\/programmas\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
  expect(id).toBeTruthy();
  return id!;
}

test('a member finds the published harvests and the final visit reports they may read, and nothing more', async ({ browser }) => {
  test.setTimeout(180_000);

  // Lieke Lid (Utrecht, a member without coordinator rights) opens Oogsten from the main menu.
  const lieke = await signInAs(browser, PEOPLE.lieke.email);
  const page = lieke.page;
  await menu(page).getByRole('link', { name: 'Oogsten' }).click();
  await expectPage(page, 'Oogsten');
  await expect(page).toHaveURL(/\/oogsten$/);
  const cards = page.getByTestId('published-harvests').locator(':scope > li');
  const demo = cards.filter({ has: page.getByRole('heading', { name: DEMO_HARVEST, exact: true }) });
  await expect(demo).toHaveCount(1);
  await expect(demo).toContainText(PROGRAMME);
  await expect(demo).toContainText(/Versie 1, gepubliceerd op \d{1,2} \w+ \d{4}/);
  await expect(demo).toContainText('Openbaar');
  // Every harvest once, whatever other journeys published; what the API says is published is listed.
  const published = await api<{ publishedHarvests: { harvestId: string; title: string }[] }>(page, '{ publishedHarvests { harvestId title } }');
  await expect(cards).toHaveCount(new Set(published.publishedHarvests.map((version) => version.harvestId)).size);
  await expectNoEditorLinks(page);
  await expectNoAxeViolations(page, 'published harvests (member)');

  // At 320 px the list reflows without sideways scrolling.
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, 'published harvests at 320 px');
  await page.setViewportSize(viewport);

  // The public page link of the public demo harvest.
  const publicLink = demo.getByRole('link', { name: `Openbare pagina van de oogst ${DEMO_HARVEST}` });
  await expect(publicLink).toHaveAttribute('href', DEMO_HARVEST_PUBLIC);

  // Its read-only version page: no way back into the draft, a way back to the list.
  await demo.getByRole('link', { name: DEMO_HARVEST, exact: true }).click();
  await expectPage(page, `${DEMO_HARVEST}, versie 1`);
  await expect(page).toHaveURL(/\/oogsten\/[0-9a-f-]{36}\/versies\/1$/);
  await expect(page.getByRole('link', { name: 'Terug naar het concept van deze oogst' })).toHaveCount(0);
  await expectNoEditorLinks(page);
  await expectNoAxeViolations(page, 'harvest version page (member)');
  await page.getByRole('link', { name: 'Naar alle oogsten van het netwerk' }).click();
  await expectPage(page, 'Oogsten');

  // The public page, as anyone with the link reads it.
  await page.getByRole('link', { name: `Openbare pagina van de oogst ${DEMO_HARVEST}` }).click();
  await expect(page).toHaveURL(new RegExp(`${DEMO_HARVEST_PUBLIC}$`));
  await expectPage(page, DEMO_HARVEST);

  // Once in English.
  await page.goto('/oogsten');
  await expectPage(page, 'Oogsten');
  await page.getByRole('button', { name: 'English' }).click();
  await expectPage(page, 'Harvests');
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Harvests' })).toHaveAttribute('aria-current', 'page');
  await expect(demo).toContainText(/Version 1, published on \d{1,2} \w+ \d{4}/);
  await expect(demo.getByRole('link', { name: `Public page of the harvest ${DEMO_HARVEST}` })).toBeVisible();
  await expectNoAxeViolations(page, 'published harvests in English');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expectPage(page, 'Oogsten');

  // The programme page: the final reports Lieke may read, exactly as the API decides, and the
  // programme's published harvest, without the coordinator's harvest pages.
  const programmeId = await openProgramme(page);
  const readable = await readableReportHosts(page, programmeId);
  // Utrecht hosts one of these visits and its people review the others; all are shared with the round.
  expect(readable).toEqual(expect.arrayContaining(ROUND_REPORTS));
  const reports = page.getByRole('region', { name: 'Bezoekverslagen' });
  await expect(reports.getByRole('link', { name: 'Bezoekverslag Zwolle', exact: true })).toBeVisible();
  expect(await shownReportHosts(page)).toEqual(readable);
  await expect(reports).toContainText('Ronde 1');
  await expect(reports).toContainText('gedeeld met de ronde');
  const harvests = page.getByRole('region', { name: 'Oogsten' });
  await expect(harvests.getByRole('link', { name: DEMO_HARVEST, exact: true })).toHaveAttribute('href', /^\/oogsten\/[0-9a-f-]{36}\/versies\/1$/);
  await expect(harvests.getByRole('link', { name: 'Alle oogsten van het netwerk' })).toHaveAttribute('href', '/oogsten');
  await expectNoEditorLinks(page);
  await expectNoAxeViolations(page, 'programme page with reports and harvests (member)');
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize(viewport);
  const zwolleReport = (await reports.getByRole('link', { name: 'Bezoekverslag Zwolle', exact: true }).getAttribute('href'))!;
  expect(zwolleReport).toMatch(/^\/bezoeken\/[0-9a-f-]{36}\/verslag$/);

  // One of them opens.
  await reports.getByRole('link', { name: 'Bezoekverslag Zwolle', exact: true }).click();
  await expectPage(page, 'Bezoekverslag Zwolle');
  await expect(page.getByTestId('report-status')).toHaveText('Rapport definitief');
  await expectNoAxeViolations(page, 'a final report read by a round member');

  // In her other network nothing is published: switching on the list shows its empty state, and
  // nothing of the first network.
  await menu(page).getByRole('link', { name: 'Oogsten' }).click();
  await expectPage(page, 'Oogsten');
  await expect(demo).toHaveCount(1);
  await page.getByLabel('Netwerk', { exact: true }).selectOption({ label: SECOND_NETWORK });
  await page.getByRole('button', { name: 'Wisselen' }).click();
  await expect(page.getByTestId('published-harvests-empty')).toHaveText('Er is in dit netwerk nog geen oogst gepubliceerd.');
  await expectPage(page, 'Oogsten');
  await expect(page.getByText(DEMO_HARVEST)).toHaveCount(0);
  await expectNoAxeViolations(page, 'published harvests: none in this network');
  await page.getByLabel('Netwerk', { exact: true }).selectOption({ label: DEMO_NETWORK });
  await page.getByRole('button', { name: 'Wisselen' }).click();
  await expect(demo).toHaveCount(1);
  await lieke.context.close();

  // A member of the network outside the round: the harvest yes, the round's reports no.
  const coordinator = await signInAs(browser, PEOPLE.coordinator.email);
  await menu(coordinator.page).getByRole('link', { name: 'Mensen' }).click();
  await expectPage(coordinator.page, 'Mensen');
  const email = uniqueEmail('lid-maastricht');
  const name = 'Mara Maastricht';
  await coordinator.page.getByLabel('Naam', { exact: true }).fill(name);
  await coordinator.page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await coordinator.page.getByLabel('Rol').selectOption({ label: 'Lid' });
  await coordinator.page.getByLabel('Organisatie').selectOption({ label: 'Maastricht' });
  await coordinator.page.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(coordinator.page.getByText(`${name} is uitgenodigd.`)).toBeVisible();
  await coordinator.context.close();

  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await acceptAsNewPerson(outsider, await waitForLink(email, INVITATION_LINK), name, NEW_PASSWORD, DEMO_NETWORK);
  await menu(outsider).getByRole('link', { name: 'Oogsten' }).click();
  await expectPage(outsider, 'Oogsten');
  await expect(outsider.getByRole('heading', { name: DEMO_HARVEST, exact: true })).toBeVisible();
  await expectNoEditorLinks(outsider);

  const outsiderProgramme = await openProgramme(outsider);
  expect(outsiderProgramme).toBe(programmeId);
  const outsiderReadable = await readableReportHosts(outsider, programmeId);
  for (const host of ROUND_REPORTS) expect(outsiderReadable).not.toContain(host);
  const outsiderReports = outsider.getByRole('region', { name: 'Bezoekverslagen' });
  await expect(outsiderReports.getByRole('heading', { name: 'Bezoekverslagen' })).toBeVisible();
  expect(await shownReportHosts(outsider)).toEqual(outsiderReadable);
  for (const host of ROUND_REPORTS) await expect(outsiderReports.getByRole('link', { name: `Bezoekverslag ${host}` })).toHaveCount(0);
  // Only a report the host shared with the whole network could be here (e.g. after the report journey).
  if (outsiderReadable.length === 0) await expect(outsiderReports).toContainText('Er zijn nog geen definitieve bezoekverslagen die u mag lezen.');
  await expect(outsider.getByRole('region', { name: 'Oogsten' }).getByRole('link', { name: DEMO_HARVEST, exact: true })).toBeVisible();
  await expectNoEditorLinks(outsider);
  await expectNoAxeViolations(outsider, 'programme page for a member outside the round');

  // The round's report stays out of reach by its address too.
  await outsider.goto(zwolleReport);
  await expectPage(outsider, /^Bezoekverslag/);
  await expect(outsider.getByText('Dit bezoekverslag is niet gevonden, of u heeft er geen toegang toe.')).toBeVisible();
  await outsiderContext.close();
});
