import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectPage, unique } from './support/app';
import { captureFinding, findingCards, openBoard, openVisit, pendingCards, PEOPLE, signInAs } from './support/visits';

const PENDING = 'Nog niet opgeslagen — wordt verstuurd zodra er weer verbinding is';

test.use({ actionTimeout: 15_000 });

/** What this browser still keeps in its outbox (REL-08), as stored. */
async function outboxContents(page: Page): Promise<string> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('kijkje.outbox.'))
      .map((key) => localStorage.getItem(key) ?? '')
      .join('\n'),
  );
}

test('a finding typed while the network is down is kept, survives a reload, and is saved exactly once (REL-08)', async ({ browser }) => {
  // Two people, two reloads and waits for retries: room for a busy machine.
  test.setTimeout(300_000);
  // Zwolle's visit is prepared: its team (Lieke Lid and Ruben Reviewer, lead) captures findings.
  const ruben = await signInAs(browser, PEOPLE.ruben.email);
  const lieke = await signInAs(browser, PEOPLE.lieke.email);
  const visitPath = await openVisit(ruben.page, 'Zwolle');
  // The visit is two weeks ahead: its lead is not offered "visit done" yet, and is told from when.
  await expect(ruben.page.getByTestId('held-later')).toContainText('Vanaf die dag kunt u het hier afronden.');
  await expect(ruben.page.getByRole('button', { name: 'Bezoek afronden' })).toHaveCount(0);
  await openBoard(ruben.page, visitPath, 'Zwolle');
  await openBoard(lieke.page, visitPath, 'Zwolle');

  // Offline: the finding is kept in the browser and shown as not yet saved.
  const first = unique('Offline vastgelegd: de toegang via de huisarts loopt vast');
  await ruben.context.setOffline(true);
  await expect(ruben.page.getByText('U bent offline. Nieuwe bevindingen worden in deze browser bewaard', { exact: false })).toBeVisible();
  await captureFinding(ruben.page, { kind: 'Zorgpunt', theme: 'Jeugd', text: first, tags: 'huisartsen' });
  await expect(ruben.page.getByRole('status').filter({ hasText: PENDING })).toBeVisible();
  await expect(pendingCards(ruben.page, first)).toHaveCount(1);
  await expect(pendingCards(ruben.page, first)).toContainText(PENDING);
  expect(await outboxContents(ruben.page)).toContain(first);
  await expectNoAxeViolations(ruben.page, 'a finding kept while offline');
  await expect(findingCards(lieke.page, first)).toHaveCount(0);

  // Back online: it is sent by itself, once.
  await ruben.context.setOffline(false);
  await expect(pendingCards(ruben.page, first)).toHaveCount(0, { timeout: 20_000 });
  await expect(findingCards(ruben.page, first)).toHaveCount(1);
  await expect(findingCards(lieke.page, first)).toHaveCount(1);
  expect(await outboxContents(ruben.page)).not.toContain(first);

  // The outbox survives a reload, and a repeated send never makes a second finding. Every send
  // of it reaches the server but its answer is lost on the way back, as on a flaky connection.
  const second = unique('Na herladen verstuurd: de wachtlijst voor schuldhulp groeit');
  let lostAnswers = 0;
  await ruben.context.setOffline(true);
  await captureFinding(ruben.page, { kind: 'Aanbeveling', theme: 'Financiële beheersbaarheid', text: second });
  await expect(pendingCards(ruben.page, second)).toHaveCount(1);
  await ruben.page.route('**/graphql', async (route) => {
    if (!(route.request().postData() ?? '').includes('createFinding')) return route.continue();
    lostAnswers += 1;
    await route.fetch();
    // A reload (or the unroute below) may have ended the request meanwhile: its answer is lost either way.
    return route.abort('connectionreset').catch(() => undefined);
  });
  await ruben.context.setOffline(false);
  await expect.poll(() => lostAnswers, { timeout: 20_000 }).toBeGreaterThan(0);
  // The server has it (Lieke sees it live) but Ruben's browser does not know yet: it keeps it.
  await expect(findingCards(lieke.page, second)).toHaveCount(1);
  await expect(pendingCards(ruben.page, second)).toHaveCount(1);

  await ruben.page.reload();
  await expectPage(ruben.page, 'Bevindingen: bezoek aan Zwolle');
  await expect(pendingCards(ruben.page, second)).toContainText(PENDING);
  const attemptsBeforeReload = lostAnswers;
  await expect.poll(() => lostAnswers, { timeout: 20_000 }).toBeGreaterThan(attemptsBeforeReload);
  expect(await outboxContents(ruben.page)).toContain(second);

  // The connection heals: the next retry goes through and the outbox empties.
  await ruben.page.unroute('**/graphql');
  await expect(pendingCards(ruben.page, second)).toHaveCount(0, { timeout: 40_000 });
  await expect(findingCards(ruben.page, second)).toHaveCount(1);
  expect(await outboxContents(ruben.page)).toBe('');

  // Exactly once each, as the server has them, for both reviewers.
  await ruben.page.reload();
  await expectPage(ruben.page, 'Bevindingen: bezoek aan Zwolle');
  await lieke.page.reload();
  await expectPage(lieke.page, 'Bevindingen: bezoek aan Zwolle');
  for (const page of [ruben.page, lieke.page]) {
    await expect(findingCards(page, first)).toHaveCount(1);
    await expect(findingCards(page, second)).toHaveCount(1);
  }
  await expectNoAxeViolations(lieke.page, 'board after the offline findings arrived');
  await ruben.context.close();
  await lieke.context.close();
});
