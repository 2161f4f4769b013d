import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { DEMO_NETWORK, DEMO_PASSWORD, expectPage } from './app';

/** The demo people of the running programme (apps/api/src/demo/seed-demo.ts). */
export const PEOPLE = {
  coordinator: { email: 'coordinator@kijkje.test', name: 'Cor Coördinator' },
  /** Utrecht: hosts Utrecht's visit, reviews Zwolle's. */
  lieke: { email: 'lid@kijkje.test', name: 'Lieke Lid' },
  /** Zwolle: reviews Utrecht's visit. */
  gea: { email: 'gastgemeente@kijkje.test', name: 'Gea Gastvrouw' },
  /** Deventer: leads both teams. */
  ruben: { email: 'reviewer@kijkje.test', name: 'Ruben Reviewer' },
} as const;

export interface Person {
  context: BrowserContext;
  page: Page;
}

export function menu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(size.scroll, `page scrolls sideways: ${JSON.stringify(size)}`).toBeLessThanOrEqual(size.client);
}

/**
 * Signs in (in a context of its own) and works in the demo network. Sign-ins per account are
 * rate limited (five a minute); the journeys sign the same demo people in often, so a refusal
 * waits the time the server names and tries again.
 */
export async function signInAs(browser: Browser, email: string, options: { viewport?: { width: number; height: number } } = {}): Promise<Person> {
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  const page = await context.newPage();
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  for (let attempt = 0; ; attempt++) {
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const limited = page.getByText(/Te veel pogingen\. Probeer het over (\d+) seconden opnieuw\./);
    await expect(page.getByRole('heading', { level: 1, name: 'Welkom bij Kijkje' }).or(limited)).toBeVisible();
    if (!(await limited.isVisible()) || attempt >= 3) break;
    const seconds = Number(/(\d+) seconden/.exec((await limited.textContent()) ?? '')?.[1] ?? 10);
    await page.waitForTimeout((seconds + 1) * 1000);
  }
  await expectPage(page, 'Welkom bij Kijkje');
  if (!((await page.getByTestId('current-network').textContent()) ?? '').includes(DEMO_NETWORK)) {
    await page.getByLabel('Netwerk', { exact: true }).selectOption({ label: DEMO_NETWORK });
    await page.getByRole('button', { name: 'Wisselen' }).click();
    await expect(page.getByTestId('current-network')).toContainText(DEMO_NETWORK);
  }
  return { context, page };
}

/** The demo's running programme, whose visits the journeys walk through. */
export const RUNNING_PROGRAMME = 'Kijkje in de keuken 2026 – voorjaar';

/** Opens "Bezoeken" and the current visit to `host` in the running programme; returns the visit's path (/bezoeken/<id>). */
export async function openVisit(page: Page, host: string): Promise<string> {
  await menu(page).getByRole('link', { name: 'Bezoeken' }).click();
  await expectPage(page, 'Bezoeken');
  const current = page.getByRole('region', { name: 'Lopende bezoeken' });
  await current
    .getByRole('listitem')
    .filter({ hasText: RUNNING_PROGRAMME })
    .getByRole('link', { name: `Bezoek aan ${host}` })
    .click();
  await expectPage(page, `Bezoek aan ${host}`);
  const path = new URL(page.url()).pathname;
  expect(path).toMatch(/^\/bezoeken\/[0-9a-f-]{36}$/);
  return path;
}

/** Opens a visit's findings board and waits until it follows changes live. */
export async function openBoard(page: Page, visitPath: string, host: string): Promise<void> {
  await page.goto(`${visitPath}/bevindingen`);
  await expectPage(page, `Bevindingen: bezoek aan ${host}`);
  await expect(page.getByTestId('live-state')).toHaveAttribute('data-state', 'connected');
}

export interface NewFinding {
  kind: 'Wat gaat goed' | 'Zorgpunt' | 'Aanbeveling' | 'Eigen verantwoordelijkheid';
  theme: string;
  text: string;
  source?: string;
  quote?: string;
  indicator?: string;
  tags?: string;
  /** Keep it a draft instead of sharing it with the team at once. */
  draft?: boolean;
}

/** Fills in the capture form and saves; does not wait for the outcome. */
export async function captureFinding(page: Page, finding: NewFinding): Promise<void> {
  const form = page.locator('form.kijkje-capture');
  await form.getByRole('radio', { name: finding.kind, exact: true }).check();
  await form.getByRole('group', { name: 'Thema' }).getByRole('radio', { name: finding.theme, exact: true }).check();
  await form.getByLabel('Bevinding', { exact: true }).fill(finding.text);
  // Evidence and tags are folded away until the reviewer opens them.
  const more = form.locator('details.kijkje-capture-more');
  if ((finding.source || finding.quote || finding.indicator || finding.tags) && !(await more.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await more.getByText('Onderbouwing en labels (niet verplicht)').click();
  }
  if (finding.source) await form.getByLabel('Bron').fill(finding.source);
  if (finding.quote) await form.getByLabel('Citaat').fill(finding.quote);
  if (finding.indicator) await form.getByLabel('Indicator').fill(finding.indicator);
  if (finding.tags) await form.getByLabel('Labels').fill(finding.tags);
  const share = form.getByRole('checkbox', { name: 'Direct delen met het team' });
  if (finding.draft) await share.uncheck();
  else await share.check();
  await form.getByRole('button', { name: 'Bevinding opslaan' }).click();
}

/** The saved findings on the board (not the ones still waiting in the outbox) with this text. */
export function findingCards(page: Page, text: string): Locator {
  return page.locator('article[data-finding-id]').filter({ hasText: text });
}

/** The findings still waiting in this browser's outbox with this text. */
export function pendingCards(page: Page, text: string): Locator {
  return page.getByTestId('outbox').getByRole('article').filter({ hasText: text });
}

/** A date input's value, `days` from today (Dutch time). */
export function dayFromToday(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}
