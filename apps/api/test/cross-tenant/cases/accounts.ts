import { withAdmin } from '../../support/database';
import { codeOf } from '../../support/gql-client';
import { state } from '../../support/cross-tenant-state';
import { leaksNothingOfA, type Cases } from '../../support/cross-tenant-world';
import { signedIn } from '../../support/world';

/**
 * A person's own account and sessions (SEC-03): every operation reaches only the caller's own;
 * network A's people keep their language, names, passwords and sessions.
 */
export const ACCOUNT_CASES: Cases = {
  signIn: { attempt: async () => undefined /* not tenant-scoped: proven in auth.spec.ts */ },
  signOut: { attempt: async () => undefined /* ends only the caller's own session */ },
  requestPasswordReset: { attempt: async () => undefined /* not tenant-scoped; no enumeration proven in auth.spec.ts */ },
  resetPassword: { attempt: async () => undefined /* token-bound, not tenant-scoped */ },
  setMyLanguage: {
    // Only ever the caller's own account: A's people keep their language.
    attempt: async (o, w, t) => {
      const res = await o.gql(`mutation { setMyLanguage(language: EN) { language user { id } } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
      const a = await withAdmin(
        async (c) => (await c.query(`SELECT language FROM app_user WHERE id = ANY($1)`, [[w.a.coordinator.id, w.a.member.id]])).rows,
        t.db.ownerUrl,
      );
      expect(a).toEqual([{ language: 'nl' }, { language: 'nl' }]);
    },
  },
  mySessions: {
    // Only the caller's own sessions: none of A's people's.
    attempt: async (o, w, t) => {
      await signedIn(t, w.a.coordinator);
      const res = await o.gql(`{ mySessions { id current } }`);
      expect(codeOf(res)).toBe('OK');
      const ofA = await withAdmin(
        async (c) => (await c.query(`SELECT id FROM session WHERE user_id = ANY($1)`, [[w.a.coordinator.id, w.a.member.id]])).rows,
        t.db.ownerUrl,
      );
      expect(ofA.length).toBeGreaterThan(0);
      for (const { id } of ofA) expect(JSON.stringify(res.data)).not.toContain(id);
      leaksNothingOfA(res, w);
    },
  },
  updateMyName: {
    // Only ever the caller's own name: A's people keep theirs.
    attempt: async (o, w, t) => {
      const names = () =>
        withAdmin(
          async (c) => (await c.query(`SELECT name, version FROM app_user WHERE id = ANY($1) ORDER BY id`, [[w.a.coordinator.id, w.a.member.id]])).rows,
          t.db.ownerUrl,
        );
      const before = await names();
      const [{ version }] = (await withAdmin((c) => c.query(`SELECT version FROM app_user WHERE id = $1`, [w.b.coordinator.id]), t.db.ownerUrl)).rows;
      const res = await o.gql(`mutation($input: UpdateMyNameInput!) { updateMyName(input: $input) { id name } }`, {
        input: { name: w.b.coordinator.name, version },
      });
      expect(res.data!.updateMyName.id).toBe(w.b.coordinator.id);
      leaksNothingOfA(res, w);
      expect(await names()).toEqual(before);
    },
  },
  changeMyPassword: {
    // Proven with the caller's own password only; A's people's passwords are out of reach.
    attempt: async (o, w, t) => {
      const hashes = () =>
        withAdmin(
          async (c) => (await c.query(`SELECT password_hash FROM app_user WHERE id = ANY($1) ORDER BY id`, [[w.a.coordinator.id, w.a.member.id]])).rows,
          t.db.ownerUrl,
        );
      const before = await hashes();
      const res = await o.gql(`mutation($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) }`, {
        input: { currentPassword: 'niet-het-wachtwoord', newPassword: 'Een-geheel-nieuw-wachtwoord-31' },
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(await hashes()).toEqual(before);
    },
  },
  endMySession: {
    // A session of one of A's people reads as not found and goes on.
    attempt: async (o, w, t) => {
      const victim = await signedIn(t, w.a.member);
      const [{ id }] = (
        await withAdmin((c) => c.query(`SELECT id FROM session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [w.a.member.id]), t.db.ownerUrl)
      ).rows;
      expect(codeOf(await o.gql(`mutation($id: ID!) { endMySession(id: $id) }`, { id }))).toBe('NOT_FOUND');
      expect((await victim.ok(`{ viewer { user { id } } }`)).viewer.user.id).toBe(w.a.member.id);
    },
  },
  endMyOtherSessions: {
    // Ends only the caller's other sessions: A's people stay signed in.
    attempt: async (o, w, t) => {
      const victim = await signedIn(t, w.a.coordinator);
      const res = await o.gql(`mutation { endMyOtherSessions }`);
      expect(codeOf(res)).toBe('OK');
      expect((await victim.ok(`{ viewer { user { id } } }`)).viewer.user.id).toBe(w.a.coordinator.id);
      expect((await o.ok(`{ viewer { user { id } } }`)).viewer.user.id).toBe(w.b.coordinator.id);
    },
  },
  eraseMyAccount: {
    // Only ever the caller's own account, proven with its password: a wrong one erases nothing anywhere.
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`, {
        input: { currentPassword: 'niet-het-wachtwoord' },
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(await state(t, w)).toEqual(before);
      expect(await withAdmin(async (c) => (await c.query(`SELECT count(*)::int AS n FROM account_erasure`)).rows[0].n, t.db.ownerUrl)).toBe(0);
    },
  },
};
