import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

export const DEMO_PASSWORD = 'Kijkje-demo-2026';
export const DEMO = {
  admin: 'beheer@kijkje.test',
  coordinator: 'coordinator@kijkje.test',
  member: 'lid@kijkje.test',
} as const;
export const DEMO_NETWORK = 'Netwerk Directeuren Sociaal Domein';
export const SECOND_NETWORK = 'Grip op het Sociaal Domein';

/** Unique per run: the demo database persists between runs. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

export function uniqueEmail(prefix: string): string {
  return `${unique(prefix)}@e2e.kijkje.test`.toLowerCase();
}

/** Waits for the page's one h1 to read `name`, then runs the axe gate. */
export async function expectPage(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expectNoAxeViolations(page);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(page, 'Welkom bij Kijkje');
}

/** Works in the demo network, whichever network the person last worked in. */
export async function inDemoNetwork(page: Page): Promise<void> {
  const current = page.getByTestId('current-network');
  if ((await current.count()) && !((await current.textContent()) ?? '').includes(DEMO_NETWORK)) {
    await page.getByLabel('Netwerk', { exact: true }).selectOption({ label: DEMO_NETWORK });
    await page.getByRole('button', { name: 'Wisselen' }).click();
    await expect(current).toContainText(DEMO_NETWORK);
  }
}
