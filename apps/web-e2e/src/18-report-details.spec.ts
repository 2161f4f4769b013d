import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage } from './support/app';
import { menu, PEOPLE, signInAs } from './support/visits';

/**
 * What journey 15 leaves out of the visit report page: a final report as the coordinator reads it,
 * the page in English, the lead's steps by keyboard alone, and the host's comment saved from two
 * tabs. Runs after 15–17 on the same demo data: it reads Utrecht's and Zwolle's final reports,
 * which those journeys do not change, and writes only Eindhoven's report, which they do not use.
 */

/** The demo's finished programme (apps/api/src/demo/closed-programme.ts). */
const CLOSED_PROGRAMME = 'Sturen met Kwaliteit 2025';
/** Eindhoven's visit in it has been held; Arnhem's contact leads its team, Eindhoven's hosts it. */
const EINDHOVEN_LEAD = 'arnhem@kijkje.test';
const EINDHOVEN_HOST = 'eindhoven@kijkje.test';

const SUMMARY = 'Eindhoven is dichtbij in de wijk.\nDe afspraken over de jeugdhulp kunnen bij één team.';
const COMMENT_FIRST = 'Dank voor het verslag; het loket houden we zoals het is.';
const COMMENT_SECOND = 'Dank voor het verslag. De jeugdhulp brengen we dit jaar onder bij één team.';
const COMMENT_UNSAVED = 'Nog één aanvulling: de wijkteams lezen het verslag mee.';
const NOT_AVAILABLE = 'Dit bezoekverslag is niet gevonden, of u heeft er geen toegang toe.';

/** What only the lead or the host of a report may do: none of it for a reader. */
const ACTIONS = [
  'Verslag beginnen',
  'Samenvatting opslaan',
  'Verslag delen met de gastgemeente',
  'Verslag heropenen',
  'Verslag definitief maken',
  'Reactie opslaan',
  'Keuze opslaan',
];

test.use({ actionTimeout: 15_000 });

/** A message announced in a live region (the alert inside it is a status of its own). */
function notice(page: Page, text: string) {
  return page.getByRole('status').getByText(text).first();
}

async function openClosedProgramme(page: Page): Promise<void> {
  await menu(page).getByRole('link', { name: "Programma's" }).click();
  await expectPage(page, "Programma's");
  await page.getByRole('link', { name: CLOSED_PROGRAMME, exact: true }).click();
  await expectPage(page, CLOSED_PROGRAMME);
}

/** The focused element shows it: an outline of at least 2 px or a shadow (as 06-keyboard checks). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      width: rect.width,
      height: rect.height,
    };
  });
  expect(focus, 'something has focus').not.toBeNull();
  expect(focus!.width * focus!.height, 'the focused element is on screen').toBeGreaterThan(0);
  const outlined = focus!.outlineStyle !== 'none' && focus!.outlineWidth >= 2;
  expect(outlined || focus!.boxShadow !== 'none', `visible focus indicator (${JSON.stringify(focus)})`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      await expectVisibleFocus(page);
      return presses;
    }
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} did not reach ${target} within ${max} presses`);
}

/** Checks the page's report is a final one that this reader can only read and download. */
async function expectReadOnlyFinal(page: Page): Promise<void> {
  await expect(page.getByTestId('report-status')).toHaveText('Rapport definitief');
  for (const name of ACTIONS) await expect(page.getByRole('button', { name, exact: true }), name).toHaveCount(0);
  const main = page.locator('main');
  await expect(main.getByRole('textbox')).toHaveCount(0);
  await expect(main.getByRole('spinbutton')).toHaveCount(0);
  await expect(main.getByRole('radio')).toHaveCount(0);
}

test('the coordinator reads a final report of the finished programme: read-only, with its downloads, linked from the programme page', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signInAs(browser, PEOPLE.coordinator.email);
  await openClosedProgramme(page);

  // The programme page lists the final reports the coordinator may read, Utrecht's among them.
  const reports = page.getByRole('region', { name: 'Bezoekverslagen' });
  const link = reports.getByRole('link', { name: 'Bezoekverslag Utrecht', exact: true });
  await expect(link).toBeVisible();
  await expect(
    reports
      .getByRole('list', { name: 'Definitieve bezoekverslagen' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Bezoekverslag Utrecht', exact: true }) }),
  ).toContainText('Ronde 1');
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/bezoeken\/[0-9a-f-]{36}\/verslag$/);
  await expectNoAxeViolations(page, 'programme page: report list (coordinator)');

  await link.click();
  await expectPage(page, 'Bezoekverslag Utrecht');
  expect(new URL(page.url()).pathname).toBe(href);
  await expectReadOnlyFinal(page);
  await expect(page.getByTestId('report-sharing')).toHaveText('Ook de gemeenten van de ronde');
  await expect(page.getByTestId('report-content')).toContainText('samenhang tussen geld en bedoeling');
  await expect(page.getByTestId('report-appendix')).toContainText('Herkenbaar. Dank voor de open blik.');
  await expectNoAxeViolations(page, 'final report read by the coordinator');

  // The downloads: the report now, and its kept final version, in Dutch; each a real file.
  const visitId = href.split('/')[2];
  const downloads = page.getByRole('list', { name: 'Downloaden', exact: true });
  await expect(downloads.getByRole('link', { name: 'Download als PDF' })).toHaveAttribute('href', `/export/bezoekverslag/${visitId}/pdf?taal=nl`);
  await expect(downloads.getByRole('link', { name: 'Download als Word (DOCX)' })).toHaveAttribute('href', `/export/bezoekverslag/${visitId}/docx?taal=nl`);
  await expect(page.getByRole('link', { name: 'Versie 1 als PDF' })).toHaveAttribute('href', `/export/bezoekverslag/${visitId}/pdf?versie=1&taal=nl`);
  const pdf = await page.request.get(`/export/bezoekverslag/${visitId}/pdf?taal=nl`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const docx = await page.request.get(`/export/bezoekverslag/${visitId}/docx?versie=1&taal=nl`);
  expect(docx.status()).toBe(200);
  expect((await docx.body()).subarray(0, 2).toString('latin1')).toBe('PK');

  // The kept version opens read-only too.
  await page.getByRole('link', { name: /^Versie 1, definitief/ }).click();
  await expectPage(page, 'Bezoekverslag Utrecht');
  await expect(page.getByText(/U bekijkt versie 1 \(definitief\)/)).toBeVisible();
  for (const name of ACTIONS) await expect(page.getByRole('button', { name, exact: true }), name).toHaveCount(0);
  await expectNoAxeViolations(page, 'kept final version read by the coordinator');
  await context.close();
});

test('the report page in English: headings, labels, status and downloads, then back to Dutch', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signInAs(browser, PEOPLE.coordinator.email);
  await openClosedProgramme(page);
  const link = page.getByRole('region', { name: 'Bezoekverslagen' }).getByRole('link', { name: 'Bezoekverslag Zwolle', exact: true });
  const visitId = (await link.getAttribute('href'))!.split('/')[2];
  await link.click();
  await expectPage(page, 'Bezoekverslag Zwolle');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectPage(page, 'Visit report Zwolle');
  await expect(page.getByRole('link', { name: 'Back to the visit to Zwolle' })).toBeVisible();
  for (const [level, name] of [
    [2, 'State of the report'],
    [2, 'The report'],
    [3, 'About the visit'],
    [3, 'Summary'],
    [3, 'Findings'],
    [3, 'Appendix: the host’s replies'],
    [4, 'Comment on the report'],
    [4, 'Replies to the findings'],
    [2, 'Kept versions'],
  ] as const) {
    await expect(page.getByRole('heading', { level, name, exact: true }), name).toBeVisible();
  }
  // Finding kinds and the title block's labels.
  await expect(page.getByRole('heading', { level: 5, name: 'Concern', exact: true })).toBeVisible();
  const facts = page.getByTestId('report-content').locator('dl dt');
  await expect(facts).toHaveText(['Programme', 'Round', 'Host', 'Date', 'Location', 'Review question', 'Review team']);
  await expect(page.getByTestId('report-content')).toContainText('Ruben Reviewer (Deventer), lead reviewer');
  await expect(page.locator('dl.kijkje-facts').first().locator('dt')).toHaveText(['Status', 'Comments possible until', 'Shared with']);
  await expect(page.getByTestId('report-status')).toHaveText('Report final');
  await expect(page.getByTestId('report-sharing')).toHaveText('Also the municipalities of the round');
  await expect(page.getByRole('link', { name: /^Version 1, final, / })).toBeVisible();

  // The downloads are named in English and ask for the English file.
  const downloads = page.getByRole('list', { name: 'Download', exact: true });
  await expect(downloads.getByRole('link', { name: 'Download as PDF' })).toHaveAttribute('href', `/export/bezoekverslag/${visitId}/pdf?taal=en`);
  await expect(downloads.getByRole('link', { name: 'Download as Word (DOCX)' })).toHaveAttribute('href', `/export/bezoekverslag/${visitId}/docx?taal=en`);
  await expect(page.getByRole('list', { name: 'Download version 1' }).getByRole('link', { name: 'Version 1 as PDF' })).toHaveAttribute(
    'href',
    `/export/bezoekverslag/${visitId}/pdf?versie=1&taal=en`,
  );
  await expect(page.getByRole('link', { name: 'Version 1 as Word (DOCX)' })).toBeVisible();
  const pdf = await page.request.get(`/export/bezoekverslag/${visitId}/pdf?taal=en`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByText(/Bezoekverslag|Samenvatting|Bevindingen|Rapport definitief|Downloaden/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'final report in English');

  // A kept version in English.
  await page.getByRole('link', { name: /^Version 1, final, / }).click();
  await expectPage(page, 'Visit report Zwolle');
  await expect(page.getByText(/You are reading version 1 \(final\)/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'To the report as it is now' })).toBeVisible();
  await expectNoAxeViolations(page, 'kept version in English');
  await page.getByRole('link', { name: 'To the report as it is now' }).click();
  await expect(page.getByTestId('report-status')).toHaveText('Report final');

  // Back to Dutch.
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expectPage(page, 'Bezoekverslag Zwolle');
  await expect(page.getByRole('heading', { level: 2, name: 'Stand van het verslag' })).toBeVisible();
  await expect(page.getByTestId('report-status')).toHaveText('Rapport definitief');
  await expect(page.getByRole('link', { name: 'Download als PDF' })).toHaveAttribute('href', `/export/bezoekverslag/${visitId}/pdf?taal=nl`);
  await expectNoAxeViolations(page, 'final report back in Dutch');
  await context.close();
});

test.describe.serial("Eindhoven's report, written and commented on", () => {
  let reportPath = '';

  test('the lead starts, writes, saves and shares the report with the keyboard alone', async ({ browser }) => {
    test.setTimeout(150_000);
    const { context, page } = await signInAs(browser, EINDHOVEN_LEAD);

    // From the main menu to the held visit and its report, by Tab and Enter.
    await tabTo(page, menu(page).getByRole('link', { name: 'Bezoeken' }));
    await page.keyboard.press('Enter');
    await expectPage(page, 'Bezoeken');
    const visitLink = page
      .getByRole('region', { name: 'Lopende bezoeken' })
      .getByRole('listitem')
      .filter({ hasText: CLOSED_PROGRAMME })
      .getByRole('link', { name: 'Bezoek aan Eindhoven' });
    await tabTo(page, visitLink);
    await page.keyboard.press('Enter');
    await expectPage(page, 'Bezoek aan Eindhoven');
    await expect(page.getByTestId('visit-status')).toHaveText('Bezoek afgerond');
    await tabTo(page, page.getByRole('link', { name: 'Naar het bezoekverslag' }));
    await page.keyboard.press('Enter');
    await expectPage(page, 'Bezoekverslag Eindhoven');
    reportPath = new URL(page.url()).pathname;
    expect(reportPath).toMatch(/^\/bezoeken\/[0-9a-f-]{36}\/verslag$/);

    // Start: Space on the button; the focus goes to the editor's heading, as the message says.
    const start = page.getByRole('button', { name: 'Verslag beginnen' });
    await tabTo(page, start);
    await expectNoAxeViolations(page, 'report not started, focus on start (keyboard)');
    await page.keyboard.press('Space');
    await expect(notice(page, 'Het bezoekverslag is begonnen. Schrijf nu de samenvatting.')).toBeVisible();
    await expect(page.getByTestId('report-status')).toHaveText('Rapport in concept');
    await expect(page.getByRole('heading', { name: 'Samenvatting schrijven' })).toBeFocused();
    await expectVisibleFocus(page);
    await expectNoAxeViolations(page, 'report begun, focus on the editor heading (keyboard)');

    // The next Tab is the summary itself.
    const summary = page.getByRole('textbox', { name: 'Samenvatting' });
    expect(await tabTo(page, summary, { max: 1 })).toBe(1);
    await page.keyboard.type(SUMMARY);
    await expect(summary).toHaveValue(SUMMARY);
    await expect(page.getByTestId('summary-preview')).toContainText('Eindhoven is dichtbij in de wijk.');
    await expectNoAxeViolations(page, 'summary typed (keyboard)');

    // Save with Enter: the focus comes back to the summary.
    const save = page.getByRole('button', { name: 'Samenvatting opslaan' });
    await tabTo(page, save, { max: 5 });
    await page.keyboard.press('Enter');
    await expect(notice(page, 'De samenvatting is opgeslagen.')).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(page.getByTestId('report-content')).toContainText('De afspraken over de jeugdhulp kunnen bij één team.');
    await expectNoAxeViolations(page, 'summary saved (keyboard)');

    // The reply period: past the save button, and Shift+Tab goes back the same way.
    const days = page.getByRole('spinbutton', { name: 'Reactietermijn in dagen' });
    await tabTo(page, days, { max: 5 });
    await tabTo(page, save, { back: true, max: 5 });
    await tabTo(page, days, { max: 5 });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('14');
    await expect(days).toHaveValue('14');

    // Share with Space: the focus goes to the report's state, now shared with a deadline.
    const share = page.getByRole('button', { name: 'Verslag delen met de gastgemeente' });
    expect(await tabTo(page, share, { max: 1 })).toBe(1);
    await expectNoAxeViolations(page, 'reply period typed (keyboard)');
    await page.keyboard.press('Space');
    await expect(notice(page, 'Het verslag is gedeeld met de gastgemeente.')).toBeVisible();
    await expect(page.getByTestId('report-status')).toHaveText('Rapport gedeeld');
    await expect(page.getByTestId('report-deadline')).not.toBeEmpty();
    await expect(page.getByRole('heading', { name: 'Stand van het verslag' })).toBeFocused();
    await expectVisibleFocus(page);
    await expect(page.getByTestId('report-revisions').locator(':scope > li')).toHaveCount(1);
    await expectNoAxeViolations(page, 'report shared (keyboard)');
    await context.close();
  });

  test('the host comments from two tabs: the stale one shows both comments, and nothing is lost', async ({ browser }) => {
    test.setTimeout(120_000);
    expect(reportPath, 'the lead shared the report in the previous step').not.toBe('');
    const { context, page: first } = await signInAs(browser, EINDHOVEN_HOST);
    await first.goto(reportPath);
    await expectPage(first, 'Bezoekverslag Eindhoven');
    const second = await context.newPage();
    await second.goto(reportPath);
    await expectPage(second, 'Bezoekverslag Eindhoven');
    await expect(second.getByTestId('report-content')).toContainText('Eindhoven is dichtbij in de wijk.');
    await expectNoAxeViolations(second, 'host reads the shared report');

    // The first tab saves a comment.
    await first.getByLabel('Reactie van de gastgemeente').fill(COMMENT_FIRST);
    await first.getByRole('button', { name: 'Reactie opslaan' }).click();
    await expect(notice(first, 'Uw reactie is opgeslagen.')).toBeVisible();
    await expect(first.getByTestId('report-appendix')).toContainText(COMMENT_FIRST);

    // The second tab, opened before, saves another: it shows both and overwrites nothing yet.
    await second.getByLabel('Reactie van de gastgemeente').fill(COMMENT_SECOND);
    await second.getByRole('button', { name: 'Reactie opslaan' }).click();
    const conflict = second.getByTestId('report-comment-conflict');
    await expect(second.getByRole('heading', { name: 'Het verslag is intussen gewijzigd' })).toBeFocused();
    await expect(conflict.getByRole('region', { name: 'Uw reactie', exact: true })).toContainText(COMMENT_SECOND);
    await expect(conflict.getByRole('region', { name: 'Laatst opgeslagen reactie', exact: true })).toContainText(COMMENT_FIRST);
    await expect(conflict.getByRole('button', { name: 'Mijn reactie opslaan' })).toBeVisible();
    await expect(conflict.getByRole('button', { name: 'Laatst opgeslagen reactie overnemen' })).toBeVisible();
    await expectNoAxeViolations(second, 'host comment: saved elsewhere meanwhile');

    // The host keeps the second comment; the report has it, and only it.
    await conflict.getByRole('button', { name: 'Mijn reactie opslaan' }).click();
    await expect(notice(second, 'Uw reactie is opgeslagen.')).toBeVisible();
    await expect(conflict).toHaveCount(0);
    await expect(second.getByLabel('Reactie van de gastgemeente')).toHaveValue(COMMENT_SECOND);
    await expect(second.getByTestId('report-appendix')).toContainText(COMMENT_SECOND);
    await expect(second.getByTestId('report-appendix')).not.toContainText(COMMENT_FIRST);
    await expectNoAxeViolations(second, 'host comment: own version kept');

    // The first tab is stale now: it gets the choice too, and takes the saved comment over.
    await first.getByLabel('Reactie van de gastgemeente').fill(`${COMMENT_FIRST} Aangevuld.`);
    await first.getByRole('button', { name: 'Reactie opslaan' }).click();
    const firstConflict = first.getByTestId('report-comment-conflict');
    await expect(first.getByRole('heading', { name: 'Het verslag is intussen gewijzigd' })).toBeFocused();
    await expect(firstConflict.getByRole('region', { name: 'Uw reactie', exact: true })).toContainText(`${COMMENT_FIRST} Aangevuld.`);
    await expect(firstConflict.getByRole('region', { name: 'Laatst opgeslagen reactie', exact: true })).toContainText(COMMENT_SECOND);
    await firstConflict.getByRole('button', { name: 'Laatst opgeslagen reactie overnemen' }).click();
    await expect(notice(first, 'U werkt nu verder met de laatst opgeslagen reactie.')).toBeVisible();
    const text = first.getByLabel('Reactie van de gastgemeente');
    await expect(text).toBeFocused();
    await expect(text).toHaveValue(COMMENT_SECOND);
    await expectNoAxeViolations(first, 'host comment: took the saved comment over');

    // The lead reads the kept comment in the appendix.
    const lead = await signInAs(browser, EINDHOVEN_LEAD);
    await lead.page.goto(reportPath);
    await expectPage(lead.page, 'Bezoekverslag Eindhoven');
    await expect(lead.page.getByTestId('report-appendix')).toContainText(COMMENT_SECOND);
    await expect(lead.page.getByTestId('report-appendix')).not.toContainText(COMMENT_FIRST);
    await Promise.all([context.close(), lead.context.close()]);
  });

  test('the host’s unsaved comment outlives the lead reopening the report, and is back when it is shared again', async ({ browser }) => {
    test.setTimeout(120_000);
    expect(reportPath, 'the lead shared the report in an earlier step').not.toBe('');
    const host = await signInAs(browser, EINDHOVEN_HOST);
    const lead = await signInAs(browser, EINDHOVEN_LEAD);
    await host.page.goto(reportPath);
    await expectPage(host.page, 'Bezoekverslag Eindhoven');
    const field = host.page.getByLabel('Reactie van de gastgemeente');
    await field.fill(COMMENT_UNSAVED);

    // Meanwhile the lead reopens the report.
    await lead.page.goto(reportPath);
    await expectPage(lead.page, 'Bezoekverslag Eindhoven');
    await lead.page.getByRole('button', { name: 'Verslag heropenen' }).click();
    await expect(notice(lead.page, 'Het verslag is heropend. U kunt de samenvatting weer aanpassen.')).toBeVisible();

    // The host's save no longer lands, and the page, even reloaded, shows what was typed.
    await host.page.getByRole('button', { name: 'Reactie opslaan' }).click();
    await host.page.reload();
    await expectPage(host.page, 'Bezoekverslag Eindhoven');
    // Reopened, the report is the team's again: the host reads it once it is shared anew.
    await expect(host.page.getByText(NOT_AVAILABLE)).toBeVisible();
    const unsaved = host.page.getByTestId('report-unsaved-comment');
    await expect(unsaved.getByRole('heading', { name: 'Uw reactie is niet opgeslagen' })).toBeVisible();
    await expect(host.page.getByTestId('report-unsaved-comment-text')).toHaveText(COMMENT_UNSAVED);
    await expect(host.page.getByLabel('Reactie van de gastgemeente')).toHaveCount(0);
    await expectNoAxeViolations(host.page, 'host: report reopened, unsaved comment shown');

    // The lead shares it again; the host's comment field holds the text, and it is saved.
    await lead.page.getByRole('spinbutton', { name: 'Reactietermijn in dagen' }).fill('7');
    await lead.page.getByRole('button', { name: 'Verslag delen met de gastgemeente' }).click();
    await expect(notice(lead.page, 'Het verslag is gedeeld met de gastgemeente.')).toBeVisible();
    await host.page.reload();
    await expectPage(host.page, 'Bezoekverslag Eindhoven');
    await expect(host.page.getByLabel('Reactie van de gastgemeente')).toHaveValue(COMMENT_UNSAVED);
    await expect(unsaved).toHaveCount(0);
    await host.page.getByRole('button', { name: 'Reactie opslaan' }).click();
    await expect(notice(host.page, 'Uw reactie is opgeslagen.')).toBeVisible();
    await expect(host.page.getByTestId('report-appendix')).toContainText(COMMENT_UNSAVED);
    await expectNoAxeViolations(host.page, 'host: comment saved after the report was shared again');
    // Saved, it is not kept as a draft any more.
    await host.page.reload();
    await expect(host.page.getByLabel('Reactie van de gastgemeente')).toHaveValue(COMMENT_UNSAVED);
    expect(await host.page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('kijkje:report-comment:')))).toEqual([]);
    await Promise.all([host.context.close(), lead.context.close()]);
  });
});
