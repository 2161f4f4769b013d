import { codeOf, type GqlClient } from '../support/gql-client';
import { linkFor } from '../support/outbox';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from '../support/world';
import { StateProbe } from '../hardening/support/state';

/*
 * REL-01 (the cheap version): a mutation that fails half-way leaves nothing behind. Faults are
 * injected with triggers in this file's own database (installed as the owner), so the failure
 * happens at the last write of the mutation, after everything else was written in its
 * transaction.
 */
describe('each mutation is all or nothing (REL-01)', () => {
  let t: TestApp;
  let world: World;
  let probe: StateProbe;
  let coordinator: GqlClient;
  let admin: GqlClient;

  const INVITE = `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { id } }`;
  const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } currentNetwork { id } } }`;
  const CREATE_NETWORK = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`;

  /** Installs a trigger that raises when `condition` (over NEW) holds for an insert or update on `table`. */
  async function failWhen(name: string, table: string, condition: string): Promise<void> {
    await probe.query(`CREATE OR REPLACE FUNCTION fault_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF ${condition} THEN RAISE EXCEPTION 'injected fault ${name}'; END IF; RETURN NEW; END $$`);
    await probe.query(`CREATE TRIGGER fault_${name} BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION fault_${name}()`);
  }
  const heal = async (name: string, table: string) => {
    await probe.query(`DROP TRIGGER IF EXISTS fault_${name} ON ${table}`);
    await probe.query(`DROP FUNCTION IF EXISTS fault_${name}()`);
  };

  /** No connection of the app may be left inside a transaction after a failed operation. */
  const expectNoOpenTransaction = async () => {
    const rows = await probe.query(
      `SELECT state FROM pg_stat_activity WHERE datname = current_database() AND usename = 'kijkje_app' AND state LIKE 'idle in transaction%'`,
    );
    expect(rows).toEqual([]);
  };

  const count = async (sql: string, params: unknown[] = []) => (await probe.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) x`, params))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    probe = await StateProbe.open(t.db.ownerUrl);
    coordinator = await signedIn(t, world.a.coordinator);
    admin = await signedIn(t, world.admin);
  });
  afterAll(async () => {
    await probe?.close();
    await t?.close();
  });

  describe('invitePerson', () => {
    it('with an organisation of another network: NOT_FOUND, and no invitation, mail job, idempotency record or audit of it', async () => {
      const email = 'andermans-organisatie@test.kijkje.nl';
      const before = await probe.snapshot();
      const res = await coordinator.gql(INVITE, {
        input: { email, name: 'Ander Netwerk', role: 'MEMBER', organisationId: world.b.organisations[0].id, idempotencyKey: 'ander-netwerk-1' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
      expect(await probe.snapshot()).toEqual(before);
      expect(await count(`SELECT 1 FROM invitation WHERE email = $1`, [email])).toBe(0);
      expect(await count(`SELECT 1 FROM job WHERE payload->>'to' = $1`, [email])).toBe(0);
      expect(
        await count(`SELECT 1 FROM audit_event WHERE action = 'invitation.created' AND network_id = $1 AND created_at > now() - interval '1 minute'`, [
          world.a.id,
        ]),
      ).toBe(0);
      // the denial itself is audited (SEC-10), in a transaction of its own
      expect(await count(`SELECT 1 FROM audit_event WHERE action = 'access.denied' AND target_id = $1`, [world.b.organisations[0].id])).toBe(1);
      await expectNoOpenTransaction();
    });

    it('failing at its last write (the mail job): no invitation, no audit, no idempotency record; a retry with the same key then creates exactly one', async () => {
      const email = 'fout-bij-mail@test.kijkje.nl';
      await failWhen('invite_job', 'job', `NEW.payload->>'to' = '${email}'`);
      const input = { email, name: 'Fout Bij Mail', role: 'COORDINATOR', idempotencyKey: 'fout-bij-mail-1' };
      let before;
      try {
        before = await probe.snapshot();
        const res = await coordinator.gql(INVITE, { input });
        expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
        expect(JSON.stringify(res.errors)).not.toMatch(/injected fault|stacktrace/);
        expect(await probe.snapshot()).toEqual(before);
        expect(await count(`SELECT 1 FROM invitation WHERE email = $1`, [email])).toBe(0);
        expect(await count(`SELECT 1 FROM idempotency_record WHERE idempotency_key = $1`, [input.idempotencyKey])).toBe(0);
        await expectNoOpenTransaction();
      } finally {
        await heal('invite_job', 'job');
      }
      const first = await coordinator.ok<{ invitePerson: { id: string } }>(INVITE, { input });
      const again = await coordinator.ok<{ invitePerson: { id: string } }>(INVITE, { input });
      expect(again.invitePerson.id).toBe(first.invitePerson.id);
      expect(await count(`SELECT 1 FROM invitation WHERE email = $1`, [email])).toBe(1);
      expect(await count(`SELECT 1 FROM job WHERE payload->>'to' = $1`, [email])).toBe(1);
    });
  });

  describe('createNetwork', () => {
    it('failing after the network, its audit and the coordinator invitation were written: none of them remain', async () => {
      const email = 'coordinator-mislukt@test.kijkje.nl';
      await failWhen('network_job', 'job', `NEW.payload->>'to' = '${email}'`);
      try {
        const before = await probe.snapshot();
        const res = await admin.gql(CREATE_NETWORK, {
          input: { name: 'Netwerk Mislukt', coordinatorEmail: email, coordinatorName: 'Mislukt', idempotencyKey: 'netwerk-mislukt-1' },
        });
        expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
        expect(res.data).toBeNull();
        expect(await probe.snapshot()).toEqual(before);
        expect(await count(`SELECT 1 FROM network WHERE slug LIKE 'netwerk-mislukt%'`)).toBe(0);
        expect(await count(`SELECT 1 FROM invitation WHERE email = $1`, [email])).toBe(0);
        expect(await count(`SELECT 1 FROM audit_event WHERE action = 'network.created' AND created_at > now() - interval '1 minute'`)).toBe(0);
        await expectNoOpenTransaction();
      } finally {
        await heal('network_job', 'job');
      }
      // the same request succeeds once the fault is gone: nothing half-made blocks the name or the key
      const ok = await admin.ok<{ createNetwork: { id: string } }>(CREATE_NETWORK, {
        input: { name: 'Netwerk Mislukt', coordinatorEmail: email, coordinatorName: 'Mislukt', idempotencyKey: 'netwerk-mislukt-1' },
      });
      expect(ok.createNetwork.id).toBeTruthy();
      expect(await count(`SELECT 1 FROM invitation WHERE email = $1`, [email])).toBe(1);
    });
  });

  describe('acceptInvitation', () => {
    async function invite(email: string): Promise<string> {
      await coordinator.ok(INVITE, { input: { email, name: 'Nieuwe Collega', role: 'MEMBER', organisationId: world.a.organisations[1].id } });
      return linkFor(t, email, 'uitnodiging');
    }
    const openInvitation = async (email: string) => count(`SELECT 1 FROM invitation WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [email]);

    it('with a too-weak password: BAD_USER_INPUT; no user, no membership, no session, and the invitation stays open', async () => {
      const email = 'zwak-wachtwoord@test.kijkje.nl';
      const token = await invite(email);
      for (const password of ['kort', 'password', '12345678']) {
        const before = await probe.snapshot();
        const client = t.client();
        const res = await client.gql(ACCEPT, { input: { token, name: 'Zwak Wachtwoord', password } });
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions.fields!.map((f) => f.field)).toContain('password');
        expect(client.cookie).toBeNull();
        expect(await probe.snapshot()).toEqual(before);
      }
      expect(await count(`SELECT 1 FROM app_user WHERE email = $1`, [email])).toBe(0);
      expect(await openInvitation(email)).toBe(1);
      // the link still works
      const preview = await t.client().ok(`query($t: String!) { invitation(token: $t) { email accountExists } }`, { t: token });
      expect(preview.invitation).toEqual({ email, accountExists: false });
      const accepted = await t.client().ok(ACCEPT, { input: { token, name: 'Zwak Wachtwoord', password: 'Een-sterk-wachtwoord-93' } });
      expect(accepted.acceptInvitation.currentNetwork.id).toBe(world.a.id);
    });

    it('failing at its last write (the audit): no user, no membership, no session, and the invitation stays open', async () => {
      const email = 'fout-bij-accepteren@test.kijkje.nl';
      const token = await invite(email);
      const [{ id }] = await probe.query(`SELECT id FROM invitation WHERE email = $1`, [email]);
      await failWhen('accept_audit', 'audit_event', `NEW.action = 'invitation.accepted' AND NEW.target_id = '${id}'`);
      try {
        const before = await probe.snapshot();
        const client = t.client();
        const res = await client.gql(ACCEPT, { input: { token, name: 'Fout Bij Accepteren', password: 'Een-sterk-wachtwoord-93' } });
        expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
        expect(client.cookie).toBeNull();
        expect(await probe.snapshot()).toEqual(before);
        expect(await count(`SELECT 1 FROM app_user WHERE email = $1`, [email])).toBe(0);
        expect(await openInvitation(email)).toBe(1);
        await expectNoOpenTransaction();
      } finally {
        await heal('accept_audit', 'audit_event');
      }
      const accepted = await t.client().ok(ACCEPT, { input: { token, name: 'Fout Bij Accepteren', password: 'Een-sterk-wachtwoord-93' } });
      expect(accepted.acceptInvitation.currentNetwork.id).toBe(world.a.id);
      expect(await count(`SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = $1 AND m.active`, [email])).toBe(1);
    });

    it('failing while starting the session (the last step): the account and membership are not kept either', async () => {
      const email = 'fout-bij-sessie@test.kijkje.nl';
      const token = await invite(email);
      await failWhen('accept_session', 'session', `EXISTS (SELECT 1 FROM app_user u WHERE u.id = NEW.user_id AND u.email = '${email}')`);
      try {
        const before = await probe.snapshot();
        const res = await t.client().gql(ACCEPT, { input: { token, password: 'Een-sterk-wachtwoord-93' } });
        expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
        expect(await probe.snapshot()).toEqual(before);
        expect(await openInvitation(email)).toBe(1);
      } finally {
        await heal('accept_session', 'session');
      }
    });
  });

  describe('signIn', () => {
    it('failing while writing its audit: no session is left behind and no cookie is set', async () => {
      await failWhen('signin_audit', 'audit_event', `NEW.action = 'auth.signed_in' AND NEW.actor_user_id = '${world.b.member.id}'`);
      try {
        const sessionsBefore = await count(`SELECT 1 FROM session WHERE user_id = $1`, [world.b.member.id]);
        const client = t.client();
        const res = await client.signIn(world.b.member.email, PASSWORD);
        expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
        expect(await count(`SELECT 1 FROM session WHERE user_id = $1`, [world.b.member.id])).toBe(sessionsBefore);
        expect(client.cookie).toBeNull();
      } finally {
        await heal('signin_audit', 'audit_event');
      }
    });
  });
});
