import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// axe-core itself, put into the page once and reused for every later check on that page (a full
// navigation clears it, and the next check puts it back). The app has no frames, so one run over
// the document sees everything. Injecting the 550 kB script for every check, and finishing every
// run in a fresh blank page as the Playwright wrapper does, cost about a second per check, which
// over the journeys' thousand-odd checks was a third of their time.
const AXE_SOURCE = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

type AxeWindow = Window & { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } };

export async function axeViolations(page: Page): Promise<Result[]> {
  const present = await page.evaluate(() => typeof (window as AxeWindow).axe?.run === 'function');
  if (!present) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (tags) =>
      (
        await (window as AxeWindow).axe!.run(document, {
          runOnly: { type: 'tag', values: tags },
          // Only violations fail the gate; passes and incomplete results are not gathered.
          resultTypes: ['violations'],
        })
      ).violations,
    WCAG_TAGS,
  );
}

/** The accessibility gate: zero violations on what is on screen now. */
export async function expectNoAxeViolations(page: Page, label?: string): Promise<void> {
  const violations = await axeViolations(page);
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(summary, `axe violations on ${label ?? page.url()}`).toEqual([]);
}
