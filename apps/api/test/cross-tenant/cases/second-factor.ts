import { withAdmin } from '../../support/database';
import { codeOf } from '../../support/gql-client';
import { leaksNothingOfA, type Cases } from '../../support/cross-tenant-world';
import { PASSWORD } from '../../support/world';
import type { TestApp } from '../../support/test-app';
import type { World } from '../../support/world';

/** The second factors of network A's people: rows of their apps, recovery codes and sign-in challenges. */
const factorsOfA = (t: TestApp, w: World) =>
  withAdmin(
    async (c) =>
      (
        await c.query(
          `SELECT 'totp' AS kind, user_id, secret_encrypted AS detail FROM user_totp WHERE user_id = ANY($1)
           UNION ALL SELECT 'code', user_id, code_hash || coalesce(used_at::text, '') FROM recovery_code WHERE user_id = ANY($1)
           UNION ALL SELECT 'challenge', user_id, token_hash FROM sign_in_challenge WHERE user_id = ANY($1) ORDER BY 1, 2, 3`,
          [[w.a.coordinator.id, w.a.member.id]],
        )
      ).rows,
    t.db.ownerUrl,
  );

/**
 * Second-factor rows of A's member, as the database holds them: an app being set up, recovery
 * codes and a sign-in challenge (written directly, so that A's people still sign in with a
 * password alone in the other cases).
 */
async function secondFactorOfA(t: TestApp, w: World): Promise<void> {
  await withAdmin(async (c) => {
    await c.query(`INSERT INTO user_totp (user_id, secret_encrypted) VALUES ($1, 'v1.a.b.c') ON CONFLICT DO NOTHING`, [w.a.member.id]);
    await c.query(`INSERT INTO recovery_code (user_id, code_hash) VALUES ($1, repeat('c', 64)) ON CONFLICT DO NOTHING`, [w.a.member.id]);
    await c.query(
      `INSERT INTO sign_in_challenge (token_hash, user_id, expires_at) VALUES (repeat('d', 64), $1, now() + interval '1 hour') ON CONFLICT DO NOTHING`,
      [w.a.member.id],
    );
  }, t.db.ownerUrl);
}

/**
 * A passkey and a registration under way of a person of network A of their own (written directly,
 * so that A's other people still sign in with a password alone in the other cases).
 */
async function passkeyOfA(t: TestApp, w: World): Promise<void> {
  await withAdmin(async (c) => {
    const [{ id }] = (
      await c.query(
        `INSERT INTO app_user (email, name) VALUES ('passkey-a@test.kijkje.nl', 'Sleutelhouder A')
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      )
    ).rows;
    await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER') ON CONFLICT DO NOTHING`, [
      w.a.id,
      id,
      w.a.organisations[0].id,
    ]);
    await c.query(`INSERT INTO passkey (user_id, credential_id, public_key, name) VALUES ($1, 'cred-of-a', 'pk', 'Sleutel van A') ON CONFLICT DO NOTHING`, [
      id,
    ]);
    await c.query(`INSERT INTO passkey_registration (user_id, challenge, expires_at) VALUES ($1, 'ch', now() + interval '1 hour') ON CONFLICT DO NOTHING`, [
      id,
    ]);
  }, t.db.ownerUrl);
}

const passkeysOfA = (t: TestApp, w: World) =>
  withAdmin(
    async (c) =>
      (
        await c.query(
          `SELECT 'passkey' AS kind, p.id::text, p.name AS detail FROM passkey p JOIN membership m ON m.user_id = p.user_id WHERE m.network_id = $1
           UNION ALL SELECT 'registration', r.user_id::text, r.challenge FROM passkey_registration r JOIN membership m ON m.user_id = r.user_id
            WHERE m.network_id = $1 ORDER BY 1, 2`,
          [w.a.id],
        )
      ).rows,
    t.db.ownerUrl,
  );

/**
 * Second factors and passkeys (SEC-03): only ever the caller's own; those of network A's people stay
 * exactly as they were.
 */
export const SECOND_FACTOR_CASES: Cases = {
  mySecondFactor: {
    // Only the caller's own second factor.
    attempt: async (o, w, t) => {
      await secondFactorOfA(t, w);
      const res = await o.gql(`{ mySecondFactor { totpEnabled recoveryCodesLeft } }`);
      expect(res.data!.mySecondFactor).toEqual({ totpEnabled: false, recoveryCodesLeft: 0 });
    },
  },
  startTotpEnrolment: {
    attempt: async (o, w, t) => {
      await secondFactorOfA(t, w);
      const before = await factorsOfA(t, w);
      expect(codeOf(await o.gql(`mutation { startTotpEnrolment { secret } }`))).toBe('OK');
      expect(await factorsOfA(t, w)).toEqual(before);
    },
  },
  confirmTotpEnrolment: {
    attempt: async (o, w, t) => {
      await secondFactorOfA(t, w);
      const before = await factorsOfA(t, w);
      const res = await o.gql(`mutation { confirmTotpEnrolment(input: { code: "123456" }) { codes } }`);
      expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(codeOf(res));
      expect(await factorsOfA(t, w)).toEqual(before);
    },
  },
  renewRecoveryCodes: {
    attempt: async (o, w, t) => {
      await secondFactorOfA(t, w);
      const before = await factorsOfA(t, w);
      expect(codeOf(await o.gql(`mutation { renewRecoveryCodes(input: { code: "123456" }) { codes } }`))).toBe('NOT_FOUND');
      expect(await factorsOfA(t, w)).toEqual(before);
    },
  },
  disableSecondFactor: {
    // Proven with the caller's own password: it reaches only the caller's own (absent) factor.
    attempt: async (o, w, t) => {
      await secondFactorOfA(t, w);
      const before = await factorsOfA(t, w);
      expect(codeOf(await o.gql(`mutation($p: String!) { disableSecondFactor(input: { currentPassword: $p }) }`, { p: PASSWORD }))).toBe('NOT_FOUND');
      expect(await factorsOfA(t, w)).toEqual(before);
    },
  },
  completeSignIn: {
    // A challenge is its token: without it, nobody's second step can be completed.
    attempt: async (o, w, t) => {
      await secondFactorOfA(t, w);
      const before = await factorsOfA(t, w);
      const res = await o.gql(`mutation { completeSignIn(input: { challenge: "${'A'.repeat(43)}", code: "123456" }) { user { id } } }`);
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
      leaksNothingOfA(res, w);
      expect(await factorsOfA(t, w)).toEqual(before);
    },
  },
  myPasskeys: {
    attempt: async (o, w, t) => {
      await passkeyOfA(t, w);
      const res = await o.gql(`{ myPasskeys { id name } }`);
      expect(res.data!.myPasskeys).toEqual([]);
    },
  },
  startPasskeyRegistration: {
    attempt: async (o, w, t) => {
      const before = await passkeysOfA(t, w);
      const options = JSON.parse((await o.ok(`mutation { startPasskeyRegistration }`)).startPasskeyRegistration);
      expect(options.user.name).toBe(w.b.coordinator.email);
      expect(JSON.stringify(options)).not.toContain(w.a.member.email);
      expect(await passkeysOfA(t, w)).toEqual(before);
    },
  },
  finishPasskeyRegistration: {
    // A's member's registration under way is not the caller's to answer.
    attempt: async (o, w, t) => {
      await passkeyOfA(t, w);
      const before = await passkeysOfA(t, w);
      const res = await o.gql(`mutation { finishPasskeyRegistration(input: { name: "Overname", response: "{}" }) { id } }`);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(await passkeysOfA(t, w)).toEqual(before);
    },
  },
  removePasskey: {
    attempt: async (o, w, t) => {
      await passkeyOfA(t, w);
      const before = await passkeysOfA(t, w);
      const [{ id }] = before;
      expect(codeOf(await o.gql(`mutation($id: ID!) { removePasskey(id: $id) }`, { id }))).toBe('NOT_FOUND');
      expect(await passkeysOfA(t, w)).toEqual(before);
    },
  },
};
