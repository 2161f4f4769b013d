import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage } from './support/app';
import { openVisit, PEOPLE, signInAs } from './support/visits';

test.use({ actionTimeout: 15_000 });

test('the autosaved self-assessment never overwrites a change made in another tab (REL-02)', async ({ browser }) => {
  test.setTimeout(180_000);
  // Ruben Reviewer's municipality, Deventer, hosts a visit that is still to be prepared.
  const ruben = await signInAs(browser, PEOPLE.ruben.email);
  const tabA = ruben.page;
  const visitPath = await openVisit(tabA, 'Deventer');
  const tabB = await ruben.context.newPage();
  await tabB.goto(visitPath);
  await expectPage(tabB, 'Bezoek aan Deventer');

  const fromA = 'Foto van nu, geschreven in tabblad A: de jeugdhulp kost meer dan begroot.';
  const fromB = 'Foto van nu, geschreven in tabblad B: de wachtlijsten in de Wmo lopen op.';
  await tabA.getByLabel('Foto van nu').fill(fromA);
  await expect(tabA.getByTestId('autosave-status')).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);

  // Tab B still works from the version it loaded: its save is refused, nothing is overwritten.
  await tabB.getByLabel('Foto van nu').fill(fromB);
  await expect(tabB.getByTestId('autosave-status')).toHaveText('Niet opgeslagen: de voorbereiding is intussen ergens anders gewijzigd.');
  await expect(tabB.getByText('De voorbereiding is intussen ergens anders gewijzigd', { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(tabB, 'self-assessment in conflict');

  // Loading the latest version shows tab A's text, and keeps tab B's to put back by choice.
  await tabB.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(tabB.getByLabel('Foto van nu')).toHaveValue(fromA);
  await tabB.getByText('Uw tekst van vóór het laden van de nieuwste versie').click();
  await expect(tabB.getByText(fromB)).toBeVisible();
  await expect(tabB.locator('details').filter({ hasText: fromB })).toHaveCount(1);
  await expectNoAxeViolations(tabB, 'latest version loaded, own text kept');
  await tabB.getByRole('button', { name: 'Deze tekst terugzetten' }).click();
  await expect(tabB.getByLabel('Foto van nu')).toHaveValue(fromB);
  await expect(tabB.getByTestId('autosave-status')).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);

  await tabA.reload();
  await expectPage(tabA, 'Bezoek aan Deventer');
  await expect(tabA.getByLabel('Foto van nu')).toHaveValue(fromB);
  await ruben.context.close();
});
