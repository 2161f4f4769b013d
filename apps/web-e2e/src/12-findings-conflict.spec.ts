import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage, unique } from './support/app';
import { captureFinding, findingCards, openBoard, openVisit, PEOPLE, signInAs } from './support/visits';

test.use({ actionTimeout: 15_000 });

test('two tabs edit the same finding: the second save shows both versions and keeps the chosen one (REL-02); drafts are submitted or deleted', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const lieke = await signInAs(browser, PEOPLE.lieke.email);
  const tabA = lieke.page;
  const visitPath = await openVisit(tabA, 'Zwolle');
  await openBoard(tabA, visitPath, 'Zwolle');
  const original = unique('Het sociaal team werkt met een vast aanspreekpunt');
  await captureFinding(tabA, { kind: 'Wat gaat goed', theme: 'Wmo', text: original });
  await expect(findingCards(tabA, original)).toHaveCount(1);

  const tabB = await lieke.context.newPage();
  await openBoard(tabB, visitPath, 'Zwolle');
  await expect(findingCards(tabB, original)).toHaveCount(1);
  const id = await findingCards(tabB, original).getAttribute('data-finding-id');

  const fromA = `${original} — aangevuld in tabblad A: ook voor jongeren.`;
  const fromB = `${original} — aangevuld in tabblad B: behalve in de zomer.`;
  await findingCards(tabA, original)
    .getByRole('button', { name: /^Bewerken/ })
    .click();
  await findingCards(tabB, original)
    .getByRole('button', { name: /^Bewerken/ })
    .click();
  await findingCards(tabA, original).getByLabel('Bevinding', { exact: true }).fill(fromA);
  await findingCards(tabB, original).getByLabel('Bevinding', { exact: true }).fill(fromB);

  await findingCards(tabA, original).getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(findingCards(tabA, fromA)).toContainText('De wijzigingen zijn opgeslagen.');

  // Tab B still edits the version it started from; saving it meets CONFLICT and shows both.
  const card = tabB.locator(`article[data-finding-id="${id}"]`);
  await expect(card.getByText('Deze bevinding is intussen ergens anders gewijzigd.', { exact: false })).toBeVisible();
  await card.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  const mine = card.getByRole('region', { name: 'Uw versie' });
  const latest = card.getByRole('region', { name: 'Nieuwste versie' });
  await expect(mine).toContainText(fromB);
  await expect(latest).toContainText(fromA);
  await expect(card.getByRole('heading', { name: 'Twee versies van deze bevinding' })).toBeFocused();
  await expect(card.getByRole('button', { name: 'Nieuwste versie overnemen' })).toBeVisible();
  await expectNoAxeViolations(tabB, 'both versions side by side');

  await card.getByRole('button', { name: 'Mijn versie opslaan' }).click();
  await expect(findingCards(tabB, fromB)).toContainText('De wijzigingen zijn opgeslagen.');
  // Tab A follows live; after a reload the server has tab B's text, once.
  await expect(findingCards(tabA, fromB)).toHaveCount(1);
  await tabA.reload();
  await expectPage(tabA, 'Bevindingen: bezoek aan Zwolle');
  await expect(findingCards(tabA, fromB)).toHaveCount(1);
  await expect(findingCards(tabA, fromA)).toHaveCount(0);

  // The author's own drafts: submitted to the team, or thrown away after a confirmation.
  const toSubmit = unique('Concept om in te dienen: de raad vraagt om verhalen');
  const toDelete = unique('Concept om weg te gooien: dubbel genoteerd');
  await captureFinding(tabA, { kind: 'Aanbeveling', theme: 'Jeugd', text: toSubmit, draft: true });
  await expect(findingCards(tabA, toSubmit)).toHaveCount(1);
  await captureFinding(tabA, { kind: 'Aanbeveling', theme: 'Jeugd', text: toDelete, draft: true });
  await expect(findingCards(tabA, toDelete)).toHaveCount(1);
  await expect(findingCards(tabA, toSubmit).getByTestId('finding-status')).toHaveText('Concept (alleen u)');
  await findingCards(tabA, toSubmit)
    .getByRole('button', { name: /^Indienen bij het team/ })
    .click();
  await expect(findingCards(tabA, toSubmit).getByTestId('finding-status')).toHaveText('Ingediend bij het team');
  await findingCards(tabA, toDelete)
    .getByRole('button', { name: /^Verwijderen/ })
    .click();
  await expect(findingCards(tabA, toDelete).getByRole('button', { name: 'Ja, verwijderen' })).toBeFocused();
  await expectNoAxeViolations(tabA, 'confirming the deletion of a draft');
  await findingCards(tabA, toDelete).getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(findingCards(tabA, toDelete)).toHaveCount(0);
  await expect(tabA.getByRole('heading', { level: 2, name: /^Bevindingen per thema/ })).toBeFocused();
  await expect(findingCards(tabB, toDelete)).toHaveCount(0);
  await expect(findingCards(tabB, toSubmit)).toHaveCount(1);
  await lieke.context.close();
});
