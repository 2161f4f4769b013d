import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';
import { subscribe, wsClient } from './support/ws-client';

const CREATE = `mutation($input: CreateFindingInput!) { createFinding(input: $input) { id } }`;
const SHARE = `mutation($input: ShareFindingsInput!) { shareFindings(input: $input) { replyDeadline } }`;
const REPLY = `mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`;
const MINE = `query($limit: Int, $offset: Int) { myNotifications(limit: $limit, offset: $offset) { items { id kind subjectType subjectId path read } hasMore } }`;
const COUNT = `{ unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const SETTINGS = `{ notificationSettings { kind delivery } }`;
const SET = `mutation($k: NotificationKind!, $d: NotificationDelivery!) { setNotificationSetting(input: { kind: $k, delivery: $d }) { kind delivery } }`;

/** Headers as one line each (long ones are folded onto the next line). */
const unfolded = (raw: string) => raw.replace(/\r?\n[ \t]+/g, ' ');

const finding = (visitId: string, text: string) => ({ visitId, kind: 'CONCERN', theme: 'Wmo', text, tags: [], submit: true });

/** Notifications: made in the event's transaction, read only by their recipient, mailed as each person chose. */
describe('notifications', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let author: GqlClient;
  let lead: GqlClient;
  let host: GqlClient;
  const findings: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    [author, lead, host] = await Promise.all([v.people.author, v.people.lead, v.people.hostContact].map((p) => signedIn(t, p)));
    for (const text of ['Eén', 'Twee', 'Drie']) findings.push((await author.ok(CREATE, { input: finding(v.visitId, text) })).createFinding.id);
  });
  afterAll(() => t.close());

  it('tells the host live when findings are shared, with one mail that can be unsubscribed from', async () => {
    const url = await t.listen();
    const live = subscribe(
      wsClient(url, { cookie: host.cookie, origin: t.config.appUrl }),
      `subscription { notificationsChanged { change notificationId } }`,
      {},
    );
    await live.ready;
    expect((await host.ok(COUNT)).unreadNotificationCount).toBe(0);

    await lead.ok(SHARE, { input: { visitId: v.visitId, replyDays: 14 } });

    const signal = await live.next((s: any) => s.notificationsChanged.change === 'NEW');
    expect((await host.ok(COUNT)).unreadNotificationCount).toBe(1);
    const mine = (await host.ok(MINE)).myNotifications;
    expect(mine.items).toEqual([
      {
        id: signal.notificationsChanged.notificationId,
        kind: 'FINDINGS_SHARED',
        subjectType: 'visit',
        subjectId: v.visitId,
        path: `/bezoeken/${v.visitId}`,
        read: false,
      },
    ]);
    const mail = (await outbox(t)).filter((m) => m.to.includes(v.people.hostContact.email)).at(-1)!;
    expect(mail.body).toMatch(/heeft \d+ bevinding\(en\)/);
    expect(unfolded(mail.raw)).toMatch(/^List-Unsubscribe: <http[^>]+\/afmelden\/[A-Za-z0-9_-]{43}\/FINDINGS_SHARED>/m);
    expect(unfolded(mail.raw)).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    await live.close();
  });

  it('lets each person read and mark only their own', async () => {
    const [own] = (await host.ok(MINE)).myNotifications.items;
    expect((await author.ok(MINE)).myNotifications.items).toEqual([]);
    // Someone else's id changes nothing; their own marks it read.
    expect((await author.ok(MARK, { ids: [own.id] })).markNotificationsRead).toBe(0);
    expect((await host.ok(COUNT)).unreadNotificationCount).toBe(1);
    expect((await host.ok(MARK, { ids: [own.id] })).markNotificationsRead).toBe(0);
    expect((await host.ok(MINE)).myNotifications.items[0].read).toBe(true);
    expect(codeOf(await host.gql(MARK, { ids: ['geen-id'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await host.gql(MINE, { limit: 500 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.client().gql(COUNT))).toBe('UNAUTHENTICATED');
  });

  it('is hidden by row-level security from anyone but the recipient, even inside the network', async () => {
    const rows = await withAdmin(async (c) => {
      await c.query('BEGIN');
      await c.query('SET LOCAL ROLE kijkje_app');
      await c.query(`SELECT set_config('app.network_id', $1, true), set_config('app.user_id', $2, true)`, [world.a.id, v.people.author.id]);
      const seen = (await c.query(`SELECT count(*)::int AS n FROM notification`)).rows[0].n;
      const changed = (await c.query(`UPDATE notification SET read_at = NULL`)).rowCount;
      await c.query('ROLLBACK');
      return { seen, changed };
    }, t.db.ownerUrl);
    expect(rows).toEqual({ seen: 0, changed: 0 });
  });

  it('mails the lead of a reply as they chose: the daily digest by default, at once, or not at all', async () => {
    const before = (await outbox(t)).filter((m) => m.to.includes(v.people.lead.email)).length;
    await host.ok(REPLY, { input: { findingId: findings[0], kind: 'AGREE' } });
    expect((await lead.ok(MINE)).myNotifications.items.map((n: { kind: string }) => n.kind)).toEqual(['REPLY_RECEIVED']);
    expect((await outbox(t)).filter((m) => m.to.includes(v.people.lead.email))).toHaveLength(before);

    const settings = (await lead.ok(SET, { k: 'REPLY_RECEIVED', d: 'SINGLE' })).setNotificationSetting;
    expect(settings).toContainEqual({ kind: 'REPLY_RECEIVED', delivery: 'SINGLE' });
    expect((await lead.ok(SETTINGS)).notificationSettings).toEqual(settings);
    await host.ok(REPLY, { input: { findingId: findings[1], kind: 'AGREE' } });
    const mails = (await outbox(t)).filter((m) => m.to.includes(v.people.lead.email));
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)!.body).toContain(`/bezoeken/${v.visitId}/bevindingen`);
    expect(unfolded(mails.at(-1)!.raw)).toMatch(/^List-Unsubscribe: .*\/REPLY_RECEIVED>/m);

    await lead.ok(SET, { k: 'REPLY_RECEIVED', d: 'OFF' });
    await host.ok(REPLY, { input: { findingId: findings[2], kind: 'AGREE' } });
    expect((await outbox(t)).filter((m) => m.to.includes(v.people.lead.email))).toHaveLength(before + 1);
    expect((await lead.ok(COUNT)).unreadNotificationCount).toBe(3);
    // Paged, newest first.
    const page = (await lead.ok(MINE, { limit: 2, offset: 0 })).myNotifications;
    expect(page.hasMore).toBe(true);
    expect((await lead.ok(MINE, { limit: 2, offset: 2 })).myNotifications).toMatchObject({ hasMore: false, items: [{ kind: 'REPLY_RECEIVED' }] });
    expect((await lead.ok(MARK)).markNotificationsRead).toBe(0);
  });

  it('unsubscribes with one click, without a session, from the link in the mail (RFC 8058)', async () => {
    const mail = (await outbox(t)).filter((m) => m.to.includes(v.people.hostContact.email) && /FINDINGS_SHARED/.test(unfolded(m.raw))).at(-1)!;
    const link = unfolded(mail.raw).match(/^List-Unsubscribe: <([^>]+)>/m)![1];
    const path = new URL(link).pathname;
    const url = (await t.listen()) + path;
    const setting = async () =>
      ((await host.ok(SETTINGS)).notificationSettings as { kind: string; delivery: string }[]).find((s) => s.kind === 'FINDINGS_SHARED')!.delivery;

    // Opening the link only asks (link checkers open links too).
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<form method="post">/);
    expect(await setting()).toBe('SINGLE');

    // What a mail program sends: a POST with the one-click body and no cookie.
    const click = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(click.status).toBe(200);
    expect(await click.text()).toContain('U bent afgemeld');
    expect(await setting()).toBe('OFF');

    const wrong = await fetch(url.replace(/\/afmelden\/[^/]+/, '/afmelden/' + 'x'.repeat(43)), { method: 'POST' });
    expect(wrong.status).toBe(404);
    const unknownKind = await fetch(url.replace(/FINDINGS_SHARED$/, 'PASSWORD_RESET'), { method: 'POST' });
    expect(unknownKind.status).toBe(404);
  });

  it('refuses a kind or delivery it does not know', async () => {
    expect(codeOf(await lead.gql(SET, { k: 'PASSWORD_RESET', d: 'OFF' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await lead.gql(SET, { k: 'REPLY_RECEIVED', d: 'LOUD' }))).toBe('BAD_USER_INPUT');
  });
});
