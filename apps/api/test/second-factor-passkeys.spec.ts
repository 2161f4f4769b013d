import { withAdmin } from './support/database';
import { codeOf } from './support/gql-client';
import { COMPLETE } from './support/second-factor';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from './support/world';

/*
 * Passkeys (WebAuthn) against the real endpoint and database, as far as no authenticator is
 * needed: the registration options, refusals of answers that no authenticator gave, removal, and
 * the second step's options. Registering and signing in with a real (virtual) authenticator is
 * proven in Chromium (apps/web-e2e/src/26-second-factor.spec.ts).
 */

const START = `mutation { startPasskeyRegistration }`;
const FINISH = `mutation($input: FinishPasskeyRegistrationInput!) { finishPasskeyRegistration(input: $input) { id name } }`;
const LIST = `{ myPasskeys { id name createdAt lastUsedAt } }`;

describe('passkeys as a second factor', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp({ RATE_SIGNIN_PER_MINUTE: '100' });
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  const admin = async (sql: string, params: unknown[] = []) => (await withAdmin((c) => c.query(sql, params), t.db.ownerUrl)).rows;

  it('offers registration options for the app’s own host, and refuses an answer no authenticator gave', async () => {
    const who = world.a.member;
    const client = await signedIn(t, who);
    const options = JSON.parse((await client.ok(START)).startPasskeyRegistration);
    expect(options.rp).toEqual({ name: 'Kijkje', id: new URL(t.config.appUrl).hostname });
    expect(options.user.name).toBe(who.email);
    expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    for (const response of ['{}', 'geen json', JSON.stringify({ id: 'x', rawId: 'x', type: 'public-key', response: {} })]) {
      await client.ok(START);
      const res = await client.gql(FINISH, { input: { name: 'Telefoon', response } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields![0].field).toBe('response');
    }
    // Without a registration under way there is nothing to answer.
    expect(codeOf(await client.gql(FINISH, { input: { name: 'Telefoon', response: '{}' } }))).toBe('BAD_USER_INPUT');
    expect((await client.ok(LIST)).myPasskeys).toEqual([]);
    expect(await admin(`SELECT 1 FROM passkey WHERE user_id = $1`, [who.id])).toEqual([]);
  });

  it('makes a passkey a second factor: the password then asks for it, and a forged answer gets no session', async () => {
    const who = world.b.member;
    await admin(`INSERT INTO passkey (user_id, credential_id, public_key, name) VALUES ($1, 'c2xldXRlbA', 'pk', 'Sleutelbos')`, [who.id]);
    const client = t.client();
    const res = await client.signIn(who.email, PASSWORD);
    expect(codeOf(res)).toBe('SECOND_FACTOR_NEEDED');
    const extensions = res.errors![0].extensions;
    expect(extensions['methods']).toEqual(['PASSKEY']);
    const options = JSON.parse(extensions['passkeyOptions'] as string);
    expect(options.rpId).toBe(new URL(t.config.appUrl).hostname);
    expect(options.allowCredentials).toEqual([expect.objectContaining({ id: 'c2xldXRlbA', type: 'public-key' })]);
    const forged = JSON.stringify({
      id: 'c2xldXRlbA',
      rawId: 'c2xldXRlbA',
      type: 'public-key',
      response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' },
    });
    const refused = await client.gql(COMPLETE, { input: { challenge: extensions['challenge'], passkeyResponse: forged } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields![0].field).toBe('passkeyResponse');
    expect(client.cookie).toBeNull();
  });

  it('lists and removes only the person’s own passkeys', async () => {
    const who = world.b.coordinator;
    const [{ id }] = await admin(`INSERT INTO passkey (user_id, credential_id, public_key, name) VALUES ($1, 'b3BlbmVu', 'pk', 'Werklaptop') RETURNING id`, [
      who.id,
    ]);
    const other = await signedIn(t, world.a.coordinator);
    expect((await other.ok(LIST)).myPasskeys).toEqual([]);
    expect(codeOf(await other.gql(`mutation($id: ID!) { removePasskey(id: $id) }`, { id }))).toBe('NOT_FOUND');
    await admin(`DELETE FROM passkey WHERE id = $1`, [id]);
    expect(await admin(`SELECT 1 FROM passkey WHERE user_id = $1`, [who.id])).toEqual([]);
  });
});
