import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { expectNoAxeViolations } from './support/axe';
import { expectPage } from './support/app';
import { expectNoHorizontalScroll, menu, PEOPLE, signInAs } from './support/visits';

/** The demo's finished programme: Nijmegen's visit has been held and waits for its report. */
const CLOSED_PROGRAMME = 'Sturen met Kwaliteit 2025';
/** Nijmegen's contact in the demo (apps/api/src/demo/seed-demo.ts). */
const NIJMEGEN_HOST = 'nijmegen@kijkje.test';

const SUMMARY_SENTENCE = 'Nijmegen signaleert vroeg, samen met de scholen.';
const SUMMARY = `${SUMMARY_SENTENCE}\n\nDe **wachtlijst** voor begeleiding vraagt aandacht: inwoners horen weinig over hoe lang nog.`;
const HOST_COMMENT = 'Herkenbaar beeld. De wachtlijst pakken we dit najaar aan met een online overzicht.';

test.use({ actionTimeout: 15_000 });

/** A message announced in a live region (the alert inside it is a status of its own). */
function notice(page: Page, text: string) {
  return page.getByRole('status').getByText(text).first();
}

/** Clicks a download link and returns the file's bytes and suggested name. */
async function download(page: Page, name: string): Promise<{ bytes: Buffer; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
  const path = await file.path();
  return { bytes: await readFile(path), name: file.suggestedFilename() };
}

/** Visible text of a DOCX's body: what Word shows, without the XML. */
async function docxText(bytes: Buffer): Promise<{ files: string[]; text: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return { files: Object.keys(zip.files), text: xml.replace(/<[^>]+>/g, '') };
}

test('the visit report: the lead writes and shares it, the host comments, the lead finalises and downloads it, the host shares it with the network', async ({
  browser,
}) => {
  test.setTimeout(240_000);

  // Ruben Reviewer leads Nijmegen's team: he finds the held visit and begins its report.
  const ruben = await signInAs(browser, PEOPLE.ruben.email);
  const lead = ruben.page;
  await menu(lead).getByRole('link', { name: 'Bezoeken' }).click();
  await expectPage(lead, 'Bezoeken');
  await lead
    .getByRole('region', { name: 'Lopende bezoeken' })
    .getByRole('listitem')
    .filter({ hasText: CLOSED_PROGRAMME })
    .getByRole('link', { name: 'Bezoek aan Nijmegen' })
    .click();
  await expectPage(lead, 'Bezoek aan Nijmegen');
  await expect(lead.getByTestId('visit-status')).toHaveText('Bezoek afgerond');
  await lead.getByRole('link', { name: 'Naar het bezoekverslag' }).click();
  await expectPage(lead, 'Bezoekverslag Nijmegen');
  const reportPath = new URL(lead.url()).pathname;
  expect(reportPath).toMatch(/^\/bezoeken\/[0-9a-f-]{36}\/verslag$/);

  await lead.getByRole('button', { name: 'Verslag beginnen' }).click();
  await expect(notice(lead, 'Het bezoekverslag is begonnen.')).toBeVisible();
  await expect(lead.getByTestId('report-status')).toHaveText('Rapport in concept');
  await expect(lead.getByRole('heading', { name: 'Samenvatting schrijven' })).toBeFocused();
  // The title block and the final findings, by theme in the programme's order and then by kind.
  const content = lead.getByTestId('report-content');
  await expect(content.getByText('Sturen met Kwaliteit 2025', { exact: true })).toBeVisible();
  await expect(content.getByText('Ruben Reviewer (Deventer), teamleider')).toBeVisible();
  await expect(content.getByRole('heading', { level: 4 })).toHaveText(['Wmo', 'Jeugd', 'Reactie op het verslag', 'Reacties op de bevindingen']);
  await expect(content.getByRole('heading', { level: 5 })).toHaveText(['Zorgpunt', 'Aanbeveling', 'Wat gaat goed']);
  await expectNoAxeViolations(lead, 'report: draft just begun');

  // The summary in Markdown, with its preview.
  await lead.getByRole('textbox', { name: 'Samenvatting' }).fill(SUMMARY);
  await expect(lead.getByTestId('summary-preview').locator('strong')).toHaveText('wachtlijst');
  await expectNoAxeViolations(lead, 'report: summary typed, preview shown');
  // Sharing before saving is refused in the browser: nothing typed is lost.
  await lead.getByRole('button', { name: 'Verslag delen met de gastgemeente' }).click();
  await expect(lead.getByText('Sla eerst de samenvatting op; daarna kunt u het verslag delen.')).toBeVisible();
  await lead.getByRole('button', { name: 'Samenvatting opslaan' }).click();
  await expect(notice(lead, 'De samenvatting is opgeslagen.')).toBeVisible();
  await expect(content.locator('strong', { hasText: 'wachtlijst' })).toBeVisible();

  // The same report open in a second tab, saved there in between: the first tab's save shows both
  // versions, and the lead keeps his own (REL-02; nothing is overwritten without a choice).
  const other = await ruben.context.newPage();
  await other.goto(reportPath);
  await expectPage(other, 'Bezoekverslag Nijmegen');
  await other.getByRole('textbox', { name: 'Samenvatting' }).fill('Een andere samenvatting, uit het tweede tabblad.');
  await other.getByRole('button', { name: 'Samenvatting opslaan' }).click();
  await expect(notice(other, 'De samenvatting is opgeslagen.')).toBeVisible();
  await other.close();
  await lead.getByRole('textbox', { name: 'Samenvatting' }).fill(`${SUMMARY}\n\nAangevuld na het gesprek.`);
  await lead.getByRole('button', { name: 'Samenvatting opslaan' }).click();
  await expect(lead.getByRole('heading', { name: 'Het verslag is intussen gewijzigd' })).toBeFocused();
  await expect(lead.getByRole('region', { name: 'Laatst opgeslagen versie' })).toContainText('Een andere samenvatting, uit het tweede tabblad.');
  await expect(lead.getByRole('region', { name: 'Uw versie' })).toContainText('Aangevuld na het gesprek.');
  await expectNoAxeViolations(lead, 'report: summary saved elsewhere meanwhile');
  await lead.getByRole('button', { name: 'Mijn versie opslaan' }).click();
  await expect(notice(lead, 'De samenvatting is opgeslagen.')).toBeVisible();
  await expect(content).toContainText('Aangevuld na het gesprek.');
  await expect(content).not.toContainText('uit het tweede tabblad');

  // Shared with the host, who has ten days to comment.
  await lead.getByLabel('Reactietermijn in dagen').fill('61');
  await lead.getByRole('button', { name: 'Verslag delen met de gastgemeente' }).click();
  await expect(lead.getByText('Kies een termijn van 1 tot en met 60 dagen.')).toBeVisible();
  await expectNoAxeViolations(lead, 'report: reply period refused');
  await lead.getByLabel('Reactietermijn in dagen').fill('10');
  await lead.getByRole('button', { name: 'Verslag delen met de gastgemeente' }).click();
  await expect(notice(lead, 'Het verslag is gedeeld met de gastgemeente.')).toBeVisible();
  await expect(lead.getByTestId('report-status')).toHaveText('Rapport gedeeld');
  await expect(lead.getByTestId('report-deadline')).not.toBeEmpty();
  await expect(lead.getByRole('heading', { name: 'Stand van het verslag' })).toBeFocused();
  await expect(lead.getByTestId('report-revisions').locator(':scope > li')).toHaveCount(1);
  await expectNoAxeViolations(lead, 'report: shared with the host');

  // Another municipality of the round does not see the report before it is final and shared.
  const lieke = await signInAs(browser, PEOPLE.lieke.email);
  await lieke.page.goto(reportPath);
  await expectPage(lieke.page, /^Bezoekverslag/);
  await expect(lieke.page.getByText('Dit bezoekverslag is niet gevonden, of u heeft er geen toegang toe.')).toBeVisible();

  // Nijmegen's host reads the shared report and comments within the reply period.
  const nina = await signInAs(browser, NIJMEGEN_HOST);
  const host = nina.page;
  await host.goto(reportPath);
  await expectPage(host, 'Bezoekverslag Nijmegen');
  await expect(host.getByTestId('report-content').getByText(SUMMARY_SENTENCE)).toBeVisible();
  await expect(host.getByRole('button', { name: 'Samenvatting opslaan' })).toHaveCount(0);
  await expectNoAxeViolations(host, 'report: host reads the shared report');
  await host.getByLabel('Reactie van de gastgemeente').fill(HOST_COMMENT);
  await host.getByRole('button', { name: 'Reactie opslaan' }).click();
  await expect(notice(host, 'Uw reactie is opgeslagen.')).toBeVisible();
  await expect(host.getByTestId('report-appendix')).toContainText(HOST_COMMENT);
  await expectNoAxeViolations(host, 'report: host commented');

  // The lead sees the comment in the appendix and makes the report final.
  await lead.reload();
  await expectPage(lead, 'Bezoekverslag Nijmegen');
  await expect(lead.getByTestId('report-appendix')).toContainText(HOST_COMMENT);
  // Making it final cannot be undone: a dialog names the host and what ends; Escape changes nothing.
  const finaliseButton = lead.getByRole('button', { name: 'Verslag definitief maken' });
  await finaliseButton.click();
  const finalise = lead.getByRole('alertdialog', { name: 'Verslag over Nijmegen definitief maken?' });
  await expect(finalise).toContainText('De gastgemeente Nijmegen kan er daarna niet meer op reageren.');
  // The host's reply period still runs: the page and the question say until when.
  await expect(lead.getByTestId('report-reply-running')).toContainText('De reactietermijn van Nijmegen loopt nog tot');
  await expect(finalise.getByTestId('report-finalise-early')).toContainText('Als u het verslag nu definitief maakt, kan Nijmegen niet meer reageren.');
  await expect(finalise).toContainText(/De \d+ bevinding(en)? in het verslag (ligt|liggen) daarmee vast \(definitief\)\./);
  await expect(finalise.getByRole('button', { name: 'Nee, terug naar het verslag' })).toBeFocused();
  await expectNoAxeViolations(lead, 'report: finalise dialog');
  await lead.keyboard.press('Escape');
  await expect(finalise).toBeHidden();
  await expect(finaliseButton).toBeFocused();
  await lead.reload();
  await expectPage(lead, 'Bezoekverslag Nijmegen');
  await expect(lead.getByTestId('report-status')).toHaveText('Rapport gedeeld');
  await expect(lead.getByTestId('report-revisions').locator(':scope > li')).toHaveCount(1);
  await finaliseButton.click();
  await finalise.getByRole('button', { name: 'Ja, maak het verslag definitief' }).click();
  await expect(finalise).toBeHidden();
  await expect(notice(lead, 'Het verslag is definitief.')).toBeVisible();
  await expect(lead.getByTestId('report-status')).toHaveText('Rapport definitief');
  await expect(lead.getByTestId('report-revisions').locator(':scope > li')).toHaveCount(2);
  await expectNoAxeViolations(lead, 'report: final');

  // The first kept version opens read-only.
  await lead.getByRole('link', { name: /^Versie 1, gedeeld met de gastgemeente/ }).click();
  await expectPage(lead, 'Bezoekverslag Nijmegen');
  await expect(lead).toHaveURL(/verslag\?versie=1$/);
  await expect(lead.getByText(/U bekijkt versie 1 \(gedeeld met de gastgemeente\)/)).toBeVisible();
  await expect(lead.getByTestId('report-appendix')).not.toContainText(HOST_COMMENT);
  await expect(lead.getByRole('heading', { name: 'Stand van het verslag' })).toHaveCount(0);
  await expectNoAxeViolations(lead, 'report: kept version 1');
  await lead.getByRole('link', { name: 'Naar het verslag zoals het nu is' }).click();
  await expect(lead.getByTestId('report-status')).toHaveText('Rapport definitief');

  // The final report downloads as real files: a PDF with pages, a DOCX with the summary.
  const pdf = await download(lead, 'Download als PDF');
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(0);
  const docx = await download(lead, 'Download als Word (DOCX)');
  expect(docx.name).toMatch(/\.docx$/);
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const word = await docxText(docx.bytes);
  expect(word.files).toContain('word/document.xml');
  expect(word.text).toContain(SUMMARY_SENTENCE);
  expect(word.text).toContain(HOST_COMMENT);
  // A kept version downloads as it was.
  const first = await download(lead, 'Versie 1 als Word (DOCX)');
  expect(first.name).toMatch(/-versie-1\.docx$/);
  expect((await docxText(first.bytes)).text).not.toContain(HOST_COMMENT);
  console.log(`exports: pdf ${pdf.bytes.length} bytes, docx ${docx.bytes.length} bytes, version 1 docx ${first.bytes.length} bytes`);

  // The host shares the final report with the whole network; the round member now reads it.
  await host.reload();
  await expectPage(host, 'Bezoekverslag Nijmegen');
  await expect(host.getByTestId('report-sharing')).toHaveText('Alleen het reviewteam, de gastgemeente en de coördinator');
  await host.getByRole('radio', { name: 'Het hele netwerk' }).check();
  await expectNoAxeViolations(host, 'report: host chooses the sharing');
  await host.getByRole('button', { name: 'Keuze opslaan' }).click();
  await expect(notice(host, 'Opgeslagen. Lezers: Het hele netwerk.')).toBeVisible();
  await expect(host.getByTestId('report-sharing')).toHaveText('Het hele netwerk');
  await expectNoAxeViolations(host, 'report: shared with the network');

  await lieke.page.reload();
  await expectPage(lieke.page, 'Bezoekverslag Nijmegen');
  await expect(lieke.page.getByTestId('report-content').getByText(SUMMARY_SENTENCE)).toBeVisible();
  await expect(lieke.page.getByRole('button', { name: 'Keuze opslaan' })).toHaveCount(0);
  await expectNoAxeViolations(lieke.page, 'report: read by a member of the network');
  await lieke.page.setViewportSize({ width: 320, height: 800 });
  await expectNoHorizontalScroll(lieke.page);

  await Promise.all([ruben.context.close(), lieke.context.close(), nina.context.close()]);
});
