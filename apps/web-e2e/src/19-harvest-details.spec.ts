import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage, unique } from './support/app';
import { menu, PEOPLE, signInAs } from './support/visits';

/**
 * What the first harvest journey (16) leaves open: versions of a network harvest and how members
 * read them, a conflict on one quote, the editor by keyboard alone, and the pages in English.
 * Runs after 16–18 on the same server: it makes its own harvest and counts only its own things.
 */
const PROGRAMME = 'Sturen met Kwaliteit 2025';
const NARRATIVE_1 = '## Eerste lezing\n\nVersie een: de toegang ligt **dichtbij** de inwoner.';
const NARRATIVE_2 = '## Tweede lezing\n\nVersie twee: de wachtlijsten groeien, ook elders.';

test.use({ actionTimeout: 15_000 });

/** Asks the API directly, as the person signed in on `page`. */
async function api<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. Focus must be visible on arrival. */
async function tabTo(page: Page, target: Locator, { back = false, max = 200 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) {
      expect(await target.evaluate((element) => element.matches(':focus-visible')), 'focus is visible').toBe(true);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab did not reach ${target} in ${max} presses`);
}

const stepLink = (page: Page, name: string | RegExp) =>
  page.getByRole('navigation', { name: /^(Stappen van de oogst|Steps of the harvest)$/ }).getByRole('link', { name });

/** Goes to a step by its link; the address keeps it and the link is marked as the current step. */
async function goToStep(page: Page, name: string, stap: string): Promise<void> {
  await stepLink(page, new RegExp(`^${name}`)).click();
  await expect(page).toHaveURL(new RegExp(`\\?stap=${stap}$`));
  await expect(stepLink(page, new RegExp(`^${name}`))).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeFocused();
}

async function openNewHarvest(page: Page, title: string): Promise<string> {
  await menu(page).getByRole('link', { name: "Programma's" }).click();
  await expectPage(page, "Programma's");
  await page.getByRole('link', { name: PROGRAMME, exact: true }).click();
  await expectPage(page, PROGRAMME);
  await page.getByRole('link', { name: 'Oogsten van dit programma' }).click();
  await expectPage(page, `Oogsten: ${PROGRAMME}`);
  await page.getByLabel('Titel van de oogst').fill(title);
  await page.getByRole('radio', { name: 'Alleen voor het netwerk' }).check();
  await page.getByRole('button', { name: 'Oogst aanmaken' }).click();
  await expectPage(page, title);
  await expect(page.getByTestId('harvest-publish-bar').getByTestId('harvest-status')).toHaveText('Concept');
  await expect(page.getByTestId('harvest-visibility')).toHaveText('Netwerk');
  const path = new URL(page.url()).pathname;
  expect(path).toMatch(/^\/oogsten\/[0-9a-f-]{36}$/);
  return path;
}

async function openEditorTab(context: BrowserContext, path: string, title: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(`${path}?stap=citaten`);
  await expectPage(tab, title);
  return tab;
}

function firstQuote(page: Page): Locator {
  return page.getByTestId('harvest-quotes').getByRole('listitem').first();
}

test('a network harvest by keyboard, a quote edited in two tabs, two versions read by a member, in Dutch and English', async ({ browser }) => {
  test.setTimeout(420_000);
  const title = unique('Oogst details');
  const { context, page } = await signInAs(browser, PEOPLE.coordinator.email);
  const editorPath = await openNewHarvest(page, title);
  const harvestId = editorPath.split('/').pop()!;
  await expectNoAxeViolations(page, 'new network harvest');

  // Keyboard only: to the quotes step by the step list, a candidate becomes a quote, the quote is
  // edited, then on to the narrative by the link under the step, written and saved.
  const quotesStep = stepLink(page, /^Citaten/);
  await tabTo(page, quotesStep);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?stap=citaten$/);
  await expect(quotesStep).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { level: 2, name: 'Citaten', exact: true })).toBeFocused();
  const candidate = page.getByTestId('harvest-candidates').getByRole('listitem').first();
  const addButton = candidate.getByRole('button', { name: /^Als citaat toevoegen/ });
  await tabTo(page, addButton);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('harvest-message')).toHaveText('Het citaat is toegevoegd.');
  const chosenHeading = page.getByRole('heading', { name: 'Gekozen citaat (1)' });
  await expect(chosenHeading).toBeFocused();
  await expectNoAxeViolations(page, 'quote added by keyboard');

  const editButton = page.getByRole('button', { name: 'Tekst aanpassen Citaat 1' });
  await tabTo(page, editButton);
  await page.keyboard.press('Space');
  const quoteForm = page.getByRole('form', { name: 'Citaat 1 aanpassen' });
  const quoteText = quoteForm.getByLabel('Tekst van het citaat');
  await expect(quoteText).toBeFocused();
  await expectNoAxeViolations(page, 'quote editor opened by keyboard');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Een bestuurder zei: "We kennen elkaar, dat scheelt."');
  await tabTo(page, quoteForm.getByRole('button', { name: 'Citaat opslaan' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('harvest-message')).toHaveText('Het citaat is opgeslagen.');
  await expect(firstQuote(page).locator('blockquote')).toHaveText('Een bestuurder zei: "We kennen elkaar, dat scheelt."');
  // The editor closes and the focus goes back to the button that opened it, not to the page's start.
  await expect(editButton).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: 'Volgende stap: Verhaal' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?stap=verhaal$/);
  await expect(stepLink(page, 'Verhaal')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { level: 2, name: 'Verhaal', exact: true })).toBeFocused();
  const narrative = page.getByLabel('Verhaal', { exact: true });
  await tabTo(page, narrative);
  await page.keyboard.type(NARRATIVE_1);
  await expect(page.getByRole('region', { name: 'Voorbeeld' }).getByRole('heading', { name: 'Eerste lezing' })).toBeVisible();
  await expect(page.getByText('Nog niet opgeslagen.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Verhaal opslaan' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('harvest-message')).toHaveText('Het verhaal is opgeslagen.');
  await expect(page.getByTestId('harvest-message')).toBeFocused();
  await expect(page.getByText('Nog niet opgeslagen.')).toHaveCount(0);
  await expectNoAxeViolations(page, 'narrative saved by keyboard');

  // Two tabs edit the same quote. The stale save shows both texts; "keep mine" saves it.
  const other = await openEditorTab(context, editorPath, title);
  const stale = await openEditorTab(context, editorPath, title);
  await other.getByRole('button', { name: 'Tekst aanpassen Citaat 1' }).click();
  await stale.getByRole('button', { name: 'Tekst aanpassen Citaat 1' }).click();
  await other.getByRole('form', { name: 'Citaat 1 aanpassen' }).getByLabel('Tekst van het citaat').fill('Tekst uit het andere tabblad.');
  await other.getByRole('button', { name: 'Citaat opslaan' }).click();
  await expect(other.getByTestId('harvest-message')).toHaveText('Het citaat is opgeslagen.');
  await stale.getByRole('form', { name: 'Citaat 1 aanpassen' }).getByLabel('Tekst van het citaat').fill('Tekst uit het oude tabblad.');
  await stale.getByRole('button', { name: 'Citaat opslaan' }).click();
  let conflict = stale.getByTestId('harvest-conflict');
  await expect(conflict.getByRole('region', { name: 'Uw versie' })).toContainText('Tekst uit het oude tabblad.');
  await expect(conflict.getByRole('region', { name: 'Nieuwste versie' })).toContainText('Tekst uit het andere tabblad.');
  await expect(conflict.locator('[tabindex="-1"]').first()).toBeFocused();
  await expectNoAxeViolations(stale, 'quote conflict');
  await conflict.getByRole('button', { name: 'Mijn versie opslaan' }).click();
  await expect(stale.getByTestId('harvest-message')).toHaveText('Het citaat is opgeslagen.');
  await expect(stale.getByTestId('harvest-conflict')).toHaveCount(0);
  await expect(firstQuote(stale).locator('blockquote')).toHaveText('Tekst uit het oude tabblad.');
  await expect(stale.getByRole('button', { name: 'Tekst aanpassen Citaat 1' })).toBeFocused();
  await other.reload();
  await expectPage(other, title);
  await expect(firstQuote(other).locator('blockquote')).toHaveText('Tekst uit het oude tabblad.');

  // Again, and now the stale tab takes the latest text: it shows the newer text, the server kept it.
  await stale.reload();
  await expectPage(stale, title);
  await other.getByRole('button', { name: 'Tekst aanpassen Citaat 1' }).click();
  await stale.getByRole('button', { name: 'Tekst aanpassen Citaat 1' }).click();
  await other.getByRole('form', { name: 'Citaat 1 aanpassen' }).getByLabel('Tekst van het citaat').fill('Nieuwere tekst uit het andere tabblad.');
  await other.getByRole('button', { name: 'Citaat opslaan' }).click();
  await expect(other.getByTestId('harvest-message')).toHaveText('Het citaat is opgeslagen.');
  await stale.getByRole('form', { name: 'Citaat 1 aanpassen' }).getByLabel('Tekst van het citaat').fill('Verouderde tekst.');
  await stale.getByRole('button', { name: 'Citaat opslaan' }).click();
  conflict = stale.getByTestId('harvest-conflict');
  await expect(conflict.getByRole('region', { name: 'Uw versie' })).toContainText('Verouderde tekst.');
  await expect(conflict.getByRole('region', { name: 'Nieuwste versie' })).toContainText('Nieuwere tekst uit het andere tabblad.');
  await conflict.getByRole('button', { name: 'Nieuwste versie nemen' }).click();
  await expect(stale.getByTestId('harvest-message')).toHaveText('U werkt nu verder met de nieuwste versie.');
  await expect(firstQuote(stale).locator('blockquote')).toHaveText('Nieuwere tekst uit het andere tabblad.');
  await expect(stale.getByRole('button', { name: 'Tekst aanpassen Citaat 1' })).toBeFocused();
  await expectNoAxeViolations(stale, 'quote conflict resolved with the latest text');
  await other.close();
  await stale.close();
  await page.reload();
  await expectPage(page, title);
  await expect(stepLink(page, 'Verhaal')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByLabel('Verhaal', { exact: true })).toHaveValue(NARRATIVE_1);
  await goToStep(page, 'Citaten', 'citaten');
  await expect(firstQuote(page).locator('blockquote')).toHaveText('Nieuwere tekst uit het andere tabblad.');

  // Version 1, for the network only: no public page. Published from the bar, from the quotes step.
  const bar = page.getByTestId('harvest-publish-bar');
  await bar.getByRole('button', { name: 'Oogst publiceren' }).click();
  const ask = page.getByRole('dialog', { name: 'Versie 1 publiceren voor het netwerk?' });
  await expect(ask).toContainText('Alle leden van het netwerk kunnen hem lezen.');
  await expect(ask.getByTestId('harvest-preview-link')).toHaveCount(0);
  await ask.getByRole('button', { name: 'Ja, publiceer voor het netwerk' }).click();
  await expect(page.getByTestId('harvest-published')).toHaveText('Versie 1 is gepubliceerd.');
  await expect(bar.getByTestId('harvest-status')).toHaveText('Gepubliceerd');
  await goToStep(page, 'Publiceren', 'publiceren');
  await expect(page.getByTestId('harvest-public-state')).toHaveText('Niets openbaar. Deze oogst is voor niemand buiten het netwerk te zien.');
  await expect(page.getByTestId('harvest-preview').getByRole('heading', { name: 'Voorbeeld: wat het netwerk leest' })).toBeVisible();
  await expect(page.getByTestId('harvest-public-preview-link')).toHaveCount(0);
  await expect(page.getByTestId('harvest-public-link')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Openbare pagina van de oogst' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'network harvest, version 1 published');

  // The narrative changes, and version 2 is published.
  await goToStep(page, 'Verhaal', 'verhaal');
  await page.getByLabel('Verhaal', { exact: true }).fill(NARRATIVE_2);
  await page.getByRole('button', { name: 'Verhaal opslaan' }).click();
  await expect(page.getByTestId('harvest-message')).toHaveText('Het verhaal is opgeslagen.');
  // From the programme page it takes three clicks: the harvest, publish in the bar, confirm.
  await menu(page).getByRole('link', { name: "Programma's" }).click();
  await page.getByRole('link', { name: PROGRAMME, exact: true }).click();
  await expectPage(page, PROGRAMME);
  await page
    .getByTestId('programme-harvest-editors')
    .getByRole('link', { name: `${title} bewerken`, exact: true })
    .click();
  await expectPage(page, title);
  await bar.getByRole('button', { name: 'Oogst publiceren' }).click();
  await page.getByRole('dialog', { name: 'Versie 2 publiceren voor het netwerk?' }).getByRole('button', { name: 'Ja, publiceer voor het netwerk' }).click();
  await expect(page.getByTestId('harvest-published')).toHaveText('Versie 2 is gepubliceerd.');
  await goToStep(page, 'Publiceren', 'publiceren');
  const versions = page.getByTestId('harvest-versions').getByRole('listitem');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('Versie 2');
  await expect(page.getByTestId('harvest-public-link')).toHaveCount(0);
  await expectNoAxeViolations(page, 'network harvest, version 2 published');

  // Each version page shows its own narrative: version 1 did not change with the draft.
  for (const [number, own, later] of [
    [1, 'Eerste lezing', 'Tweede lezing'],
    [2, 'Tweede lezing', 'Eerste lezing'],
  ] as const) {
    await page.goto(`${editorPath}?stap=publiceren`);
    await expectPage(page, title);
    await page
      .getByTestId('harvest-versions')
      .getByRole('link', { name: `Versie ${number}`, exact: true })
      .click();
    await expectPage(page, `${title}, versie ${number}`);
    await expect(page).toHaveURL(new RegExp(`/oogsten/${harvestId}/versies/${number}$`));
    const story = page.getByRole('region', { name: 'Vertellen: het verhaal' });
    await expect(story.getByRole('heading', { name: own })).toBeVisible();
    await expect(story).not.toContainText(later);
    await expect(page.getByRole('link', { name: 'Openbare pagina van de oogst' })).toHaveCount(0);
    await expect(page.getByText('Nieuwere tekst uit het andere tabblad.')).toBeVisible();
  }

  // The editor and the coordinator's list, once in English, then back to Dutch.
  await page.goto(`${editorPath}?stap=verhaal`);
  await expectPage(page, title);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Steps of the harvest' }).getByRole('listitem')).toHaveText([
    '1Counts',
    '2Patterns',
    '3Quotes',
    '4Story',
    '5Publish',
  ]);
  await expect(stepLink(page, 'Story')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { level: 2, name: 'Story', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save narrative' })).toBeVisible();
  await expect(page.getByTestId('harvest-status')).toHaveText('Published');
  await expect(page.getByTestId('harvest-visibility')).toHaveText('Network');
  await goToStep(page, 'Publish', 'publiceren');
  await expect(page.getByTestId('harvest-versions').getByRole('link', { name: 'Version 2', exact: true })).toBeVisible();
  await goToStep(page, 'Quotes', 'citaten');
  await expect(page.getByRole('heading', { name: 'Chosen quote (1)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit text Quote 1' })).toBeVisible();
  await expectPage(page, title);
  await page.getByRole('button', { name: 'Edit text Quote 1' }).click();
  await expect(page.getByRole('form', { name: 'Edit quote 1' }).getByLabel('Text of the quote')).toBeFocused();
  await expectNoAxeViolations(page, 'quote editor in English');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: `Back to the harvests of ${PROGRAMME}` }).click();
  await expectPage(page, `Harvests: ${PROGRAMME}`);
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('2 published versions');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expectPage(page, `Oogsten: ${PROGRAMME}`);
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('2 gepubliceerde versies');

  const { harvest } = await api<{ harvest: { slug: string } }>(page, 'query ($id: ID!) { harvest(id: $id) { slug } }', { id: harvestId });
  expect(harvest.slug).toMatch(/^[a-z0-9-]+$/);
  await context.close();

  // A member sees the harvest once, version 2 up front, version 1 folded away.
  const lieke = await signInAs(browser, PEOPLE.lieke.email);
  const member = lieke.page;
  await menu(member).getByRole('link', { name: 'Oogsten' }).click();
  await expectPage(member, 'Oogsten');
  const card = member
    .getByTestId('published-harvests')
    .locator(':scope > li')
    .filter({ has: member.getByRole('heading', { name: title, exact: true }) });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(PROGRAMME);
  await expect(card).toContainText(/Versie 2, gepubliceerd op \d{1,2} \w+ \d{4}/);
  await expect(card.getByRole('definition').filter({ hasText: /^Netwerk$/ })).toHaveCount(1);
  await expect(card.getByRole('link', { name: /Openbare pagina/ })).toHaveCount(0);
  const older = card.locator('details');
  const summary = older.locator('summary');
  await expect(summary).toHaveText(`Eerdere versie (1) ${title}`);
  const olderLink = older.getByRole('link', { name: /^Versie 1, gepubliceerd op/ });
  await expect(olderLink).toBeHidden();
  await expectNoAxeViolations(member, 'published harvests with a folded earlier version');
  await summary.click();
  await expect(older).toHaveAttribute('open', '');
  await expect(olderLink).toBeVisible();
  await expect(older.getByRole('link')).toHaveCount(1);
  await expectNoAxeViolations(member, 'published harvests with the earlier version unfolded');

  // In English the card reads the same, then back to Dutch.
  await member.getByRole('button', { name: 'English' }).click();
  await expectPage(member, 'Harvests');
  await expect(card).toContainText(/Version 2, published on \d{1,2} \w+ \d{4}/);
  await expect(card.locator('summary')).toHaveText(`Earlier version (1) ${title}`);
  await member.getByRole('button', { name: 'Nederlands' }).click();
  await expectPage(member, 'Oogsten');

  await card.getByRole('link', { name: title, exact: true }).click();
  await expectPage(member, `${title}, versie 2`);
  await expect(member.getByRole('region', { name: 'Vertellen: het verhaal' }).getByRole('heading', { name: 'Tweede lezing' })).toBeVisible();
  await member.goBack();
  await expectPage(member, 'Oogsten');
  await card.locator('summary').click();
  await card
    .locator('details')
    .getByRole('link', { name: /^Versie 1, gepubliceerd op/ })
    .click();
  await expectPage(member, `${title}, versie 1`);
  const story = member.getByRole('region', { name: 'Vertellen: het verhaal' });
  await expect(story.getByRole('heading', { name: 'Eerste lezing' })).toBeVisible();
  await expect(story).not.toContainText('Tweede lezing');
  await expect(member.getByRole('link', { name: 'Openbare pagina van de oogst' })).toHaveCount(0);
  await expect(member.getByRole('link', { name: 'Terug naar het concept van deze oogst' })).toHaveCount(0);
  await expectNoAxeViolations(member, 'earlier version read by a member');
  await lieke.context.close();

  // A network harvest has no public page: its address answers 404 to anyone without an account.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  const response = await anonymous.goto(`/oogst/${harvest.slug}`);
  expect(response?.status()).toBe(404);
  await expect(anonymous.locator('body')).not.toContainText('lezing');
  await expect(anonymous.locator('body')).not.toContainText(title);
  await expectNoAxeViolations(anonymous, 'public page of a network harvest: not found');
  for (const file of ['oogst.pdf', 'oogst.docx']) expect((await visitor.request.get(`/oogst/${harvest.slug}/${file}`)).status()).toBe(404);
  await visitor.close();
});
