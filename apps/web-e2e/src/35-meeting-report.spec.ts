import { writeFileSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO, DEMO_NETWORK, DEMO_PASSWORD, expectPage, unique } from './support/app';
import { withDatabase } from './support/database';

/*
 * Issue 17: a work meeting from plan to published report, with four people at once. The
 * coordinator plans three tables, each with its host chosen from the network; three participants
 * register and post cards from phones; a table host clusters and marks yields; the plenary (the
 * coordinator's beamer) follows live; the coordinator writes the report from the yields,
 * anonymised, publishes it for everyone after a preview and reads it as PDF. Along the way: how
 * long a card takes from being posted to the plenary, over 20 cards.
 */
test.use({ actionTimeout: 15_000 });

const CARDS = 20;
const PHONE = { width: 390, height: 844 };
const POST = `mutation PostMeetingCard($input: PostMeetingCardInput!) { postMeetingCard(input: $input) { id } }`;
const MARK = `mutation MarkMeetingCard($input: MarkMeetingCardInput!) { markMeetingCard(input: $input) { id } }`;

interface Person {
  context: BrowserContext;
  page: Page;
}

/**
 * A person's own browser, signed in through the API (the sign-in screen has journeys of its own)
 * and working in the demo network.
 */
async function person(browser: Browser, email: string, networkId: string, phone = false): Promise<Person> {
  const context = await browser.newContext(phone ? { viewport: PHONE } : {});
  const page = await context.newPage();
  const signedIn = await gql(page, `mutation($input: SignInInput!) { signIn(input: $input) { currentNetwork { id } } }`, {
    input: { email, password: DEMO_PASSWORD },
  });
  if ((signedIn.signIn as unknown as { currentNetwork: { id: string } | null }).currentNetwork?.id !== networkId)
    await gql(page, `mutation($id: ID!) { switchNetwork(networkId: $id) { currentNetwork { id } } }`, { id: networkId });
  return { context, page };
}

async function gql(page: Page, query: string, variables: Record<string, unknown>): Promise<Record<string, { id: string }>> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** Stamps each card (data-card-id) with the moment it entered the page. */
async function watchCards(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { __seen: Record<string, number> }).__seen = seen;
    const stamp = () => {
      const now = Date.now();
      for (const card of document.querySelectorAll<HTMLElement>('[data-card-id]')) if (!(card.dataset.cardId! in seen)) seen[card.dataset.cardId!] = now;
    };
    new MutationObserver(stamp).observe(document.body, { childList: true, subtree: true });
    stamp();
  });
}

async function seenAt(page: Page, cardId: string): Promise<number> {
  const handle = await page.waitForFunction((id) => (window as unknown as { __seen: Record<string, number> }).__seen[id], cardId, {
    timeout: 10_000,
    polling: 10,
  });
  return handle.jsonValue();
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { medianMs: percentile(sorted, 50), p99Ms: percentile(sorted, 99), minMs: sorted[0], maxMs: sorted[sorted.length - 1] };
};

test('a work meeting from plan to published report: three tables, cards from phones, yields live on the plenary, the report as PDF', async ({
  browser,
  request,
}, testInfo) => {
  // Four browsers, three of them phones: measured at 60 s with a load of 6–8 on two cores, 190 s at 15; room for a busy machine.
  test.setTimeout(300_000);
  const startedAt = Date.now();
  const steps: [string, number][] = [];
  const step = (name: string) => steps.push([name, Math.round((Date.now() - startedAt) / 100) / 10]);
  const title = unique('Werkbijeenkomst');
  const tables = [
    ['Wmo & Jeugd', 'Nina Nijmegen (Nijmegen)'],
    ['Participatie', 'Aron Arnhem (Arnhem)'],
    ['Informatievoorziening', 'Eva Eindhoven (Eindhoven)'],
  ] as const;

  const networkId = await withDatabase(async (db) => (await db.query(`SELECT id FROM network WHERE name = $1`, [DEMO_NETWORK])).rows[0].id as string);
  /** The page's one h1, without the axe gate: for the second and third phone on a page the first one checked. */
  const heading = (page: Page, name: string) => expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  // The coordinator plans the meeting at Nijmegen with three tables, each host picked from the network.
  const coordinator = await person(browser, DEMO.coordinator, networkId);
  const c = coordinator.page;
  await c.goto('/bijeenkomsten');
  // The list's accessibility is journey 33's; this one checks the pages it adds to.
  await heading(c, 'Werkbijeenkomsten');
  await c.getByLabel('Titel', { exact: true }).fill(title);
  await c.getByLabel('Gastorganisatie', { exact: true }).selectOption({ label: 'Nijmegen' });
  await c.getByLabel('Dag (JJJJ-MM-DD)', { exact: true }).fill('2099-06-11');
  await c.getByLabel('Plaats', { exact: true }).fill('Stadhuis');
  await c.getByRole('button', { name: 'Bijeenkomst aanmaken', exact: true }).click();
  await heading(c, title);
  for (const [name, host] of tables) {
    await c.getByLabel('Naam van de tafel', { exact: true }).fill(name);
    await c.getByLabel('Tafelvoorzitter van de nieuwe tafel', { exact: true }).selectOption({ label: host });
    await c.getByRole('button', { name: 'Tafel toevoegen', exact: true }).click();
    await expect(c.getByRole('group', { name: `Tafel ${name}` })).toBeVisible();
  }
  await expect(c.getByText(`Tafelvoorzitter: Nina Nijmegen`)).toBeVisible();
  await expectPage(c, title);
  await c.getByRole('button', { name: 'Openen voor aanmelding', exact: true }).click();
  await expect(c.getByText('Open voor aanmelding').first()).toBeVisible();
  const meetingId = c.url().split('/').pop()!;
  step('planned');

  // Three participants register and sit at their tables, from phones, at once; each is the host of their table.
  const phones = await Promise.all(
    ['nijmegen@kijkje.test', 'arnhem@kijkje.test', 'eindhoven@kijkje.test'].map((email) => person(browser, email, networkId, true)),
  );
  const tableIds = await Promise.all(
    phones.map(async ({ page }, i) => {
      const [name] = tables[i];
      const check = i === 0 ? expectPage : heading;
      await page.goto(`/bijeenkomsten/${meetingId}`);
      await check(page, title);
      await page.getByRole('button', { name: 'Aanmelden voor deze bijeenkomst', exact: true }).click();
      await expect(page.getByText('U bent aangemeld.')).toBeVisible();
      await page.getByRole('button', { name: `Aan tafel ${name}`, exact: true }).click();
      await expect(page.getByText(`Uw tafel: ${name}`)).toBeVisible();
      await page.getByRole('link', { name: `Naar de tafel ${name}`, exact: true }).click();
      await check(page, `Tafel ${name}`);
      return page.url().split('/').pop()!;
    }),
  );
  step('registered');
  // The beamer: the plenary, open before any yield exists.
  const plenary = await coordinator.context.newPage();
  await plenary.goto(`/bijeenkomsten/${meetingId}/plenair`);
  await expectPage(plenary, `Opbrengsten van ${title}`);
  await watchCards(plenary);

  // Cards from the phones; the host of Wmo & Jeugd sees the others arrive live.
  const [nina, aron, eva] = phones.map((p) => p.page);
  // A card by its own text (other cards' texts show in its merge choices).
  const card = (page: Page, text: string) => page.locator('li.kijkje-card').filter({ has: page.locator('p.kijkje-card-text', { hasText: text }) });
  const post = async (page: Page, question: string, text: string) => {
    await page.getByLabel('Vraag', { exact: true }).selectOption({ label: question });
    await page.getByLabel('Uw kaartje', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Kaartje plaatsen', exact: true }).click();
    await expect(card(page, text)).toBeVisible();
    // The card shows live, maybe before its answer is back; the form is ready for the next once emptied.
    await expect(page.getByLabel('Uw kaartje', { exact: true })).toHaveValue('');
  };
  await Promise.all([
    (async () => {
      await post(nina, 'Wat gaat goed?', 'In Zwolle werkt het wijkteam goed samen met de huisarts.');
      await post(nina, 'Wat gaat goed?', 'Het wijkteam werkt goed samen!');
      await post(nina, 'Waar maak je je zorgen om?', 'Het gesprek met Pietersen over de kosten liep vast.');
    })(),
    post(aron, 'Wat zie je als eigen verantwoordelijkheid?', 'Vier samen de successen en deel ze actief.'),
    post(eva, 'Waar maak je je zorgen om?', 'We verzamelen cijfers die niemand gebruikt.'),
  ]);
  for (const { page } of phones) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  step('cards posted');
  // The host of Wmo & Jeugd clusters, merges the duplicate and marks yields; the plenary follows live, without names.
  const first = card(nina, 'In Zwolle werkt het wijkteam');
  await first.getByLabel('Cluster', { exact: true }).fill('Samenwerking');
  await first.getByRole('button', { name: 'Cluster opslaan', exact: true }).click();
  await expect(first).toContainText('Cluster: Samenwerking');
  const duplicate = card(nina, 'Het wijkteam werkt goed samen!');
  await duplicate.getByLabel('Samenvoegen met', { exact: true }).selectOption({ label: 'In Zwolle werkt het wijkteam goed samen met de huisarts.' });
  await duplicate.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
  await expect(first.getByRole('list', { name: 'Samengevoegd' })).toContainText('Het wijkteam werkt goed samen!');
  await first.getByRole('button', { name: 'Markeer als opbrengst', exact: true }).click();
  await card(nina, 'Pietersen').getByRole('button', { name: 'Markeer als aanbeveling', exact: true }).click();
  await expect(plenary.locator('[data-card-id]', { hasText: 'In Zwolle werkt het wijkteam' })).toBeVisible();
  await expect(plenary.locator('[data-card-id]', { hasText: 'Pietersen' })).toBeVisible();
  await expect(plenary.getByRole('main')).not.toContainText('Nina Nijmegen');

  step('yields marked');
  // Live latency: Aron's phone posts a card to Participatie; as soon as it shows at his table he marks it; then it shows on the plenary.
  await watchCards(aron);
  const toTable: number[] = [];
  const markToPlenary: number[] = [];
  const postToPlenary: number[] = [];
  for (let i = 1; i <= CARDS; i++) {
    const postedAt = Date.now();
    const { postMeetingCard } = await gql(aron, POST, { input: { tableId: tableIds[1], kind: 'STRENGTH', text: `Kaartje ${i} van de meting.` } });
    const atTable = await seenAt(aron, postMeetingCard.id);
    const markedAt = Date.now();
    await gql(aron, MARK, { input: { cardId: postMeetingCard.id, isYield: true, isRecommendation: false } });
    const onPlenary = await seenAt(plenary, postMeetingCard.id);
    toTable.push(atTable - postedAt);
    markToPlenary.push(onPlenary - markedAt);
    postToPlenary.push(onPlenary - postedAt);
  }
  await expect(plenary.locator('[data-card-id]', { hasText: 'van de meting.' })).toHaveCount(CARDS);
  const latency = { cards: CARDS, postToPlenary: summary(postToPlenary), postToTable: summary(toTable), markToPlenary: summary(markToPlenary) };
  console.log(`live latency (card posted → plenary): ${JSON.stringify(latency)}`);
  testInfo.annotations.push({ type: 'live-latency', description: JSON.stringify(latency) });
  writeFileSync(testInfo.outputPath('meeting-latency.json'), JSON.stringify({ ...latency, toTable, markToPlenary, postToPlenary }, null, 2));

  step('latency measured');
  // After the meeting: the coordinator holds it and writes the report from the yields, anonymised.
  await c.goto(`/bijeenkomsten/${meetingId}`);
  await c.getByRole('button', { name: 'Aanmelding sluiten en houden', exact: true }).click();
  await expect(c.getByText('Gehouden').first()).toBeVisible();
  await c.getByRole('link', { name: 'Verslag schrijven', exact: true }).click();
  await heading(c, `Verslag van ${title}`);
  await c.getByRole('button', { name: 'Verslag beginnen vanuit de opbrengsten', exact: true }).click();
  const text = c.getByLabel('Verslag (Markdown)', { exact: true });
  await expect(text).toHaveValue(/In gemeente A werkt het wijkteam goed samen met de huisarts\./);
  expect(await text.inputValue()).not.toContain('Zwolle');
  await expect(c.getByTestId('report-problems')).toContainText('Pietersen');
  await c.getByRole('button', { name: 'Vervangen door [naam] Pietersen', exact: true }).click();
  await expect(text).toHaveValue(/Het gesprek met \\?\[naam\\?\] over de kosten liep vast\./);
  await expect(c.getByTestId('report-problems')).toHaveCount(0);
  await c.getByLabel('Voor wie', { exact: true }).selectOption({ label: 'openbaar' });
  await text.fill(`${await text.inputValue()}\nDank aan alle deelnemers.\n`);
  await c.getByRole('button', { name: 'Verslag opslaan', exact: true }).click();
  await expect(c.getByText('Niet opgeslagen wijzigingen.')).toHaveCount(0);
  await expectPage(c, `Verslag van ${title}`);

  step('report written');
  // Publishing for everyone asks first, with a preview of exactly the public page.
  await c.getByRole('button', { name: 'Openbaar publiceren', exact: true }).click();
  const dialog = c.getByTestId('report-publish-dialog');
  await expect(dialog.getByRole('heading', { name: 'Versie 1 openbaar publiceren?' })).toBeVisible();
  const preview = await c.request.get((await dialog.getByTestId('report-preview-link').getAttribute('href'))!);
  expect(preview.status()).toBe(200);
  expect(await preview.text()).toContain('Voorbeeld: zo ziet iedereen dit verslag na het publiceren.');
  await dialog.getByRole('button', { name: 'Openbaar publiceren', exact: true }).click();
  await expect(c.getByText('Versie 1 is gepubliceerd.')).toBeVisible();

  step('published');
  // Those registered are told; anyone reads it without signing in; the coordinator reads it as PDF.
  const told = await withDatabase(
    async (db) =>
      (await db.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'MEETING_REPORT_PUBLISHED' AND subject_id = $1`, [meetingId])).rows[0].n,
  );
  expect(told).toBe(3);
  const publicPath = (await c.getByRole('link', { name: 'Openbare pagina' }).first().getAttribute('href'))!;
  const page = await request.get(publicPath);
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain('In gemeente A werkt het wijkteam goed samen met de huisarts.');
  for (const secret of ['Zwolle', 'Pietersen', 'Nina Nijmegen']) expect(html).not.toContain(secret);
  await c.goto(`/bijeenkomsten/${meetingId}`);
  await expectPage(c, title);
  const pdfLink = c.getByRole('link', { name: 'Verslag als PDF', exact: true });
  const pdf = await c.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['content-disposition']).toMatch(/attachment; filename=".*\.pdf"/);
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  const pdfText = (await parser.getText()).text.replace(/\s+/g, ' ');
  await parser.destroy();
  expect(pdfText).toContain('Verslag van de werkbijeenkomst');
  expect(pdfText).toContain('In gemeente A werkt het wijkteam goed samen met de huisarts.');
  expect(pdfText).toContain('Dank aan alle deelnemers.');
  expect(pdfText).not.toContain('Zwolle');

  step('read as PDF');
  console.log(`journey 35 steps (s since start): ${JSON.stringify(steps)}`);
  await Promise.all([coordinator.context.close(), ...phones.map((p) => p.context.close())]);
});
