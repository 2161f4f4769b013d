import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage } from './support/app';
import { menu, PEOPLE, RUNNING_PROGRAMME, signInAs } from './support/visits';

test.use({ actionTimeout: 15_000 });

test('a person sees a notification arrive live, reads it, marks it read and switches a kind of mail off', async ({ browser }) => {
  // Two people sign in; about 40 s, with room for a busy machine.
  test.setTimeout(120_000);
  // Lieke (Utrecht) has her notifications open; the header counts what she has not read yet.
  const { page, context } = await signInAs(browser, PEOPLE.lieke.email);
  const bell = menu(page).getByTestId('notification-bell');
  await bell.click();
  await expectPage(page, 'Meldingen');
  await expect(bell).toHaveAttribute('aria-current', 'page');
  const countNow = async () => Number((await bell.getByTestId('notification-count').count()) ? await bell.getByTestId('notification-count').textContent() : 0);
  const before = await countNow();

  // The coordinator puts Lieke on the team of Arnhem's visit: that tells her, on the screen she has open.
  const coordinator = await signInAs(browser, PEOPLE.coordinator.email);
  await menu(coordinator.page).getByRole('link', { name: "Programma's" }).click();
  await coordinator.page.getByRole('link', { name: RUNNING_PROGRAMME }).click();
  await expectPage(coordinator.page, RUNNING_PROGRAMME);
  await coordinator.page.getByRole('list', { name: 'Bezoeken in Ronde 1' }).getByRole('link', { name: 'Bezoek aan Arnhem' }).click();
  await expectPage(coordinator.page, 'Bezoek aan Arnhem');
  await coordinator.page.getByRole('radio', { name: `${PEOPLE.lieke.name} (Utrecht)` }).check();
  await coordinator.page.getByRole('button', { name: 'Toevoegen aan het team' }).click();
  await expect(coordinator.page.getByText(`${PEOPLE.lieke.name} is toegevoegd aan het team.`)).toBeVisible();
  await coordinator.context.close();

  // Without reloading: the count goes up, the link says it in words, the arrival is announced, the list shows it.
  await expect(bell.getByTestId('notification-count')).toHaveText(String(before + 1));
  await expect(bell).toHaveAccessibleName(`Meldingen (${before + 1} ongelezen)`);
  await expect(page.getByRole('status').filter({ hasText: 'U heeft een nieuwe melding.' })).toHaveCount(1);
  const notification = page.getByTestId('notification').filter({ hasText: 'U bent toegevoegd aan een reviewteam' });
  await expect(notification).toHaveCount(1);
  await expect(notification).toContainText('Ongelezen');
  await expect(notification.getByRole('link', { name: 'Bekijken (U bent toegevoegd aan een reviewteam)' })).toHaveAttribute('href', /^\/bezoeken\/[0-9a-f-]+$/);
  await expectNoAxeViolations(page, 'notifications with an unread one');

  await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Alle meldingen zijn als gelezen gemarkeerd.' }).last()).toBeVisible();
  await expect(notification).toContainText('Gelezen');
  await expect(page.getByRole('main').getByText('Ongelezen')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Alles als gelezen markeren' })).toHaveCount(0);
  await expect(bell.getByTestId('notification-count')).toHaveCount(0);
  await expect(bell).toHaveAccessibleName('Meldingen');
  await expect(page.getByRole('status').filter({ hasText: 'U heeft een nieuwe melding.' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Meldingsinstellingen' }).click();
  await expectPage(page, 'Meldingsinstellingen');
  await expect(page.getByText('E-mails over uw beveiliging, zoals het herstellen van uw wachtwoord en uitnodigingen, krijgt u altijd.')).toBeVisible();
  const kind = page.getByRole('group', { name: 'U bent toegevoegd aan een reviewteam' });
  await expect(kind.getByRole('radio', { name: 'Per e-mail' })).toBeChecked();
  await kind.getByRole('radio', { name: 'Uit' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen: U bent toegevoegd aan een reviewteam: Uit.' }).last()).toBeVisible();
  await expectNoAxeViolations(page, 'notification settings after saving');

  // The choice is kept: it is still there after loading the page again.
  await page.reload();
  await expectPage(page, 'Meldingsinstellingen');
  await expect(page.getByRole('group', { name: 'U bent toegevoegd aan een reviewteam' }).getByRole('radio', { name: 'Uit' })).toBeChecked();
  await context.close();
});
