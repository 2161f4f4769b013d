import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { codeAt, COMPLETE, CONFIRM, DISABLE, enrolTotp, RENEW, START, STATUS } from './support/second-factor';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, PASSWORD, signedIn, type Person, type World } from './support/world';

/*
 * A second factor (issue "Identity and the AVG"): an authenticator app with recovery codes, set up
 * on the account page, and the second step of a sign-in, against the real database and endpoint.
 */

describe('a second factor: the authenticator app and recovery codes', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp({ RATE_SIGNIN_PER_MINUTE: '100' });
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  const admin = async (sql: string, params: unknown[] = []) => (await withAdmin((c) => c.query(sql, params), t.db.ownerUrl)).rows;
  const actions = async (who: Person) => (await admin(`SELECT action FROM audit_event WHERE actor_user_id = $1 ORDER BY id`, [who.id])).map((r) => r.action);
  const sessions = async (who: Person) =>
    (await admin(`SELECT auth_methods AS methods FROM session WHERE user_id = $1 ORDER BY created_at`, [who.id])).map((r) => r.methods);

  /** A password sign-in that must ask for the second step; answers its challenge. */
  async function challengeFor(client: GqlClient, who: Person): Promise<string> {
    const res = await client.signIn(who.email, PASSWORD);
    expect(codeOf(res)).toBe('SECOND_FACTOR_NEEDED');
    expect(res.data?.signIn ?? null).toBeNull();
    expect(res.errors![0].extensions.messages!.nl).toContain('authenticator-app');
    return res.errors![0].extensions['challenge'] as string;
  }

  it('is unusable when signed out', async () => {
    const anonymous = t.client();
    for (const [doc, variables] of [
      [STATUS, {}],
      [START, {}],
      [CONFIRM, { input: { code: '123456' } }],
      [RENEW, { input: { code: '123456' } }],
      [DISABLE, { input: { currentPassword: PASSWORD } }],
      [COMPLETE, { input: { challenge: 'A'.repeat(43), code: '123456' } }],
    ] as const)
      expect([doc, codeOf(await anonymous.gql(doc, variables))]).toEqual([doc, 'UNAUTHENTICATED']);
  });

  it('is on only once a current code confirms the app; the key is stored encrypted and the recovery codes only as hashes', async () => {
    const who = world.a.member;
    const client = await signedIn(t, who);
    expect((await client.ok(STATUS)).mySecondFactor).toEqual({ totpEnabled: false, recoveryCodesLeft: 0 });
    const { startTotpEnrolment: enrolment } = await client.ok(START);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.uri).toContain('issuer=Kijkje');
    expect(Buffer.from(enrolment.qrCode.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toContain('<svg');
    expect((await client.ok(STATUS)).mySecondFactor.totpEnabled).toBe(false);

    const wrong = await client.gql(CONFIRM, { input: { code: codeAt(enrolment.secret, 5) } });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions.fields).toEqual([
      { field: 'code', messages: { nl: expect.stringContaining('klopt niet'), en: expect.stringContaining('not correct') } },
    ]);
    expect((await client.ok(STATUS)).mySecondFactor.totpEnabled).toBe(false);

    const { confirmTotpEnrolment } = await client.ok(CONFIRM, { input: { code: codeAt(enrolment.secret) } });
    expect(confirmTotpEnrolment.codes).toHaveLength(10);
    expect(new Set(confirmTotpEnrolment.codes).size).toBe(10);
    expect((await client.ok(STATUS)).mySecondFactor).toEqual({ totpEnabled: true, recoveryCodesLeft: 10 });

    const [stored] = await admin(`SELECT secret_encrypted FROM user_totp WHERE user_id = $1`, [who.id]);
    expect(stored.secret_encrypted).toMatch(/^v1\./);
    expect(stored.secret_encrypted).not.toContain(enrolment.secret);
    const hashes = JSON.stringify(await admin(`SELECT code_hash FROM recovery_code WHERE user_id = $1`, [who.id]));
    for (const code of confirmTotpEnrolment.codes) expect(hashes).not.toContain(code.replace('-', ''));

    expect(codeOf(await client.gql(START))).toBe('CONFLICT');
    expect(await actions(who)).toEqual(expect.arrayContaining(['auth.second_factor_failed', 'second_factor.enabled']));
  });

  it('gives no session for the password alone; the second step with a current code does, once per challenge and once per code', async () => {
    const who = world.b.member;
    const { secret } = await enrolTotp(await signedIn(t, who));
    const before = (await sessions(who)).length;

    const client = t.client();
    const challenge = await challengeFor(client, who);
    expect(client.cookie).toBeNull();
    expect(await sessions(who)).toHaveLength(before);
    expect((await client.ok(`{ viewer { user { id } } }`)).viewer).toBeNull();

    const wrong = await client.gql(COMPLETE, { input: { challenge, code: '000000' } });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(client.cookie).toBeNull();
    expect(await sessions(who)).toHaveLength(before);

    // The code of the last step, already used to confirm the app, is refused (replay).
    const replay = await client.gql(COMPLETE, { input: { challenge, code: codeAt(secret) } });
    expect(codeOf(replay)).toBe('BAD_USER_INPUT');

    const done = await client.gql(COMPLETE, { input: { challenge, code: codeAt(secret, 1) } });
    expect(codeOf(done)).toBe('OK');
    expect(done.data!.completeSignIn.user.id).toBe(who.id);
    expect(done.data!.completeSignIn.currentNetwork.id).toBe(world.b.id);
    expect((await client.ok(`{ viewer { user { id } } }`)).viewer.user.id).toBe(who.id);
    expect((await sessions(who)).at(-1)).toEqual(['password', 'totp']);

    // The challenge is used up; the same code in a new challenge is a replay.
    expect(codeOf(await t.client().gql(COMPLETE, { input: { challenge, code: codeAt(secret, 1) } }))).toBe('UNAUTHENTICATED');
    const again = t.client();
    expect(codeOf(await again.gql(COMPLETE, { input: { challenge: await challengeFor(again, who), code: codeAt(secret, 1) } }))).toBe('BAD_USER_INPUT');
    expect(await actions(who)).toEqual(expect.arrayContaining(['auth.second_factor_failed', 'auth.signed_in']));
  });

  it('takes each recovery code once, in place of a code of the app', async () => {
    const who = world.a.coordinator;
    const { codes } = await enrolTotp(await signedIn(t, who));
    const client = t.client();
    const done = await client.gql(COMPLETE, { input: { challenge: await challengeFor(client, who), recoveryCode: codes[3].toUpperCase() } });
    expect(codeOf(done)).toBe('OK');
    expect((await sessions(who)).at(-1)).toEqual(['password', 'recovery_code']);
    expect((await client.ok(STATUS)).mySecondFactor.recoveryCodesLeft).toBe(9);

    const other = t.client();
    const reused = await other.gql(COMPLETE, { input: { challenge: await challengeFor(other, who), recoveryCode: codes[3] } });
    expect(codeOf(reused)).toBe('BAD_USER_INPUT');
    expect(reused.errors![0].extensions.fields![0].field).toBe('recoveryCode');
    expect(other.cookie).toBeNull();
    expect(await actions(who)).toEqual(expect.arrayContaining(['auth.recovery_code_used', 'auth.second_factor_failed']));
  });

  it('lets a challenge expire', async () => {
    const who = world.both;
    const { secret } = await enrolTotp(await signedIn(t, who));
    const client = t.client();
    const challenge = await challengeFor(client, who);
    await admin(`UPDATE sign_in_challenge SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [who.id]);
    const late = await client.gql(COMPLETE, { input: { challenge, code: codeAt(secret, 1) } });
    expect(codeOf(late)).toBe('UNAUTHENTICATED');
    expect(late.errors![0].extensions.messages!.nl).toContain('verlopen');
    expect(client.cookie).toBeNull();
  });

  it('limits wrong codes: a challenge takes five tries, then RATE_LIMITED, and nothing is signed in', async () => {
    const who = world.both;
    const client = t.client();
    const challenge = await challengeFor(client, who);
    for (let i = 0; i < 5; i++) expect(codeOf(await client.gql(COMPLETE, { input: { challenge, code: '000000' } }))).toBe('BAD_USER_INPUT');
    const limited = await client.gql(COMPLETE, { input: { challenge, code: '000000' } });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions['retryAfterSeconds']).toBeGreaterThan(0);
    expect(client.cookie).toBeNull();
    const failures = (await actions(who)).filter((a) => a === 'auth.second_factor_failed');
    expect(failures.length).toBeGreaterThanOrEqual(5);
  });

  it('renews the recovery codes with a current code, and turns off only with a proof', async () => {
    const who = world.b.coordinator;
    const client = await signedIn(t, who);
    const { secret, codes } = await enrolTotp(client);
    expect(codeOf(await client.gql(RENEW, { input: { code: '111111' } }))).toBe('BAD_USER_INPUT');
    const { renewRecoveryCodes } = await client.ok(RENEW, { input: { code: codeAt(secret, 1) } });
    expect(renewRecoveryCodes.codes).toHaveLength(10);
    expect(renewRecoveryCodes.codes).not.toContain(codes[0]);

    const wrong = await client.gql(DISABLE, { input: { currentPassword: 'niet-het-wachtwoord' } });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions.fields![0].field).toBe('currentPassword');
    expect(codeOf(await client.gql(DISABLE, { input: { recoveryCode: codes[0] } }))).toBe('BAD_USER_INPUT');
    expect((await client.ok(STATUS)).mySecondFactor.totpEnabled).toBe(true);

    expect((await client.ok(DISABLE, { input: { recoveryCode: renewRecoveryCodes.codes[0] } })).disableSecondFactor).toBe(true);
    expect((await client.ok(STATUS)).mySecondFactor).toEqual({ totpEnabled: false, recoveryCodesLeft: 0 });
    expect(await admin(`SELECT 1 FROM recovery_code WHERE user_id = $1`, [who.id])).toEqual([]);
    expect(codeOf(await t.client().signIn(who.email, PASSWORD))).toBe('OK');
    expect(await actions(who)).toEqual(expect.arrayContaining(['second_factor.recovery_codes_renewed', 'second_factor.disabled']));
  });
});
