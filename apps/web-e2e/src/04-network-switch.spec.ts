import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_NETWORK, SECOND_NETWORK, expectPage, signIn } from './support/app';

async function organisationNames(page: Page): Promise<string[]> {
  const rows = page.locator('table tbody tr');
  const count = await rows.count();
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.push((await rows.nth(i).locator('td').first().innerText()).trim());
  return names.sort();
}

async function switchTo(page: Page, network: string): Promise<void> {
  await page.getByLabel('Netwerk', { exact: true }).selectOption({ label: network });
  await page.getByRole('button', { name: 'Wisselen' }).click();
  await expect(page.getByRole('table')).toHaveAccessibleName(`Organisaties in ${network}`);
}

test('the coordinator switches networks and sees only the other network\u2019s organisations', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.coordinator);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
  await expectPage(page, 'Organisaties');

  await switchTo(page, DEMO_NETWORK);
  await expectPage(page, 'Organisaties');
  const first = await organisationNames(page);
  expect(first).toContain('Utrecht');

  await switchTo(page, SECOND_NETWORK);
  await expectPage(page, 'Organisaties');
  const second = await organisationNames(page);
  expect(second).toContain('Zwolle');
  expect(second).not.toEqual(first);
  // Only municipalities that belong to both networks may appear in both lists.
  const shared = first.filter((n) => second.includes(n));
  expect(shared).toEqual(['Zwolle']);

  // The home page follows the switch as well, also after a reload (the session keeps the choice).
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
  await expectPage(page, 'Welkom bij Kijkje');
  await expect(page.getByTestId('current-network')).toContainText(SECOND_NETWORK);
  await page.reload();
  await expect(page.getByTestId('current-network')).toContainText(SECOND_NETWORK);
  await context.close();
});
