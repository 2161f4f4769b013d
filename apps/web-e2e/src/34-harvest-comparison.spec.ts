import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage, unique } from './support/app';
import { withDatabase } from './support/database';
import { PEOPLE, signInAs } from './support/visits';

const PROGRAMME = 'Sturen met Kwaliteit 2025';
const EARLIER = 'Sturen met Kwaliteit 2024';
const TOTALS = 'Bevindingen per programma en soort';
const THEMES = 'Bevindingen per thema, per gemeente, per programma';
const MEETINGS = 'Opbrengsten en aanbevelingen per thematafel';
const PATTERNS = 'Patronen per programma';
const HELD_MEETING = 'Werkbijeenkomst sturing en control in het sociaal domein';

test.use({ actionTimeout: 15_000 });

test('a harvest sets 2025 beside 2024, with their patterns, cijfers, evaluation and the work meetings, and its public page shows their tables', async ({
  browser,
}) => {
  // Under 30 s on a quiet machine; the margin is for a busy one.
  test.setTimeout(120_000);
  const programmeId = await withDatabase(async (db) => (await db.query(`SELECT id FROM programme WHERE name = $1`, [PROGRAMME])).rows[0].id as string);
  const { context, page } = await signInAs(browser, PEOPLE.coordinator.email);

  // A new public harvest of 2025.
  await page.goto(`/programmas/${programmeId}/oogsten`);
  await expectPage(page, `Oogsten: ${PROGRAMME}`);
  const title = unique('Oogst twee jaren');
  await page.getByLabel('Titel van de oogst').fill(title);
  await page.getByRole('radio', { name: 'Openbaar: iedereen met de link' }).check();
  await page.getByRole('button', { name: 'Oogst aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // Tellen: the coordinator adds the programme of the year before, and switches on the cijfers, the evaluation counts and the work meetings.
  const parts = page.getByRole('region', { name: 'Vergelijken en extra onderdelen' });
  await parts.getByRole('checkbox', { name: EARLIER }).check();
  await parts.getByRole('checkbox', { name: 'Cijfers' }).check();
  await parts.getByRole('checkbox', { name: 'Evaluatie van de rondes' }).check();
  await parts.getByRole('checkbox', { name: 'Uit de werkbijeenkomsten' }).check();
  // The meetings to choose from say which count: the held one with its public report does, the coming one not yet.
  const choice = parts.getByRole('group', { name: 'Welke werkbijeenkomsten' });
  await expect(choice.getByRole('checkbox', { name: new RegExp(HELD_MEETING) })).toHaveAccessibleDescription('Telt mee.');
  await parts.getByRole('button', { name: 'Onderdelen opslaan' }).click();
  await expect(page.getByTestId('harvest-message')).toHaveText('De onderdelen van de oogst zijn opgeslagen.');
  const comparison = page.getByTestId('draft-comparison');
  await expect(comparison.getByRole('table', { name: TOTALS }).getByRole('rowheader', { name: EARLIER })).toBeVisible();
  await expect(comparison.getByRole('table', { name: THEMES }).getByRole('columnheader', { name: EARLIER })).toBeVisible();
  // Under the comparison, its patterns across the two programmes: 2024's Wmo was at all four of its municipalities.
  const patterns = page.getByTestId('draft-pattern-comparison');
  await expect(patterns.getByRole('heading', { name: 'Patronen door de jaren heen' })).toBeVisible();
  await expect(patterns.getByRole('table', { name: PATTERNS }).getByRole('columnheader', { name: `${EARLIER}: gemeenten` })).toBeVisible();
  await expect(patterns.getByRole('table', { name: PATTERNS }).getByRole('rowheader', { name: 'Wmo', exact: true })).toBeVisible();
  await expect(page.getByTestId('draft-indicators').getByRole('heading', { name: 'Cijfers' })).toBeVisible();
  await expect(page.getByTestId('draft-evaluation').getByRole('heading', { name: 'Evaluatie van de rondes' })).toBeVisible();
  await expect(page.getByTestId('draft-meetings').getByRole('table', { name: MEETINGS })).toBeVisible();
  await expectNoAxeViolations(page, 'harvest editor with a comparison, cijfers, evaluation and work meetings');

  // The preview in the Publiceren step shows them as readers will.
  await page
    .getByRole('navigation', { name: 'Stappen van de oogst' })
    .getByRole('link', { name: /^Publiceren/ })
    .click();
  const preview = page.getByTestId('harvest-preview');
  await expect(preview.getByRole('table', { name: TOTALS }).getByRole('rowheader', { name: PROGRAMME })).toBeVisible();
  await expect(preview.getByRole('table', { name: TOTALS }).getByRole('rowheader', { name: EARLIER })).toBeVisible();
  await expect(preview.getByRole('table', { name: PATTERNS }).getByRole('columnheader', { name: `${EARLIER}: bevindingen` })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Cijfers' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Evaluatie van de rondes' })).toBeVisible();
  await expect(preview.getByRole('table', { name: MEETINGS })).toBeVisible();

  // Published publicly: the public page shows the comparison as a table, with the other parts.
  const bar = page.getByRole('region', { name: 'Stand van de oogst en publiceren' });
  await bar.getByRole('button', { name: 'Oogst publiceren' }).click();
  await page.getByRole('dialog', { name: 'Versie 1 openbaar publiceren?' }).getByRole('button', { name: 'Ja, publiceer openbaar' }).click();
  await expect(page.getByTestId('harvest-published')).toHaveText('Versie 1 is gepubliceerd.');
  const publicHref = await page.getByTestId('harvest-public-link').getAttribute('href');
  expect(publicHref).toMatch(/^\/oogst\/[a-z0-9-]+$/);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(publicHref!);
  await expectPage(reader, title);
  const table = reader.getByRole('table', { name: TOTALS });
  await expect(table.getByRole('rowheader', { name: PROGRAMME })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: EARLIER })).toBeVisible();
  await expect(reader.getByRole('table', { name: THEMES }).getByRole('columnheader', { name: EARLIER })).toBeVisible();
  // Patronen door de jaren heen: a table with the earlier programme's columns and a row per pattern, no names.
  await expect(reader.getByRole('heading', { level: 2, name: 'Patronen door de jaren heen' })).toBeVisible();
  const patternTable = reader.getByRole('table', { name: PATTERNS });
  await expect(patternTable.getByRole('columnheader', { name: `${EARLIER}: gemeenten` })).toBeVisible();
  await expect(patternTable.getByRole('rowheader', { name: 'Wmo', exact: true })).toBeVisible();
  await expect(patternTable.getByText('Haarlem')).toHaveCount(0);
  await expect(reader.getByRole('heading', { level: 2, name: 'Cijfers' })).toBeVisible();
  await expect(reader.getByRole('heading', { level: 2, name: 'Evaluatie van de rondes' })).toBeVisible();
  // The work meetings as counts per theme table, never a meeting's title.
  await expect(reader.getByRole('table', { name: MEETINGS }).getByRole('rowheader', { name: 'Totaal' })).toBeVisible();
  await expect(reader.getByText(HELD_MEETING)).toHaveCount(0);
  await reader.context().close();
  await context.close();
});
