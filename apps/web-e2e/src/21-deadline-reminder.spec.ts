import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type pg from 'pg';
import { withDatabase } from './support/database';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_NETWORK, expectPage } from './support/app';
import { outboxDir, waitForLink } from './support/outbox';
import { findingCards, signInAs } from './support/visits';

test.use({ actionTimeout: 15_000 });

/** Arnhem's contact in the demo (apps/api/src/demo/seed-demo.ts); Delft's and Groningen's review. */
const HOST = { email: 'arnhem@kijkje.test', organisation: 'GM0202' };
const LEAD = { email: 'delft@kijkje.test', organisation: 'GM0503' };
const REVIEWER = { email: 'groningen@kijkje.test', organisation: 'GM0014' };
const OTHERS = ['GM0772'];
const FINDING = 'De toegang tot de schuldhulp is snel: binnen drie dagen een eerste gesprek.';

/**
 * A visit of a programme of its own (so no other journey's steps change it) that has been held,
 * with one finding shared with the host and a reply period that ends at the end of tomorrow,
 * Dutch time. Returns the visit's id and the deadline.
 */
async function heldVisitWithSharedFinding(db: pg.Client, programme: string): Promise<{ visitId: string; deadline: Date }> {
  const one = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0];
  const { id: networkId } = await one(`SELECT id FROM network WHERE name = $1`, [DEMO_NETWORK]);
  const org = async (code: string) => (await one(`SELECT id FROM organisation WHERE network_id = $1 AND cbs_code = $2`, [networkId, code])).id as string;
  const user = async (email: string) => (await one(`SELECT id FROM app_user WHERE email = $1`, [email])).id as string;
  const { id: programmeId } = await one(
    `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status)
     SELECT network_id, $2, themes, framework, 4, 'NETWORK', 'RUNNING' FROM programme WHERE network_id = $1 AND status = 'RUNNING' LIMIT 1 RETURNING id`,
    [networkId, programme],
  );
  const { id: roundId } = await one(`INSERT INTO round (network_id, programme_id, name, status) VALUES ($1, $2, 'Ronde 1', 'VISITING') RETURNING id`, [
    networkId,
    programmeId,
  ]);
  const host = await org(HOST.organisation);
  for (const code of [HOST.organisation, LEAD.organisation, REVIEWER.organisation, ...OTHERS]) {
    const { id } = await one(
      `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status)
       VALUES ($1, $2, $3, 'Hoe houden wij de toegang dichtbij?', '["Wmo"]', 'NETWORK', 'PLACED') RETURNING id`,
      [networkId, programmeId, await org(code)],
    );
    await db.query(`INSERT INTO round_member (application_id, network_id, round_id) VALUES ($1, $2, $3)`, [id, networkId, roundId]);
  }
  const today = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;
  const visit = await one(
    `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, starts_at, ends_at, location, held_at, reply_deadline)
     VALUES ($1, $2, $3, 'HELD', ${today} - 1, ((${today} - 1) + time '09:30') AT TIME ZONE 'Europe/Amsterdam',
             ((${today} - 1) + time '16:00') AT TIME ZONE 'Europe/Amsterdam', 'Stadhuis Arnhem', now() - interval '1 hour',
             ((${today} + 1) + time '23:59:59') AT TIME ZONE 'Europe/Amsterdam')
     RETURNING id, reply_deadline AS deadline`,
    [networkId, roundId, host],
  );
  const lead = await user(LEAD.email);
  for (const [who, code, isLead] of [
    [lead, LEAD.organisation, true],
    [await user(REVIEWER.email), REVIEWER.organisation, false],
  ] as const)
    await db.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead) VALUES ($1, $2, $3, $4, $5)`, [
      networkId,
      visit.id,
      who,
      await org(code),
      isLead,
    ]);
  await db.query(
    `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, tags, status) VALUES ($1, $2, $3, 'STRENGTH', 'Wmo', $4, '[]', 'SHARED')`,
    [networkId, visit.id, lead, FINDING],
  );
  return { visitId: visit.id, deadline: visit.deadline };
}

/** The newest mail in the outbox to an address whose body holds `text`. */
async function mailWith(address: string, text: string): Promise<string> {
  const files = (await readdir(outboxDir())).filter((f) => f.endsWith('.eml')).sort();
  const bodies = await Promise.all(files.map((f) => readFile(join(outboxDir(), f), 'utf8')));
  const decoded = bodies.map((raw) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  const mail = decoded.reverse().find((raw) => new RegExp(`^To: .*${address}`, 'mi').test(raw) && raw.includes(text));
  if (!mail) throw new Error(`no mail to ${address} with ${text}`);
  return mail;
}

test('a host sees a reply task with its deadline, is reminded by mail, follows the link and replies', async ({ browser }) => {
  test.setTimeout(120_000);
  const programme = `Herinneringen ${Date.now()}`;
  const { visitId, deadline } = await withDatabase((db) => heldVisitWithSharedFinding(db, programme));
  const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(deadline);

  // The start page: the reply task, with its deadline in Dutch time.
  const { page, context } = await signInAs(browser, HOST.email);
  const task = page.getByTestId('task').filter({ hasText: programme });
  await expect(task).toHaveCount(1);
  await expect(task).toHaveAttribute('data-kind', 'REPLY_TO_FINDINGS');
  await expect(task.getByRole('link', { name: 'Reageer op de bevindingen over Arnhem' })).toHaveAttribute('href', `/bezoeken/${visitId}/bevindingen`);
  await expect(task).toContainText(`Uiterlijk ${day} om 23:59`);
  await expectNoAxeViolations(page, 'start page with a reply task');

  // The daily reminder run comes due now (instead of at 06:00): the server's scheduler runs it.
  const since = Date.now();
  await withDatabase((db) => db.query(`UPDATE schedule SET next_run_at = now() WHERE name = 'deadline-reminders'`));
  const link = await waitForLink(HOST.email, new RegExp(`/bezoeken/${visitId}/bevindingen`), { timeoutMs: 30_000, since });
  const mail = await mailWith(HOST.email, `/bezoeken/${visitId}/bevindingen`);
  expect(mail.replace(/\r?\n[ \t]+/g, ' ')).toMatch(/^Subject: Kijkje herinnering: reageer op de bevindingen van het bezoek aan Arnhem/m);
  expect(mail).toContain(`${day} om 23:59`);

  // The link leads to the findings, where the host replies (hoor en wederhoor).
  await page.goto(link);
  await expectPage(page, 'Bevindingen: bezoek aan Arnhem');
  await expect(page.getByTestId('reply-deadline')).toContainText('U kunt op elke gedeelde bevinding reageren tot');
  const card = findingCards(page, FINDING);
  await card.getByRole('radio', { name: 'Eens' }).check();
  await card.getByRole('button', { name: 'Reactie versturen' }).click();
  await expect(card.getByTestId('host-response')).toContainText('Reactie van de gastgemeente: Eens.');
  await expectNoAxeViolations(page, 'findings board after the reminded reply');

  // Replied: the task has left the start page.
  await page.goto('/');
  await expectPage(page, 'Welkom bij Kijkje');
  await expect(page.getByTestId('task').filter({ hasText: programme }).and(page.locator('[data-kind="REPLY_TO_FINDINGS"]'))).toHaveCount(0);
  await context.close();
});
