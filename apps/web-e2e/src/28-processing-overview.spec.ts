import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage } from './support/app';
import { createNetworkWithCoordinator } from './support/journeys';

test.use({ actionTimeout: 15_000 });

// A network made for this journey: the demo networks keep their retention.
test('a coordinator sets the retention of visit material and downloads the processing overview that shows it', async ({ browser }) => {
  test.setTimeout(120_000);
  const me = await createNetworkWithCoordinator(browser);
  const page = me.page;

  // The network's settings: the retention, 5 years by default; out of bounds is refused in words.
  await page.goto('/netwerk/organisaties');
  await expectPage(page, 'Organisaties');
  const years = page.getByLabel('Bewaartermijn in jaren');
  await expect(years).toHaveValue('5');
  await years.fill('25');
  await page.getByRole('button', { name: 'Bewaartermijn opslaan' }).click();
  await expect(years).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Kies een bewaartermijn van 1 tot en met 20 jaar, in hele jaren.')).toBeVisible();
  await expectNoAxeViolations(page, 'retention refused');
  await years.fill('8');
  await page.getByRole('button', { name: 'Bewaartermijn opslaan' }).click();
  await expect(page.getByText('De bewaartermijn is 8 jaar.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Bewaartermijn in jaren')).toHaveValue('8');

  // The processing overview: a table with the network's retention, the privacy statement at hand.
  await page.getByRole('link', { name: 'Verwerkingsoverzicht bekijken' }).click();
  await expectPage(page, 'Verwerkingsoverzicht');
  await expect(page.getByTestId('overview-retention')).toHaveText('Bezoekmateriaal wordt 8 jaar na het sluiten van een programma bewaard.');
  const table = page.getByRole('table', { name: 'Verwerkingen van persoonsgegevens in dit netwerk' });
  await expect(table.getByRole('columnheader', { name: 'Grondslag' })).toBeVisible();
  const visitRow = table.getByRole('row', { name: /Bezoekmateriaal/ });
  await expect(visitRow).toContainText('8 jaar na het sluiten van het programma');
  await expect(page.getByRole('link', { name: 'Lees de privacyverklaring van het platform' })).toHaveAttribute('href', '/privacy');
  await expectNoAxeViolations(page, 'processing overview');

  // The CSV download carries the same retention, ready for the municipality's register.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als CSV' }).click()]);
  expect(file.suggestedFilename()).toBe('verwerkingsoverzicht.csv');
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('"Categorie";"Betrokkenen";"Persoonsgegevens";"Doel";"Grondslag";"Bewaartermijn";"Ontvangers"');
  expect(csv).toContain('"8 jaar na het sluiten van het programma');
  await me.context.close();
});
