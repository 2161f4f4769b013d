import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage, unique } from './support/app';
import { expectNoHorizontalScroll, menu, PEOPLE, signInAs } from './support/visits';

const PROGRAMME = 'Sturen met Kwaliteit 2025';
const EDITED_QUOTE = 'Ook elders groeien de wachtlijsten; het is er "het gesprek van de dag", zei een bestuurder.';
const NARRATIVE =
  '## Wat we samen zagen\n\nDe toegang is **dichtbij**, de wachtlijsten groeien.\n\n- Stuur op een paar cijfers.\n- Houd het gesprek over geld en bedoeling bij elkaar.';

test.use({ actionTimeout: 15_000 });

/** The municipalities of the programme, as the coordinator sees them on the programme page. */
async function programmeMunicipalities(page: Page): Promise<string[]> {
  const names = (await page.locator('section[aria-labelledby="accepted-heading"] tbody tr').locator('td:first-child').allTextContents()).map((name) =>
    name.trim(),
  );
  expect(names.length).toBeGreaterThanOrEqual(4);
  return names;
}

function expectNoNames(texts: string[], names: string[]): void {
  for (const text of texts) {
    for (const name of names) expect(text, `a name is left in "${text}"`).not.toContain(name);
  }
}

const stepsNav = (page: Page) => page.getByRole('navigation', { name: 'Stappen van de oogst' });

/** Goes to a step of the editor by its link: the address keeps the step, the link is marked current, the focus is on the step's heading. */
async function goToStep(page: Page, name: string, stap: string): Promise<void> {
  const link = stepsNav(page).getByRole('link', { name: new RegExp(`^${name}`) });
  await link.click();
  await expectStep(page, name, stap);
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeFocused();
}

async function expectStep(page: Page, name: string, stap: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`\\?stap=${stap}$`));
  await expect(stepsNav(page).locator('[aria-current="step"]')).toHaveCount(1);
  await expect(stepsNav(page).getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

/** No header of the table breaks inside a word: each header text has no more lines than words. */
async function expectWholeWordHeaders(table: Locator): Promise<void> {
  const broken = await table.locator('thead th').evaluateAll((cells) =>
    cells
      .map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        const words = (cell.textContent ?? '').trim().split(/\s+/).length;
        return { text: cell.textContent, lines, words };
      })
      .filter((cell) => cell.lines > cell.words),
  );
  expect(broken, 'table headers broken inside a word').toEqual([]);
}

/**
 * A hidden group (too few municipalities) reads "verborgen" in its cells, and a total over it never
 * reads as a bare number: "verborgen" when every row in the column is hidden, "… + verborgen" when some are.
 */
async function expectHiddenTotals(table: Locator): Promise<number> {
  const report = await table.evaluate((element) => {
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim()));
    const body = rows.slice(0, -1);
    const totals = rows[rows.length - 1];
    let hidden = 0;
    const wrong: string[] = [];
    totals.slice(0, -1).forEach((total, column) => {
      const cells = body.map((row) => row[column]);
      const hiddenCells = cells.filter((cell) => cell === 'verborgen').length;
      hidden += hiddenCells;
      if (hiddenCells === cells.length && total !== 'verborgen') wrong.push(`column ${column}: "${total}" over hidden rows only`);
      if (hiddenCells > 0 && hiddenCells < cells.length && !/^\d+ \+ verborgen$/.test(total))
        wrong.push(`column ${column}: "${total}" leaves hidden rows out without saying so`);
      if (hiddenCells > 0 && total === '0') wrong.push(`column ${column}: 0 for a hidden group`);
    });
    return { hidden, wrong };
  });
  expect(report.wrong).toEqual([]);
  return report.hidden;
}

test('a harvest from draft to public page: counts, patterns, quotes, narrative, publish, read on a phone', async ({ browser }) => {
  test.setTimeout(420_000);

  // The coordinator opens the closed programme and its harvests.
  const { context, page } = await signInAs(browser, PEOPLE.coordinator.email);
  await menu(page).getByRole('link', { name: "Programma's" }).click();
  await expectPage(page, "Programma's");
  await page.getByRole('link', { name: PROGRAMME, exact: true }).click();
  await expectPage(page, PROGRAMME);
  const municipalities = await programmeMunicipalities(page);
  await page.getByRole('link', { name: 'Oogsten van dit programma' }).click();
  await expectPage(page, `Oogsten: ${PROGRAMME}`);
  await expect(page.getByRole('link', { name: 'Oogst Sturen met Kwaliteit 2025', exact: true })).toBeVisible();

  // A new harvest: the form checks the title before sending.
  await page.getByRole('button', { name: 'Oogst aanmaken' }).click();
  await expect(page.getByLabel('Titel van de oogst')).toBeFocused();
  await expect(page.getByText('Vul dit veld in.')).toBeVisible();
  await expectNoAxeViolations(page, 'harvest form with an error');
  const title = unique('Oogst e2e');
  await page.getByLabel('Titel van de oogst').fill(title);
  await page.getByRole('radio', { name: 'Alleen voor het netwerk' }).check();
  await expectNoAxeViolations(page, 'harvest form filled in');
  await page.getByRole('button', { name: 'Oogst aanmaken' }).click();
  await expectPage(page, title);
  await expect(page.getByTestId('harvest-message')).toContainText('De oogst is aangemaakt.');
  const editorPath = new URL(page.url()).pathname;
  expect(editorPath).toMatch(/^\/oogsten\/[0-9a-f-]{36}$/);

  // The editor is five steps in order, the first one current; the publish bar is there under every step.
  await expect(stepsNav(page).getByRole('listitem')).toHaveText(['1Tellen', '2Patronen', '3Citaten', '4Verhaal', '5Publiceren']);
  await expect(stepsNav(page).getByRole('link', { name: 'Tellen' })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { level: 2, name: 'Tellen', exact: true })).toBeVisible();
  const bar = page.getByRole('region', { name: 'Stand van de oogst en publiceren' });
  await expect(bar.getByTestId('harvest-status')).toHaveText('Concept');
  await expect(bar.getByRole('button', { name: 'Oogst publiceren' })).toBeVisible();
  // The bar stays in view at the bottom of a long step.
  expect(await bar.evaluate((element) => getComputedStyle(element).position)).toBe('sticky');
  await expect(bar).toBeInViewport();

  // Tellen: each count has a chart and a table under it.
  await expect(page.getByTestId('harvest-totals')).toContainText(/\d+ bevindingen van \d+ gemeenten in \d+ rondes\./);
  for (const [id, caption] of [
    ['counts-byTheme', 'Per thema: bevindingen per soort'],
    ['counts-bySizeClass', 'Per grootteklasse van de gemeente: bevindingen per soort'],
    ['counts-byRound', 'Per ronde: bevindingen per soort'],
  ] as const) {
    const block = page.getByTestId(id);
    await expect(block.getByTestId(`${id}-chart`)).toBeVisible();
    await expect(block.getByRole('table', { name: caption })).toBeVisible();
  }
  const themeTable = page.getByRole('table', { name: 'Per thema: bevindingen per soort' });
  await expect(themeTable.getByRole('columnheader', { name: 'Zorgpunt' })).toBeVisible();
  await expect(themeTable.getByRole('rowheader', { name: /^Wmo/ })).toBeVisible();
  // Small groups are hidden and read "verborgen"; the totals over them never read 0.
  const sizeTable = page.getByRole('table', { name: 'Per grootteklasse van de gemeente: bevindingen per soort' });
  expect(await expectHiddenTotals(sizeTable), 'the demo has a hidden size class').toBeGreaterThan(0);
  await expectHiddenTotals(page.getByRole('table', { name: 'Per ronde: bevindingen per soort' }));
  await expectHiddenTotals(themeTable);
  // On a phone the headers keep whole words; a table wider than the screen scrolls in its own region.
  const wide = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  for (const name of ['Per thema', 'Per grootteklasse van de gemeente', 'Per ronde'])
    await expectWholeWordHeaders(page.getByRole('table', { name: `${name}: bevindingen per soort` }));
  await expect(page.getByRole('region', { name: 'Per thema: bevindingen per soort' })).toHaveAttribute('tabindex', '0');
  await expectNoHorizontalScroll(page);
  await expect(bar).toBeInViewport();
  await page.setViewportSize(wide);
  await expectNoAxeViolations(page, 'harvest editor: counts step');

  // A reload keeps the step.
  await goToStep(page, 'Patronen', 'patronen');
  await page.reload();
  await expectPage(page, title);
  await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · Patronen · `));
  await expectStep(page, 'Patronen', 'patronen');

  // Patronen: what recurs across municipalities, without names.
  const patterns = page.getByTestId('harvest-patterns');
  await expect(patterns.getByRole('listitem').first()).toBeVisible();
  await expect(patterns).toContainText(/bevindingen bij \d+ gemeenten\./);
  expectNoNames(await patterns.allTextContents(), municipalities);
  await expect(patterns).not.toContainText(/: 0(;|$)/);
  await expect(patterns).toContainText(': verborgen');

  // Citaten, by keyboard from the step list: the candidates are anonymised already.
  await stepsNav(page)
    .getByRole('link', { name: /^Citaten/ })
    .focus();
  await page.keyboard.press('Enter');
  await expectStep(page, 'Citaten', 'citaten');
  await expect(page.getByRole('heading', { level: 2, name: 'Citaten', exact: true })).toBeFocused();
  const candidates = page.getByTestId('harvest-candidates').getByRole('listitem');
  await expect(candidates.first()).toBeVisible();
  expectNoNames(await candidates.allTextContents(), municipalities);
  await expectNoAxeViolations(page, 'harvest editor: new draft');

  // Two public candidates become quotes.
  for (const heading of ['Gekozen citaat (1)', 'Gekozen citaten (2)']) {
    const chosen = page.getByTestId('harvest-candidates').getByRole('listitem').filter({ hasText: 'mag gedeeld worden met: Openbaar' }).first();
    await chosen.getByRole('button', { name: /^Als citaat toevoegen/ }).click();
    await expect(page.getByTestId('harvest-message')).toHaveText('Het citaat is toegevoegd.');
    await expect(page.getByRole('heading', { name: heading })).toBeFocused();
  }
  const quotes = page.getByTestId('harvest-quotes').getByRole('listitem');
  await expect(quotes).toHaveCount(2);
  expectNoNames(await quotes.allTextContents(), municipalities);

  // The coordinator edits the first quote.
  await page.getByRole('button', { name: 'Tekst aanpassen Citaat 1' }).click();
  const quoteForm = page.getByRole('form', { name: 'Citaat 1 aanpassen' });
  await expect(quoteForm.getByLabel('Tekst van het citaat')).toBeFocused();
  await expectNoAxeViolations(page, 'editing a quote');
  await quoteForm.getByLabel('Tekst van het citaat').fill(EDITED_QUOTE);
  await quoteForm.getByRole('button', { name: 'Citaat opslaan' }).click();
  await expect(page.getByTestId('harvest-message')).toHaveText('Het citaat is opgeslagen.');
  await expect(quotes.first()).toContainText(EDITED_QUOTE);

  // The narrative, with its preview: the next step, from the link under the quotes.
  await page.getByRole('link', { name: 'Volgende stap: Verhaal' }).click();
  await expectStep(page, 'Verhaal', 'verhaal');
  await page.getByLabel('Verhaal', { exact: true }).fill(NARRATIVE);
  const preview = page.getByRole('region', { name: 'Voorbeeld' });
  await expect(preview.getByRole('heading', { name: 'Wat we samen zagen' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('dichtbij');
  await page.getByRole('button', { name: 'Verhaal opslaan' }).click();
  await expect(page.getByTestId('harvest-message')).toHaveText('Het verhaal is opgeslagen.');

  // A second tab with the old draft: saving there shows both versions, and nothing is lost.
  const stale = await context.newPage();
  await stale.goto(`${editorPath}?stap=verhaal`);
  await expectPage(stale, title);
  await page.getByLabel('Verhaal', { exact: true }).fill(`${NARRATIVE}\n\nAangevuld in het eerste tabblad.`);
  await page.getByRole('button', { name: 'Verhaal opslaan' }).click();
  await expect(page.getByTestId('harvest-message')).toHaveText('Het verhaal is opgeslagen.');
  await stale.getByLabel('Verhaal', { exact: true }).fill(`${NARRATIVE}\n\nAangevuld in het tweede tabblad.`);
  await stale.getByRole('button', { name: 'Verhaal opslaan' }).click();
  const conflict = stale.getByTestId('harvest-conflict');
  await expect(conflict.getByRole('region', { name: 'Uw versie' })).toContainText('Aangevuld in het tweede tabblad.');
  await expect(conflict.getByRole('region', { name: 'Nieuwste versie' })).toContainText('Aangevuld in het eerste tabblad.');
  await expectNoAxeViolations(stale, 'harvest narrative conflict');
  await conflict.getByRole('button', { name: 'Nieuwste versie nemen' }).click();
  await expect(stale.getByLabel('Verhaal', { exact: true })).toHaveValue(/Aangevuld in het eerste tabblad\./);
  await stale.close();
  await page.reload();
  await expectPage(page, title);
  await expectStep(page, 'Verhaal', 'verhaal');
  await expect(page.getByLabel('Verhaal', { exact: true })).toHaveValue(/Aangevuld in het eerste tabblad\./);

  // Publiceren: public, then publish: a numbered, frozen version.
  await goToStep(page, 'Publiceren', 'publiceren');
  await page.getByRole('radio', { name: 'Openbaar: iedereen met de link' }).check();
  await page.getByRole('button', { name: 'Titel en zichtbaarheid opslaan' }).click();
  await expect(page.getByTestId('harvest-message')).toHaveText('De titel en de zichtbaarheid zijn opgeslagen.');
  await expect(page.getByTestId('harvest-visibility')).toHaveText('Openbaar');
  await expect(page.getByTestId('harvest-problems')).toHaveCount(0);
  // The step shows what readers will see, read only: the counts, the patterns, the chosen quotes, the narrative.
  const draftPreview = page.getByTestId('harvest-preview');
  await expect(draftPreview.getByRole('heading', { name: 'Voorbeeld: wat het publiek leest' })).toBeVisible();
  await expect(draftPreview.getByRole('table', { name: 'Per thema: bevindingen per soort' })).toBeVisible();
  await expect(draftPreview.locator('blockquote')).toHaveCount(2);
  await expect(draftPreview.locator('blockquote').first()).toContainText(EDITED_QUOTE);
  await expect(draftPreview.getByRole('heading', { name: 'Wat we samen zagen' })).toBeVisible();
  await expect(draftPreview.getByRole('button')).toHaveCount(0);
  await expect(draftPreview.getByTestId('harvest-public-preview-link')).toHaveAttribute('href', /^\/export\/oogst-voorbeeld\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page, 'harvest ready to publish');
  // The editor reflows at 320 px too: charts, tables and forms without sideways scrolling.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize(viewport!);
  await expect(page.getByTestId('harvest-public-state')).toHaveText('Niets openbaar. Deze oogst is voor niemand buiten het netwerk te zien.');
  // Publishing asks first, naming the version and the address, with a preview of exactly what the public will see.
  const publishButton = bar.getByRole('button', { name: 'Oogst publiceren' });
  await publishButton.click();
  const ask = page.getByRole('dialog', { name: 'Versie 1 openbaar publiceren?' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText(/Iedereen met de link kan hem lezen, ook zonder in te loggen, op \/oogst\/[a-z0-9-]+\./);
  await expect(ask.getByRole('button', { name: 'Nee, niet publiceren' })).toBeFocused();
  await expectNoAxeViolations(page, 'publish dialog');
  const previewHref = await ask.getByTestId('harvest-preview-link').getAttribute('href');
  expect(previewHref).toMatch(/^\/export\/oogst-voorbeeld\/[0-9a-f-]{36}$/);
  const publicPreview = await context.newPage();
  await publicPreview.goto(previewHref!);
  await expectPage(publicPreview, title);
  await expect(publicPreview.getByRole('note')).toContainText('nog niet gepubliceerd');
  await expect(publicPreview.locator('blockquote').first()).toContainText(EDITED_QUOTE);
  await expectNoAxeViolations(publicPreview, 'preview of the public page');
  await publicPreview.close();
  // Escape cancels and gives the focus back; nothing was published.
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(publishButton).toBeFocused();
  await expect(page.getByTestId('harvest-versions')).toHaveCount(0);
  await publishButton.click();
  await page.getByRole('dialog', { name: 'Versie 1 openbaar publiceren?' }).getByRole('button', { name: 'Ja, publiceer openbaar' }).click();
  await expect(page.getByTestId('harvest-published')).toHaveText('Versie 1 is gepubliceerd.');
  await expect(page.getByTestId('harvest-published').locator('..')).toBeFocused();
  await expect(bar.getByTestId('harvest-status')).toHaveText('Gepubliceerd');
  await expect(page.getByTestId('harvest-public-state')).toHaveText(/^Versie 1 is openbaar sinds \d{1,2} \w+ \d{4}/);
  await expect(page.getByTestId('harvest-versions').getByRole('link', { name: 'Versie 1', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'harvest published');
  await expect(page.getByRole('link', { name: 'PDF van versie 1', exact: true })).toHaveAttribute('href', /\/export\/oogst\/[0-9a-f-]{36}\/pdf\?versie=1$/);
  // The coordinator's own downloads of the version.
  for (const [format, type] of [
    ['PDF', 'application/pdf'],
    ['DOCX', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ] as const) {
    const href = await page.getByRole('link', { name: `${format} van versie 1`, exact: true }).getAttribute('href');
    const response = await context.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(type);
    console.log(`export ${format}: ${(await response.body()).length} bytes`);
  }
  const publicHref = await page.getByTestId('harvest-public-link').getAttribute('href');
  expect(publicHref).toMatch(/^\/oogst\/[a-z0-9-]+$/);
  expect(publicHref).not.toBe('/oogst/oogst-sturen-met-kwaliteit-2025');

  // The frozen version, read only.
  await page.getByTestId('harvest-versions').getByRole('link', { name: 'Versie 1', exact: true }).click();
  await expectPage(page, `${title}, versie 1`);
  await expect(page.getByText(EDITED_QUOTE)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Per thema: bevindingen per soort' })).toBeVisible();
  await expect(page.getByRole('button')).not.toContainText(['Oogst publiceren']);

  // The list shows the new harvest with its public page; the programme page links to it too.
  await page.goto(`${editorPath}`);
  await expectPage(page, title);
  await page.getByRole('link', { name: `Terug naar de oogsten van ${PROGRAMME}` }).click();
  await expectPage(page, `Oogsten: ${PROGRAMME}`);
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('1 gepubliceerde versie');
  await expectNoAxeViolations(page, 'harvest list with the new harvest');
  await context.close();

  // A member without rights gets a clean "not found", not a crash.
  const member = await signInAs(browser, PEOPLE.lieke.email);
  await member.page.goto(`${editorPath}?stap=publiceren`);
  await expectPage(member.page, 'Oogst niet gevonden');
  await expect(member.page.getByText('Deze oogst bestaat niet, of u heeft er geen toegang toe.')).toBeVisible();
  await member.page.goto('/oogsten/00000000-0000-4000-8000-000000000000');
  await expectPage(member.page, 'Oogst niet gevonden');
  await member.context.close();

  // Anyone with the link reads it on a phone, without signing in.
  const visitor = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const phone = await visitor.newPage();
  await phone.goto(publicHref!);
  await expectPage(phone, title);
  await expectNoHorizontalScroll(phone);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expect(phone.getByRole('table', { name: /thema/i }).first()).toBeAttached();
  // The chart is stacked by kind, with a legend, and its text is real text of at least 12 px on a phone.
  const chart = phone.locator('figure.chart');
  await expect(chart.locator('figcaption')).toHaveText('Bevindingen per thema, per soort');
  await expect(chart.locator('.legend li')).toHaveText(['Wat gaat goed', 'Zorgpunt', 'Aanbeveling', 'Eigen verantwoordelijkheid']);
  expect(await chart.locator('.seg').count()).toBeGreaterThan(0);
  for (const width of [320, 390]) {
    await phone.setViewportSize({ width, height: 800 });
    const sizes = await chart
      .locator('.bar-label, .bar-value, .legend li')
      .evaluateAll((elements) => elements.map((element) => parseFloat(getComputedStyle(element).fontSize)));
    expect(sizes.length).toBeGreaterThan(4);
    expect(Math.min(...sizes), `chart text at ${width} px`).toBeGreaterThanOrEqual(12);
    await expectNoHorizontalScroll(phone);
  }
  await phone.setViewportSize({ width: 320, height: 800 });
  // A hidden small group reads "verborgen", as in the app.
  await expect(phone.getByRole('table', { name: /grootteklasse/i })).toContainText('verborgen');
  const published = phone.locator('blockquote');
  await expect(published).toHaveCount(2);
  await expect(published.first()).toContainText(EDITED_QUOTE);
  expectNoNames(await published.allTextContents(), municipalities);
  await expectNoAxeViolations(phone, 'public harvest page at 320 px');

  for (const [file, type] of [
    ['oogst.pdf', 'application/pdf'],
    ['oogst.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ] as const) {
    const href = await phone.locator(`a[href^="${publicHref}/${file}"]`).first().getAttribute('href');
    const response = await visitor.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(type);
    const body = await response.body();
    expect(body.length).toBeGreaterThan(1000);
    console.log(`${file}: ${body.length} bytes`);
  }

  // The coordinator withdraws it, through a dialog that names what happens and asks why.
  const again = await signInAs(browser, PEOPLE.coordinator.email);
  await again.page.goto(`${editorPath}?stap=publiceren`);
  await expectPage(again.page, title);
  const withdrawButton = again.page.getByRole('button', { name: 'Openbare versie intrekken' });
  await withdrawButton.click();
  const withdraw = again.page.getByRole('alertdialog', { name: 'Versie 1 intrekken?' });
  await expect(withdraw).toContainText(`De openbare pagina ${publicHref} en de PDF en DOCX zijn daarna voor niemand meer te zien.`);
  await expect(withdraw.getByLabel('Reden van het intrekken')).toBeFocused();
  await withdraw.getByRole('button', { name: 'Ja, trek versie 1 in' }).click();
  await expect(withdraw.getByText('Vul dit veld in.')).toBeVisible();
  await expectNoAxeViolations(again.page, 'withdraw dialog with a missing reason');
  await withdraw.getByLabel('Reden van het intrekken').fill('Een situatie in citaat 2 is toch herkenbaar.');
  await withdraw.getByRole('button', { name: 'Ja, trek versie 1 in' }).click();
  await expect(withdraw).toBeHidden();
  await expect(again.page.getByTestId('harvest-message')).toHaveText('Versie 1 is ingetrokken. De openbare pagina is niet meer te zien.');
  await expect(again.page.getByTestId('harvest-public-state')).toHaveText(/^Versie 1 is ingetrokken op \d{1,2} \w+ \d{4}/);
  await expect(again.page.getByTestId('harvest-public-link')).toHaveCount(0);
  await expect(again.page.getByTestId('harvest-versions')).toContainText('Reden: Een situatie in citaat 2 is toch herkenbaar.');
  await expectNoAxeViolations(again.page, 'harvest withdrawn');
  await again.context.close();

  // The public link now says it was withdrawn (410), and the files are gone.
  const gone = await phone.goto(publicHref!);
  expect(gone?.status()).toBe(410);
  await expectPage(phone, 'Oogst ingetrokken');
  await expect(phone.locator('blockquote')).toHaveCount(0);
  await expectNoAxeViolations(phone, 'public harvest page withdrawn');
  for (const file of ['oogst.pdf', 'oogst.docx']) expect((await visitor.request.get(`${publicHref}/${file}`)).status()).toBe(410);
  await visitor.close();
});

test('a theme one municipality raised reads "verborgen" with the reason, in the counts and in the preview', async ({ browser }) => {
  const EARLIER = 'Sturen met Kwaliteit 2024';
  const { context, page } = await signInAs(browser, PEOPLE.coordinator.email);
  await menu(page).getByRole('link', { name: "Programma's" }).click();
  await expectPage(page, "Programma's");
  await page.getByRole('link', { name: EARLIER, exact: true }).click();
  await expectPage(page, EARLIER);
  await page.getByRole('link', { name: 'Oogsten van dit programma' }).click();
  await expectPage(page, `Oogsten: ${EARLIER}`);
  const title = unique('Oogst 2024 e2e');
  await page.getByLabel('Titel van de oogst').fill(title);
  await page.getByRole('button', { name: 'Oogst aanmaken' }).click();
  await expectPage(page, title);

  // In 2024 only Leiden raised Financiële beheersbaarheid: its row is hidden with the reason, and Jeugd, the smallest
  // other theme, with it, so that the totals do not give it back. Wmo, raised by all four, shows.
  const themeTable = page.getByRole('table', { name: 'Per thema: bevindingen per soort' });
  const financial = themeTable.getByRole('row', { name: /^Financiële beheersbaarheid/ });
  await expect(financial.getByRole('rowheader')).toContainText('Niet getoond: deze groep heeft minder dan 3 gemeenten');
  await expect(financial.getByRole('cell')).toHaveText(Array(6).fill('verborgen'));
  await expect(themeTable.getByRole('row', { name: /^Jeugd/ }).getByRole('rowheader')).toContainText('anders is een verborgen kleine groep');
  await expect(themeTable.getByRole('row', { name: /^Wmo/ }).getByRole('cell').last()).toHaveText('4');
  expect(await expectHiddenTotals(themeTable), 'hidden themes in the totals').toBeGreaterThan(0);
  await expectNoAxeViolations(page, 'harvest editor: hidden themes');

  // What readers would see says the same.
  await goToStep(page, 'Publiceren', 'publiceren');
  const preview = page.getByTestId('harvest-preview').getByRole('table', { name: 'Per thema: bevindingen per soort' });
  await expect(
    preview
      .getByRole('row', { name: /^Financiële beheersbaarheid/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('verborgen');
  await context.close();
});
