import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage } from './support/app';
import { dayFromToday, openVisit, PEOPLE, signInAs } from './support/visits';

test.use({ actionTimeout: 15_000 });

test('the autosaved preparation never overwrites a change made in another tab (REL-02)', async ({ browser }) => {
  test.setTimeout(180_000);
  // Ruben Reviewer's municipality, Deventer, hosts a visit that is still to be prepared.
  const ruben = await signInAs(browser, PEOPLE.ruben.email);
  const tabA = ruben.page;
  const visitPath = await openVisit(tabA, 'Deventer');
  const tabB = await ruben.context.newPage();
  await tabB.goto(visitPath);
  await expectPage(tabB, 'Bezoek aan Deventer');
  const saved = /^Opgeslagen om \d{2}:\d{2}$/;

  const fromA = 'Foto van nu, geschreven in tabblad A: de jeugdhulp kost meer dan begroot.';
  const fromB = 'Foto van nu, geschreven in tabblad B: de wachtlijsten in de Wmo lopen op.';
  await tabA.getByLabel('Foto van nu').fill(fromA);
  await expect(tabA.getByTestId('autosave-status')).toHaveText(saved);

  // Tab B still works from the version it loaded: its save is refused, nothing is overwritten,
  // and both versions stand side by side.
  await tabB.getByLabel('Foto van nu').fill(fromB);
  await expect(tabB.getByTestId('autosave-status')).toHaveText('Niet opgeslagen: de voorbereiding is intussen ergens anders gewijzigd.');
  const conflict = tabB.getByTestId('preparation-conflict');
  await expect(conflict.getByRole('region', { name: 'Uw versie' })).toContainText(fromB);
  await expect(conflict.getByRole('region', { name: 'De nieuwste opgeslagen versie' })).toContainText(fromA);
  await expect(tabB.getByRole('heading', { name: 'De voorbereiding is intussen ergens anders gewijzigd' })).toBeFocused();
  await expectNoAxeViolations(tabB, 'self-assessment in conflict');
  // While the conflict stands, nothing from tab B is saved.
  await tabB.getByLabel('Stip aan de horizon').fill('Tabblad B schrijft verder.');
  await tabB.waitForTimeout(2_500);
  await expect(tabB.getByTestId('autosave-status')).toHaveText('Niet opgeslagen: de voorbereiding is intussen ergens anders gewijzigd.');
  await tabA.reload();
  await expectPage(tabA, 'Bezoek aan Deventer');
  await expect(tabA.getByLabel('Foto van nu')).toHaveValue(fromA);
  await expect(tabA.getByLabel('Stip aan de horizon')).toHaveValue('');

  // Tab B keeps its own version, by choice: saved over tab A's.
  await conflict.getByRole('button', { name: 'Mijn versie bewaren' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(tabB.getByRole('heading', { level: 3, name: 'Stap 1 van 6: Algemeen' })).toBeFocused();
  await expect(tabB.getByTestId('autosave-status')).toHaveText(saved);
  await tabA.reload();
  await expectPage(tabA, 'Bezoek aan Deventer');
  await expect(tabA.getByLabel('Foto van nu')).toHaveValue(fromB);
  await expect(tabA.getByLabel('Stip aan de horizon')).toHaveValue('Tabblad B schrijft verder.');

  // The date and place are versioned the same way: tab A saves a date, tab B's place is refused;
  // tab B takes the latest version and goes on from there.
  const day = dayFromToday(30);
  for (const tab of [tabA, tabB])
    await tab
      .getByRole('navigation', { name: 'Stappen van de voorbereiding' })
      .getByRole('link', { name: /^Datum, locatie/ })
      .click();
  await tabA.getByLabel('Datum van het bezoek').fill(day);
  await expect(tabA.getByTestId('autosave-status')).toHaveText(saved);
  await tabB.getByLabel('Locatie', { exact: true }).fill('Stadhuis Deventer');
  await expect(tabB.getByTestId('autosave-status')).toHaveText('Niet opgeslagen: de voorbereiding is intussen ergens anders gewijzigd.');
  const planConflict = tabB.getByTestId('preparation-conflict');
  await expect(planConflict.getByRole('region', { name: 'Uw versie' })).toContainText('Stadhuis Deventer');
  await expect(planConflict.getByRole('region', { name: 'De nieuwste opgeslagen versie' })).toContainText('Nog geen locatie');
  await planConflict.getByRole('button', { name: 'De nieuwste versie overnemen' }).click();
  await expect(planConflict).toHaveCount(0);
  await expect(tabB.getByLabel('Datum van het bezoek')).toHaveValue(day);
  await expect(tabB.getByLabel('Locatie', { exact: true })).toHaveValue('');
  await tabB.getByLabel('Locatie', { exact: true }).fill('Stadhuis Deventer');
  await expect(tabB.getByTestId('autosave-status')).toHaveText(saved);
  await tabA.reload();
  await expectPage(tabA, 'Bezoek aan Deventer');
  await expect(tabA.getByLabel('Datum van het bezoek')).toHaveValue(day);
  await expect(tabA.getByLabel('Locatie', { exact: true })).toHaveValue('Stadhuis Deventer');
  await ruben.context.close();
});
