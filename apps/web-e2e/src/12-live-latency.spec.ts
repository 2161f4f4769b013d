import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { unique } from './support/app';
import { openBoard, openVisit, PEOPLE, signInAs } from './support/visits';

const FINDINGS = 100;

const CREATE = `mutation CreateFinding($input: CreateFindingInput!) { createFinding(input: $input) { id } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * How long from one reviewer's save to the other reviewer's screen. One context creates findings
 * through the API, one at a time; the other has the board open, and a MutationObserver stamps
 * each card as it enters the page. A measurement, reported (not a timed assertion): the bar is
 * that every finding arrives, once, without a reload.
 */
test('live board: latency from one reviewer’s save to the other’s screen, over 100 findings', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const ruben = await signInAs(browser, PEOPLE.ruben.email);
  const lieke = await signInAs(browser, PEOPLE.lieke.email);
  const visitPath = await openVisit(lieke.page, 'Zwolle');
  await openBoard(lieke.page, visitPath, 'Zwolle');
  const visitId = visitPath.split('/').pop()!;

  await lieke.page.evaluate(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { __seen: Record<string, number> }).__seen = seen;
    new MutationObserver(() => {
      const now = Date.now();
      for (const card of document.querySelectorAll<HTMLElement>('article[data-finding-id]')) {
        const id = card.dataset.findingId!;
        if (!(id in seen)) seen[id] = now;
      }
    }).observe(document.body, { childList: true, subtree: true });
    for (const card of document.querySelectorAll<HTMLElement>('article[data-finding-id]')) seen[card.dataset.findingId!] = 0;
  });

  const run = unique('Meting');
  // From sending the save, and from the moment the saving reviewer has the server's answer.
  const latencies: number[] = [];
  const afterSave: number[] = [];
  for (let i = 0; i < FINDINGS; i++) {
    const sentAt = Date.now();
    const response = await ruben.page.request.post('/graphql', {
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      data: {
        query: CREATE,
        variables: { input: { visitId, kind: 'STRENGTH', theme: 'Wmo', text: `${run} nr. ${i + 1}`, submit: true, idempotencyKey: `${run}-${i}` } },
      },
    });
    const savedAt = Date.now();
    const body = await response.json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const id: string = body.data.createFinding.id;
    const handle = await lieke.page.waitForFunction((findingId) => (window as unknown as { __seen: Record<string, number> }).__seen[findingId], id, {
      timeout: 15_000,
      polling: 10,
    });
    const shownAt: number = await handle.jsonValue();
    latencies.push(shownAt - sentAt);
    afterSave.push(shownAt - savedAt);
  }

  // Every one arrived exactly once, without a reload.
  await expect(lieke.page.locator('article[data-finding-id]').filter({ hasText: `${run} nr. ` })).toHaveCount(FINDINGS);

  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      medianMs: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      p99Ms: percentile(sorted, 99),
      maxMs: sorted[sorted.length - 1],
      minMs: sorted[0],
      meanMs: Math.round(values.reduce((sum, x) => sum + x, 0) / values.length),
    };
  };
  const stats = { findings: FINDINGS, fromSave: summary(latencies), fromServerAnswer: summary(afterSave) };
  console.log(`live latency (save → other reviewer's screen): ${JSON.stringify(stats)}`);
  testInfo.annotations.push({ type: 'live-latency', description: JSON.stringify(stats) });
  writeFileSync(testInfo.outputPath('live-latency.json'), JSON.stringify({ ...stats, latencies, afterSave }, null, 2));
  await ruben.context.close();
  await lieke.context.close();
});
