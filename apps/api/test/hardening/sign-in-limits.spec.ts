import { withAdmin } from '../support/database';
import { codeOf, type GqlResult } from '../support/gql-client';
import { linkFor } from '../support/outbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from '../support/world';

const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { currentNetwork { id } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;

/**
 * SEC-09: sign-in limits protect without locking everyone out. Behind one trusted proxy
 * (TRUST_PROXY=1) the client's address comes from X-Forwarded-For, so that attempts from many
 * addresses can be made from one test.
 */
describe('sign-in limits (SEC-09)', () => {
  let t: TestApp;
  let world: World;
  const FREE = 8;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '1', RATE_SIGNIN_FREE_FAILURES: String(FREE) });
    world = await buildWorld(t);
  });
  afterAll(() => t?.close());

  const from = (ip: string, email: string, password: string) => t.client().gql(SIGN_IN, { input: { email, password } }, { 'x-forwarded-for': ip });
  const retryAfter = (res: GqlResult) => res.errors![0].extensions['retryAfterSeconds'] as number;
  const endBlock = (email: string) =>
    withAdmin(
      (c) =>
        c.query(`UPDATE rate_limit_bucket SET blocked_until = now() - interval '1 second' WHERE key = 'sign-in:account:' || encode(sha256($1::bytea), 'hex')`, [
          email,
        ]),
      t.db.ownerUrl,
    );

  it('one address cannot lock out the other people behind it, nor the victim elsewhere', async () => {
    const attacker = '198.51.100.7';
    const victims = [world.a.member, world.a.coordinator, world.b.member, world.b.coordinator, world.admin, world.both];
    for (const victim of victims) for (let i = 0; i < 6; i++) await from(attacker, victim.email, `fout-${i}-wachtwoord`);
    // Thirty-six attempts from one address: that address is slowed down for each account it tried…
    const again = await from(attacker, world.a.member.email, PASSWORD);
    expect(codeOf(again)).toBe('RATE_LIMITED');
    expect(again.errors![0].extensions.messages).toEqual({
      nl: expect.stringMatching(/^Te veel pogingen\. Probeer het over \d+ seconden opnieuw\.$/),
      en: expect.stringMatching(/^Too many attempts\. Try again in \d+ seconds\.$/),
    });
    expect(retryAfter(again)).toBeGreaterThan(0);
    expect(retryAfter(again)).toBeLessThanOrEqual(60);
    // …but a colleague behind the same address signs in, and so does the victim from elsewhere.
    expect(codeOf(await from('203.0.113.1', world.a.member.email, PASSWORD))).toBe('OK');
    await withAdmin(
      (c) =>
        c.query(`INSERT INTO app_user (email, name, password_hash) SELECT 'collega@test.kijkje.nl', 'Collega', password_hash FROM app_user WHERE email = $1`, [
          world.a.member.email,
        ]),
      t.db.ownerUrl,
    );
    expect(codeOf(await from(attacker, 'collega@test.kijkje.nl', PASSWORD))).toBe('OK');
    expect(codeOf(await from('203.0.113.2', world.b.coordinator.email, PASSWORD))).toBe('OK');
  });

  it('many addresses together get a growing wait per account, not an endless supply of guesses', async () => {
    await withAdmin(
      (c) =>
        c.query(`INSERT INTO app_user (email, name, password_hash) SELECT 'doelwit@test.kijkje.nl', 'Doelwit', password_hash FROM app_user WHERE email = $1`, [
          world.a.member.email,
        ]),
      t.db.ownerUrl,
    );
    const email = 'doelwit@test.kijkje.nl';
    for (let i = 0; i < FREE; i++) expect(codeOf(await from(`192.0.2.${i + 1}`, email, `fout-${i}-wachtwoord`))).toBe('UNAUTHENTICATED');
    const blocked = await from('192.0.2.100', email, PASSWORD);
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(retryAfter(blocked)).toBeLessThanOrEqual(60);
    await endBlock(email);
    expect(codeOf(await from('192.0.2.101', email, 'nog-een-keer-fout'))).toBe('UNAUTHENTICATED');
    const longer = await from('192.0.2.102', email, PASSWORD);
    expect(codeOf(longer)).toBe('RATE_LIMITED');
    expect(retryAfter(longer)).toBeGreaterThan(60);
    expect(retryAfter(longer)).toBeLessThanOrEqual(120);
    await endBlock(email);
    // The right password, once the wait is over, signs in and starts the count again.
    expect(codeOf(await from('192.0.2.103', email, PASSWORD))).toBe('OK');
    for (let i = 0; i < FREE - 1; i++) expect(codeOf(await from(`192.0.2.${110 + i}`, email, `weer-fout-${i}`))).toBe('UNAUTHENTICATED');
  });

  it('simultaneous attempts from many addresses are counted one by one: only the free ones reach the password', async () => {
    await withAdmin(
      (c) =>
        c.query(`INSERT INTO app_user (email, name, password_hash) SELECT 'storm@test.kijkje.nl', 'Storm', password_hash FROM app_user WHERE email = $1`, [
          world.a.member.email,
        ]),
      t.db.ownerUrl,
    );
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => from(`10.9.0.${i + 1}`, 'storm@test.kijkje.nl', `storm-${i}-fout`)));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(FREE);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20 - FREE);
  });

  it('reset requests from one address are limited per mailbox, not for everyone behind that address', async () => {
    const ask = (email: string) =>
      t.client().gql(`mutation($e: String!) { requestPasswordReset(input: { email: $e }) }`, { e: email }, { 'x-forwarded-for': '198.51.100.8' });
    for (let i = 0; i < 40; i++) expect(codeOf(await ask(`reset-${i}@test.kijkje.nl`))).toBe('OK');
    for (let i = 0; i < 5; i++) expect(codeOf(await ask('een-adres@test.kijkje.nl'))).toBe('OK');
    const sixth = await ask('een-adres@test.kijkje.nl');
    expect(codeOf(sixth)).toBe('RATE_LIMITED');
    expect(retryAfter(sixth)).toBeGreaterThan(60);
  });

  it('accepting an invitation with an existing account’s password goes through the same limits', async () => {
    const email = 'bestaand@test.kijkje.nl';
    await withAdmin(
      (c) =>
        c.query(`INSERT INTO app_user (email, name, password_hash) SELECT $2, 'Bestaand', password_hash FROM app_user WHERE email = $1`, [
          world.a.member.email,
          email,
        ]),
      t.db.ownerUrl,
    );
    const coordinator = await signedIn(t, world.b.coordinator);
    await coordinator.ok(`mutation($input: InvitePersonInput!) { invitePerson(input: $input) { id } }`, {
      input: { email, name: 'Bestaand', role: 'COORDINATOR' },
    });
    const token = await linkFor(t, email, 'uitnodiging');
    const accept = (password: string) => t.client().gql(ACCEPT, { input: { token, password } }, { 'x-forwarded-for': '198.51.100.99' });
    for (let i = 0; i < 5; i++) expect(codeOf(await accept(`gok-${i}-wachtwoord`))).toBe('BAD_USER_INPUT');
    const sixth = await accept(PASSWORD);
    expect(codeOf(sixth)).toBe('RATE_LIMITED');
    // The attempts count for the account as a whole, as sign-ins do.
    const count = await withAdmin(
      async (c) =>
        (await c.query(`SELECT count FROM rate_limit_bucket WHERE key = 'sign-in:account:' || encode(sha256($1::bytea), 'hex')`, [email])).rows[0].count,
      t.db.ownerUrl,
    );
    expect(count).toBe(5);
    // The invitation is still there for the rightful owner, from their own address.
    const own = await t.client().gql(ACCEPT, { input: { token, password: PASSWORD } }, { 'x-forwarded-for': '203.0.113.50' });
    expect(codeOf(own)).toBe('OK');
  });
});

/** TRUST_PROXY unset: X-Forwarded-For is the client's own claim and is ignored. */
describe('X-Forwarded-For without TRUST_PROXY', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t?.close());

  it('changes nothing: five tries from "five addresses" are five from one', async () => {
    const email = world.b.member.email;
    for (let i = 0; i < 5; i++) {
      const res = await t.client().gql(SIGN_IN, { input: { email, password: `fout-${i}-xx` } }, { 'x-forwarded-for': `192.0.2.${i}` });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await t.client().gql(SIGN_IN, { input: { email, password: PASSWORD } }, { 'x-forwarded-for': '192.0.2.200' }))).toBe('RATE_LIMITED');
    const ips = await withAdmin(
      async (c) =>
        (await c.query(`SELECT DISTINCT ip FROM audit_event WHERE action = 'auth.sign_in_failed' AND data->>'email' = $1`, [email])).rows.map((r) => r.ip),
      t.db.ownerUrl,
    );
    expect(ips).toHaveLength(1);
    expect(ips[0]).not.toMatch(/^192\.0\.2\./);
  });

  it('records the forwarded address only behind a trusted proxy', async () => {
    const trusted = await startTestApp({ TRUST_PROXY: '1' });
    try {
      await trusted.client().gql(SIGN_IN, { input: { email: 'wie@test.kijkje.nl', password: 'fout-wachtwoord' } }, { 'x-forwarded-for': '192.0.2.77' });
      const ip = await withAdmin(
        async (c) => (await c.query(`SELECT ip FROM audit_event WHERE action = 'auth.sign_in_failed' AND data->>'email' = 'wie@test.kijkje.nl'`)).rows[0].ip,
        trusted.db.ownerUrl,
      );
      expect(ip).toBe('192.0.2.77');
    } finally {
      await trusted.close();
    }
  });
});
