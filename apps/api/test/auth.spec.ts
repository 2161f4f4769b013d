import { withAdmin } from './support/database';
import { codeOf, GqlClient } from './support/gql-client';
import { linkFor, outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from './support/world';

const VIEWER = `{ viewer { user { email } currentNetwork { id name } memberships { network { id } role } } }`;

/** SEC-07 to SEC-09: sessions, passwords, rate limits, no enumeration. */
describe('sign-in and sessions', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('sets an HttpOnly, SameSite=Lax session cookie with a 256-bit opaque token', async () => {
    const client = t.client();
    const res = await client.signIn(world.a.member.email, PASSWORD);
    expect(codeOf(res)).toBe('OK');
    const cookie = (res.headers['set-cookie'] as string[])[0];
    expect(cookie).toMatch(/^kijkje_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const viewer = await client.ok(VIEWER);
    expect(viewer.viewer.user.email).toBe(world.a.member.email);
    expect(viewer.viewer.currentNetwork.id).toBe(world.a.id);
  });

  it('marks the cookie Secure and __Host- under HTTPS', async () => {
    const secure = await startTestApp({ APP_URL: 'https://kijkje.example' });
    try {
      const w = await buildWorld(secure);
      const res = await secure.client().signIn(w.a.member.email, PASSWORD);
      const cookie = (res.headers['set-cookie'] as string[])[0];
      expect(cookie).toMatch(/^__Host-kijkje_session=/);
      expect(cookie).toMatch(/Secure/);
    } finally {
      await secure.close();
    }
  });

  it('issues a new session id on every sign-in and ends the old one', async () => {
    const client = await signedIn(t, world.a.member);
    const first = client.cookie;
    await client.signIn(world.a.member.email, PASSWORD);
    expect(client.cookie).not.toBe(first);
    const old = new GqlClient(t.http);
    old.cookie = first;
    expect((await old.ok(VIEWER)).viewer).toBeNull();
  });

  it('gives the same answer for a wrong password and an unknown address', async () => {
    const wrong = await t.client().signIn(world.b.member.email, 'niet-het-wachtwoord');
    const unknown = await t.client().signIn('niemand@test.kijkje.nl', 'niet-het-wachtwoord');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].extensions.messages).toEqual(unknown.errors![0].extensions.messages);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('audits failed and successful sign-ins', async () => {
    await t.client().signIn(world.b.coordinator.email, 'fout-wachtwoord-1');
    await signedIn(t, world.b.coordinator);
    const { rows } = await withAdmin(
      (c) =>
        c.query(`SELECT action FROM audit_event WHERE data->>'email' = $1 OR actor_user_id = $2 ORDER BY created_at`, [
          world.b.coordinator.email,
          world.b.coordinator.id,
        ]),
      t.db.ownerUrl,
    );
    expect(rows.map((r) => r.action)).toEqual(['auth.sign_in_failed', 'auth.signed_in']);
  });

  it('refuses the sixth sign-in attempt in a minute with RATE_LIMITED, even with the right password', async () => {
    const email = world.admin.email;
    for (let i = 0; i < 5; i++) expect(codeOf(await t.client().signIn(email, `fout-${i}-wachtwoord`))).toBe('UNAUTHENTICATED');
    const sixth = await t.client().signIn(email, PASSWORD);
    expect(codeOf(sixth)).toBe('RATE_LIMITED');
    expect(sixth.errors![0].extensions.messages!.nl).toMatch(/Te veel pogingen/);
  });

  it('signs out: the old cookie no longer works', async () => {
    const client = await signedIn(t, world.a.coordinator);
    const cookie = client.cookie;
    expect((await client.ok(`mutation { signOut }`)).signOut).toBe(true);
    const old = new GqlClient(t.http);
    old.cookie = cookie;
    expect(codeOf(await old.gql(`{ organisations { id } }`))).toBe('UNAUTHENTICATED');
  });

  it('ends a session after the idle timeout', async () => {
    const client = await signedIn(t, world.both);
    await withAdmin((c) => c.query(`UPDATE session SET last_seen_at = now() - interval '3 hours' WHERE user_id = $1`, [world.both.id]), t.db.ownerUrl);
    expect(codeOf(await client.gql(`{ organisations { id } }`))).toBe('UNAUTHENTICATED');
  });

  it('ends a session after the absolute timeout', async () => {
    const client = await signedIn(t, world.both);
    await withAdmin((c) => c.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [world.both.id]), t.db.ownerUrl);
    expect(codeOf(await client.gql(`{ organisations { id } }`))).toBe('UNAUTHENTICATED');
  });

  it('stores passwords as argon2id with m=19456, t=2, p=1', async () => {
    const accept = await t.client().gql(`mutation { requestPasswordReset(input: { email: "${world.a.member.email}" }) }`);
    expect(codeOf(accept)).toBe('OK');
    const token = await linkFor(t, world.a.member.email, 'wachtwoord-herstellen');
    await t.client().ok(`mutation($t: String!) { resetPassword(input: { token: $t, password: "Een-nieuw-wachtwoord-7" }) }`, { t: token });
    const { rows } = await withAdmin((c) => c.query(`SELECT password_hash FROM app_user WHERE id = $1`, [world.a.member.id]), t.db.ownerUrl);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('password reset', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('answers the same for known and unknown addresses, and mails only the known one', async () => {
    const known = await t.client().gql(`mutation { requestPasswordReset(input: { email: "${world.b.member.email}" }) }`);
    const unknown = await t.client().gql(`mutation { requestPasswordReset(input: { email: "onbekend@test.kijkje.nl" }) }`);
    expect(known.data).toEqual(unknown.data);
    const mails = await outbox(t);
    expect(mails.filter((m) => m.to.includes(world.b.member.email))).toHaveLength(1);
    expect(mails.filter((m) => m.to.includes('onbekend'))).toHaveLength(0);
  });

  it('resets with the mailed link, ends existing sessions, and the link works once', async () => {
    const existing = await signedIn(t, world.a.coordinator);
    await t.client().ok(`mutation { requestPasswordReset(input: { email: "${world.a.coordinator.email}" }) }`);
    const token = await linkFor(t, world.a.coordinator.email, 'wachtwoord-herstellen');
    const reset = `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) }`;
    expect(codeOf(await t.client().gql(reset, { t: token, p: 'kort' }))).toBe('BAD_USER_INPUT');
    expect((await t.client().ok(reset, { t: token, p: 'Nieuw-en-veilig-2026' })).resetPassword).toBe(true);
    expect(codeOf(await existing.gql(`{ organisations { id } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.client().signIn(world.a.coordinator.email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.client().signIn(world.a.coordinator.email, 'Nieuw-en-veilig-2026'))).toBe('OK');
    const again = await t.client().gql(reset, { t: token, p: 'Nog-een-keer-2026' });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].extensions.fields![0].field).toBe('token');
  });

  it('rejects common passwords with a Dutch and English message', async () => {
    await t.client().ok(`mutation { requestPasswordReset(input: { email: "${world.b.coordinator.email}" }) }`);
    const token = await linkFor(t, world.b.coordinator.email, 'wachtwoord-herstellen');
    const res = await t.client().gql(`mutation($t: String!) { resetPassword(input: { token: $t, password: "wachtwoord1" }) }`, { t: token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const field = res.errors![0].extensions.fields![0];
    expect(field.field).toBe('password');
    expect(field.messages.nl.length).toBeGreaterThan(5);
    expect(field.messages.en.length).toBeGreaterThan(5);
  });

  it('rate-limits reset requests per account', async () => {
    const ask = () => t.client().gql(`mutation { requestPasswordReset(input: { email: "ratelimit@test.kijkje.nl" }) }`);
    for (let i = 0; i < 5; i++) expect(codeOf(await ask())).toBe('OK');
    expect(codeOf(await ask())).toBe('RATE_LIMITED');
  });
});
