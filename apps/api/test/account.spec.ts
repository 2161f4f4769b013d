import { hashToken } from '@kijkje/api/core';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, PASSWORD, signedIn, type Person, type World } from './support/world';
import { subscribe, wsClient, type Subscription } from './support/ws-client';
import { within } from './support/within';

/*
 * Issue 15, self-service: the account page's operations against the real database and endpoint.
 * Only ever the signed-in person's own account; another person's session is not found; a changed
 * password or "sign out elsewhere" ends the other sessions and closes their live connections.
 */

const SESSIONS = `{ mySessions { id createdAt lastSeenAt userAgent current } }`;
const NAME = `mutation($input: UpdateMyNameInput!) { updateMyName(input: $input) { name version } }`;
const PASSWORD_CHANGE = `mutation($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) }`;
const CHANGES = `subscription($id: ID!) { findingChanged(visitId: $id) { findingId change } }`;
const NEW_PASSWORD = 'Een-ander-sterk-wachtwoord-58';

describe('the account page: name, password and sessions (issue 15)', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let url: string;
  const open: Subscription<any>[] = [];

  beforeAll(async () => {
    t = await startTestApp({ LIVE_SESSION_CHECK_SECONDS: '0.5', RATE_SIGNIN_PER_MINUTE: '100' });
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    url = await t.listen();
  });
  afterAll(async () => {
    for (const s of open) await s.close().catch(() => undefined);
    await t.close();
  });

  const admin = async (sql: string, params: unknown[] = []) => (await withAdmin((c) => c.query(sql, params), t.db.ownerUrl)).rows;
  const userRow = async (who: Person) =>
    (await admin(`SELECT name, version, password_hash AS hash FROM app_user WHERE id = $1`, [who.id]))[0] as { name: string; version: number; hash: string };
  const sessionIds = async (who: Person) => (await admin(`SELECT id FROM session WHERE user_id = $1 ORDER BY id`, [who.id])).map((r) => r.id as string);

  /** Signs in and follows the visit's board, waiting until it listens. */
  async function following(who: Person): Promise<{ client: GqlClient; sub: Subscription<any> }> {
    const client = await signedIn(t, who);
    const sub = subscribe(wsClient(url, { cookie: client.cookie!, origin: t.config.appUrl }), CHANGES, { id: v.visitId });
    open.push(sub);
    await sub.next((e) => e.findingChanged.change === 'REFRESH');
    return { client, sub };
  }

  it('is unusable when signed out', async () => {
    const anonymous = t.client();
    for (const [doc, variables] of [
      [SESSIONS, {}],
      [NAME, { input: { name: 'Niemand', version: 1 } }],
      [PASSWORD_CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }],
      [`mutation($id: ID!) { endMySession(id: $id) }`, { id: world.a.coordinator.id }],
      [`mutation { endMyOtherSessions }`, {}],
    ] as const)
      expect([doc, codeOf(await anonymous.gql(doc, variables))]).toEqual([doc, 'UNAUTHENTICATED']);
  });

  it('lists the person’s own live sessions, the current one marked, with the browser it started from', async () => {
    const who = world.b.member;
    const first = await signedIn(t, who);
    const second = t.client();
    await second.gql(
      `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
      { input: { email: who.email, password: PASSWORD } },
      {
        'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
      },
    );
    const seen = (await first.ok(SESSIONS)).mySessions as { id: string; current: boolean; userAgent: string | null; createdAt: string }[];
    expect(seen.map((s) => s.id).sort()).toEqual(await sessionIds(who));
    expect(seen.filter((s) => s.current)).toHaveLength(1);
    expect(seen.find((s) => !s.current)!.userAgent).toContain('Firefox/133.0');
    // Nobody else's session shows.
    const others = await admin(`SELECT id FROM session WHERE user_id <> $1`, [who.id]);
    for (const { id } of others) expect(JSON.stringify(seen)).not.toContain(id);
  });

  it('changes the name with the version it edited; a stale version is CONFLICT and changes nothing; bad names are refused in both languages', async () => {
    const who = world.b.member;
    const client = await signedIn(t, who);
    const { version } = await userRow(who);
    const done = (await client.ok(NAME, { input: { name: '  Nieuwe Naam  ', version } })).updateMyName;
    expect(done).toEqual({ name: 'Nieuwe Naam', version: version + 1 });
    const stale = await client.gql(NAME, { input: { name: 'Oude Bewerking', version } });
    expect(codeOf(stale)).toBe('CONFLICT');
    for (const name of ['', '   ', 'x'.repeat(121), 'Naam\u0000met nul']) {
      const res = await client.gql(NAME, { input: { name, version: version + 1 } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const field = res.errors![0].extensions.fields!.find((f) => f.field === 'name');
      expect(field?.messages.nl).toBeTruthy();
      expect(field?.messages.en).toBeTruthy();
    }
    expect(await userRow(who)).toMatchObject({ name: 'Nieuwe Naam', version: version + 1 });
    const [audit] = await admin(`SELECT data FROM audit_event WHERE action = 'account.name_changed' AND actor_user_id = $1`, [who.id]);
    expect(audit.data).toEqual({ from: who.name, to: 'Nieuwe Naam' });
  });

  it('refuses a wrong current password and a weak new one, changing nothing and ending no session', async () => {
    const who = world.b.coordinator;
    const client = await signedIn(t, who);
    const other = await signedIn(t, who);
    const before = await userRow(who);
    const sessions = await sessionIds(who);
    const mails = (await outbox(t)).length;

    const wrong = await client.gql(PASSWORD_CHANGE, { input: { currentPassword: 'niet-het-wachtwoord', newPassword: NEW_PASSWORD } });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions.fields).toEqual([
      { field: 'currentPassword', messages: { nl: 'Het huidige wachtwoord klopt niet.', en: 'The current password is not correct.' } },
    ]);
    const weak = await client.gql(PASSWORD_CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'kort' } });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0].extensions.fields![0].field).toBe('newPassword');
    const same = await client.gql(PASSWORD_CHANGE, { input: { currentPassword: PASSWORD, newPassword: PASSWORD } });
    expect(codeOf(same)).toBe('BAD_USER_INPUT');

    expect(await userRow(who)).toEqual(before);
    expect(await sessionIds(who)).toEqual(sessions);
    expect((await other.ok(`{ viewer { user { id } } }`)).viewer.user.id).toBe(who.id);
    expect((await outbox(t)).length).toBe(mails);
    const [failed] = await admin(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.sign_in_failed' AND actor_user_id = $1`, [who.id]);
    expect(failed.n).toBe(1);
  });

  it('counts wrong current passwords like failed sign-ins: after a few, a wait (RATE_LIMITED)', async () => {
    const who = v.people.networkMember;
    const client = await signedIn(t, who);
    const codes: string[] = [];
    for (let i = 0; i < 12; i++)
      codes.push(codeOf(await client.gql(PASSWORD_CHANGE, { input: { currentPassword: `fout-${i}-wachtwoord`, newPassword: NEW_PASSWORD } })));
    expect(codes).toContain('RATE_LIMITED');
    expect(codes.slice(0, 3)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it('changes the password: this session goes on, every other ends and its socket closes, a security mail goes out', async () => {
    const who = v.people.author;
    const { client } = await following(who);
    const { client: elsewhere, sub } = await following(who);
    // A reset link mailed earlier must not undo the change.
    const resetToken = 'r'.repeat(43);
    await admin(`INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [who.id, hashToken(resetToken)]);
    expect(await client.ok(PASSWORD_CHANGE, { input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } })).toEqual({ changeMyPassword: true });
    await within(sub.ended, 'closing the other session’s socket');
    expect(sub.closeCode).toBe(4401);
    expect((await elsewhere.ok(`{ viewer { user { id } } }`)).viewer).toBeNull();
    expect((await client.ok(SESSIONS)).mySessions).toHaveLength(1);
    expect(codeOf(await t.client().signIn(who.email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.client().signIn(who.email, NEW_PASSWORD))).toBe('OK');
    const reset = await t.client().gql(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, {
      input: { token: resetToken, password: 'Nog-een-ander-wachtwoord-64' },
    });
    expect(codeOf(reset)).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.client().signIn(who.email, NEW_PASSWORD))).toBe('OK');
    const mail = (await outbox(t)).filter((m) => m.to.includes(who.email)).pop()!;
    expect(mail.subject).toContain('wachtwoord is gewijzigd');
    expect(mail.raw).not.toMatch(/List-Unsubscribe/i);
    const [audit] = await admin(`SELECT data FROM audit_event WHERE action = 'account.password_changed' AND actor_user_id = $1`, [who.id]);
    expect(audit.data).toEqual({ sessionsEnded: 1 });
  });

  it('ends one other session of the person (its socket closes); another person’s session is NOT_FOUND and goes on', async () => {
    const who = v.people.otherReviewer;
    const { client } = await following(who);
    const { client: elsewhere, sub } = await following(who);
    const { client: stranger, sub: strangerSub } = await following(v.people.lead);
    const [strangerSession] = await sessionIds(v.people.lead);
    const res = await client.gql(`mutation($id: ID!) { endMySession(id: $id) }`, { id: strangerSession });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect((await stranger.ok(`{ viewer { user { id } } }`)).viewer.user.id).toBe(v.people.lead.id);
    expect(await sessionIds(v.people.lead)).toEqual([strangerSession]);

    const target = ((await client.ok(SESSIONS)).mySessions as { id: string; current: boolean }[]).find((s) => !s.current)!;
    expect(await client.ok(`mutation($id: ID!) { endMySession(id: $id) }`, { id: target.id })).toEqual({ endMySession: true });
    await within(sub.ended, 'closing the ended session’s socket');
    expect(sub.closeCode).toBe(4401);
    expect((await elsewhere.ok(`{ viewer { user { id } } }`)).viewer).toBeNull();
    expect((await client.ok(`{ viewer { user { id } } }`)).viewer.user.id).toBe(who.id);
    // Ending it again: it no longer exists.
    expect(codeOf(await client.gql(`mutation($id: ID!) { endMySession(id: $id) }`, { id: target.id }))).toBe('NOT_FOUND');
    expect(strangerSub.closeCode).toBeNull();
  });

  it('signs out elsewhere: every other session ends and their sockets close; this one and other people’s go on', async () => {
    const who = v.people.hostContact;
    const { client } = await following(who);
    const second = await following(who);
    const third = await following(who);
    const bystander = await signedIn(t, v.people.otherRoundMember);
    expect(await client.ok(`mutation { endMyOtherSessions }`)).toEqual({ endMyOtherSessions: 2 });
    for (const other of [second, third]) {
      await within(other.sub.ended, 'closing a socket elsewhere');
      expect(other.sub.closeCode).toBe(4401);
      expect((await other.client.ok(`{ viewer { user { id } } }`)).viewer).toBeNull();
    }
    expect((await client.ok(SESSIONS)).mySessions).toEqual([expect.objectContaining({ current: true })]);
    expect((await bystander.ok(`{ viewer { user { id } } }`)).viewer.user.id).toBe(v.people.otherRoundMember.id);
    expect(await client.ok(`mutation { endMyOtherSessions }`)).toEqual({ endMyOtherSessions: 0 });
  });
});
