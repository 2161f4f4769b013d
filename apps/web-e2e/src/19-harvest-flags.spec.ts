import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage, unique } from './support/app';
import { menu, PEOPLE, signInAs } from './support/visits';

/**
 * SEC-15 in the editor: words of a quote that may be names are shown in context with one-click
 * "vervangen" and "behouden"; publishing waits until each is decided. Runs after 16–19 on the same
 * server and makes its own harvest.
 */
const PROGRAMME = 'Sturen met Kwaliteit 2025';
const TEXT = 'Het wijkteam werkt goed, zei Pietersen. Best is dat Zuidveld meedoet en dat Lisse volgt.';

test.use({ actionTimeout: 15_000 });

const stepsNav = (page: Page) => page.getByRole('navigation', { name: /^(Stappen van de oogst|Steps of the harvest)$/ });

async function newHarvestWithQuote(page: Page, title: string): Promise<void> {
  await menu(page).getByRole('link', { name: "Programma's" }).click();
  await page.getByRole('link', { name: PROGRAMME, exact: true }).click();
  await page.getByRole('link', { name: 'Oogsten van dit programma' }).click();
  await page.getByLabel('Titel van de oogst').fill(title);
  await page.getByRole('radio', { name: 'Alleen voor het netwerk' }).check();
  await page.getByRole('button', { name: 'Oogst aanmaken' }).click();
  await expectPage(page, title);
  await stepsNav(page).getByRole('link', { name: 'Citaten' }).click();
  await expect(page).toHaveURL(/\?stap=citaten$/);
  await page
    .getByTestId('harvest-candidates')
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: /^Als citaat toevoegen/ })
    .click();
  await expect(page.getByTestId('harvest-message')).toHaveText('Het citaat is toegevoegd.');
  await page.getByRole('button', { name: 'Tekst aanpassen Citaat 1' }).click();
  await page.getByRole('form', { name: 'Citaat 1 aanpassen' }).getByLabel('Tekst van het citaat').fill(TEXT);
  await page.getByRole('button', { name: 'Citaat opslaan' }).click();
  await expect(page.getByTestId('harvest-message')).toHaveText('Het citaat is opgeslagen.');
}

test('a quote’s possible names are replaced or kept in one click, and only then can the harvest be published', async ({ browser }) => {
  test.setTimeout(180_000);
  const title = unique('Oogst woorden');
  const { page } = await signInAs(browser, PEOPLE.coordinator.email);
  await newHarvestWithQuote(page, title);
  const quote = page.getByTestId('harvest-quotes').getByRole('listitem').first();

  // Lisse is a municipality outside the network: a name still in the text, not a question.
  await expect(quote.getByText('Er staan nog namen in: Lisse.')).toBeVisible();
  const flags = page.getByTestId('quote-flags-1');
  await expect(flags.getByRole('listitem')).toHaveCount(3);
  await expect(flags.locator('[data-flag="pietersen"]')).toContainText('werkt goed, zei Pietersen. Best is dat');
  await expect(flags.locator('[data-flag="pietersen"] mark')).toHaveText('Pietersen');
  await expect(flags.locator('[data-flag="best"]')).toContainText('kan een naam of een gewoon woord zijn');
  // The publish bar says publishing waits, and why; the quotes step shows it has something open.
  const bar = page.getByRole('region', { name: 'Stand van de oogst en publiceren' });
  const blockers = bar.getByTestId('harvest-blockers');
  await expect(blockers.locator('summary')).toHaveText(/^Nog niet te publiceren: \d+ punt(en)?$/);
  await blockers.locator('summary').click();
  const problems = bar.getByTestId('harvest-problems');
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('Citaat 1 bevat woorden die een naam kunnen zijn: ‘Pietersen’, ‘Best’, ‘Zuidveld’.');
  await expect(blockers.getByRole('link', { name: 'Naar de citaten' })).toHaveAttribute('href', /\?stap=citaten$/);
  await expect(page.getByRole('button', { name: 'Oogst publiceren' })).toHaveCount(0);
  await expect(stepsNav(page).getByRole('link', { name: 'Citaten (1 open)' })).toHaveAttribute('aria-current', 'step');
  await expectNoAxeViolations(page, 'quote with flagged words');
  // From another step the bar still says so, and leads back to the quotes.
  await stepsNav(page).getByRole('link', { name: 'Tellen' }).click();
  await expect(page).toHaveURL(/\?stap=tellen$/);
  await expect(problems).toContainText('‘Pietersen’');
  await blockers.getByRole('link', { name: 'Naar de citaten' }).click();
  await expect(page).toHaveURL(/\?stap=citaten$/);

  await flags.getByRole('button', { name: 'Vervangen door [naam] ‘Pietersen’ in citaat 1' }).click();
  await expect(page.getByTestId('harvest-message')).toHaveText('‘Pietersen’ is vervangen.');
  await expect(quote.locator('blockquote')).toHaveText('Het wijkteam werkt goed, zei [naam]. Best is dat Zuidveld meedoet en dat Lisse volgt.');
  await page.getByTestId('quote-flags-1').getByRole('button', { name: 'Vervangen door [plaats] ‘Zuidveld’ in citaat 1' }).click();
  await expect(page.getByTestId('harvest-message')).toHaveText('‘Zuidveld’ is vervangen.');
  await page.getByTestId('quote-flags-1').getByRole('button', { name: 'Behouden ‘Best’ in citaat 1' }).click();
  await expect(page.getByTestId('harvest-message')).toHaveText('‘Best’ is behouden. Dat is vastgelegd.');
  await expect(page.getByTestId('quote-flags-1')).toHaveCount(0);
  await expect(problems).not.toContainText('naam kunnen zijn');

  // Lisse still has to go, by hand.
  await page.getByRole('button', { name: 'Tekst aanpassen Citaat 1' }).click();
  await page
    .getByRole('form', { name: 'Citaat 1 aanpassen' })
    .getByLabel('Tekst van het citaat')
    .fill('Het wijkteam werkt goed, zei [naam]. Best is dat [plaats] meedoet en dat gemeente B volgt.');
  await page.getByRole('button', { name: 'Citaat opslaan' }).click();
  await expect(page.getByTestId('harvest-message')).toHaveText('Het citaat is opgeslagen.');
  await expect(bar.getByTestId('harvest-blockers')).toHaveCount(0);
  await expect(stepsNav(page).getByRole('link', { name: 'Citaten', exact: true })).toBeVisible();
  await bar.getByRole('button', { name: 'Oogst publiceren' }).click();
  await page.getByRole('dialog', { name: 'Versie 1 publiceren voor het netwerk?' }).getByRole('button', { name: 'Ja, publiceer voor het netwerk' }).click();
  await expect(page.getByTestId('harvest-published')).toHaveText('Versie 1 is gepubliceerd.');
  await expectNoAxeViolations(page, 'flags decided, harvest published');

  // In English, a new flag reads in English.
  await page.getByRole('button', { name: 'Tekst aanpassen Citaat 1' }).click();
  await page.getByRole('form', { name: 'Citaat 1 aanpassen' }).getByLabel('Tekst van het citaat').fill('Zei Jansen tegen Vermeulen.');
  await page.getByRole('button', { name: 'Citaat opslaan' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('quote-flags-1').getByRole('button', { name: 'Keep ‘Vermeulen’ in quote 1' })).toBeVisible();
  await expect(page.getByTestId('quote-flags-1')).toContainText('unknown capitalised word');
  await expectNoAxeViolations(page, 'flagged word in English');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});
