import { expect, request, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage } from './support/app';
import { expectNoHorizontalScroll, PEOPLE, signInAs } from './support/visits';

test.use({ actionTimeout: 15_000 });

test('a person makes a calendar address for their visits, renews it and revokes it, each time told what happens', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  // At 320 px: the page, the address and the dialogs must fit a phone.
  const { page, context } = await signInAs(browser, PEOPLE.gea.email, { viewport: { width: 320, height: 800 } });
  // A calendar program: no session of its own.
  const calendarApp = await request.newContext({ baseURL });
  const fetchFeed = (url: string) => calendarApp.get(new URL(url).pathname);

  await page.goto('/account/meldingen');
  await expectPage(page, 'Meldingsinstellingen');
  await page.getByRole('link', { name: 'Uw bezoeken in uw eigen agenda' }).click();
  await expectPage(page, 'Agenda-abonnement');
  await expect(page.getByText('U heeft nog geen agenda-adres.')).toBeVisible();
  await page.getByRole('button', { name: 'Agenda-adres maken' }).click();

  const address = page.getByRole('textbox', { name: 'Uw agenda-adres' });
  await expect(address).toHaveValue(/\/export\/agenda\/persoonlijk\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(page.getByTestId('calendar-feed-since')).toContainText('U heeft een agenda-adres sinds');
  await expect(page.getByRole('link', { name: 'Openen in uw agenda-app' })).toHaveAttribute('href', /^webcal:\/\//);
  await expectNoAxeViolations(page, 'calendar address just made');
  await expectNoHorizontalScroll(page);
  const first = await address.inputValue();
  const served = await fetchFeed(first);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toMatch(/^text\/calendar/);
  expect(await served.text()).toContain('BEGIN:VCALENDAR');

  // Renewing asks first, naming what happens to calendars that use the address now.
  await page.getByRole('button', { name: 'Nieuw adres maken' }).click();
  const renewDialog = page.getByTestId('calendar-feed-renew-dialog');
  await expect(renewDialog.getByRole('heading', { name: 'Nieuw agenda-adres maken?' })).toBeVisible();
  await expect(renewDialog).toContainText('Het huidige adres werkt dan meteen niet meer');
  await expectNoAxeViolations(page, 'renewal confirmation');
  await renewDialog.getByRole('button', { name: 'Nieuw adres maken' }).click();
  await expect(renewDialog).toBeHidden();
  await expect(address).not.toHaveValue(first);
  const second = await address.inputValue();
  expect((await fetchFeed(first)).status()).toBe(404);
  expect((await fetchFeed(second)).status()).toBe(200);

  // Revoking: a danger confirmation, then the address is gone and no longer works.
  await page.getByRole('button', { name: 'Agenda-adres intrekken' }).click();
  const revokeDialog = page.getByRole('alertdialog', { name: 'Agenda-adres intrekken?' });
  await expect(revokeDialog).toContainText('Het adres werkt dan meteen niet meer');
  await expectNoAxeViolations(page, 'revocation confirmation');
  await revokeDialog.getByRole('button', { name: 'Intrekken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Uw agenda-adres is ingetrokken.' })).toBeVisible();
  await expect(page.getByText('U heeft nog geen agenda-adres.')).toBeVisible();
  await expect(address).toHaveCount(0);
  expect((await fetchFeed(second)).status()).toBe(404);
  await expectNoAxeViolations(page, 'calendar address revoked');

  await calendarApp.dispose();
  await context.close();
});
