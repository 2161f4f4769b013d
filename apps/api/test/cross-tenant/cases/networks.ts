import { withAdmin } from '../../support/database';
import { codeOf } from '../../support/gql-client';
import { state } from '../../support/cross-tenant-state';
import { leaksNothingOfA, providerOfA, type Cases } from '../../support/cross-tenant-world';
import type { TestApp } from '../../support/test-app';
import type { World } from '../../support/world';

/** Network A's identity providers, as the owner sees them (the outsider may neither see nor change them). */
const providersOfA = (t: TestApp, w: World) =>
  withAdmin(
    async (c) =>
      (await c.query(`SELECT id, version, name, issuer, client_secret_encrypted FROM identity_provider WHERE network_id = $1 ORDER BY id`, [w.a.id])).rows,
    t.db.ownerUrl,
  );

/**
 * The network's own things (SEC-03): its people, organisations, invitations, settings and identity
 * providers. Targeted operations answer NOT_FOUND; lists show nothing of network A; platform operations
 * are FORBIDDEN; settings change only the caller's own network.
 */
export const NETWORK_CASES: Cases = {
  viewer: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ viewer { currentNetwork { id } memberships { network { id name } organisation { id } } } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  networks: { attempt: async (o) => expect(codeOf(await o.gql(`{ networks { id } }`))).toBe('FORBIDDEN') },
  organisations: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ organisations { id name } }`);
      expect(res.data!.organisations.length).toBeGreaterThan(0);
      leaksNothingOfA(res, w);
    },
  },
  memberships: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ memberships { id user { id email } organisation { id } } }`);
      expect(res.data!.memberships.length).toBeGreaterThan(0);
      leaksNothingOfA(res, w);
    },
  },
  invitations: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ invitations { id email } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
      expect(JSON.stringify(res.data)).not.toContain('invited-a@');
    },
  },
  municipalities: {
    // Public reference data (CBS), the same for every network: nothing tenant-owned to leak.
    attempt: async (o, w) => {
      const res = await o.gql(`{ municipalities(search: "Utrecht") { items { cbsCode } } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  invitation: {
    // Only the holder of the token sees an invitation; ids or guesses reveal nothing.
    attempt: async (o, w) => {
      const res = await o.gql(`query($t: String!) { invitation(token: $t) { email } }`, { t: 'A'.repeat(43) });
      expect(res.data!.invitation).toBeNull();
      const byId = await o.gql(`query($t: String!) { invitation(token: $t) { email } }`, { t: w.a.invitationId });
      expect(byId.data!.invitation).toBeNull();
    },
  },
  auditEvents: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ auditEvents { id targetId } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  acceptInvitation: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { user { id } } }`, {
        i: { token: 'B'.repeat(43), password: 'Wat-dan-ook-123' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  identityProviders: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ identityProviders { id name issuer clientId emailDomains organisationId } }`);
      expect(codeOf(res)).toBe('OK');
      expect(JSON.stringify(res.data)).not.toContain('a-netwerk.example.nl');
      leaksNothingOfA(res, w);
    },
  },
  createIdentityProvider: {
    // The tenant comes from the session: another network's organisation is not one to map to.
    attempt: async (o, w, t) => {
      const before = await providersOfA(t, w);
      const res = await o.gql(
        `mutation($org: ID!) { createIdentityProvider(input: { name: "Overname", issuer: "https://idp.example.nl", clientId: "x", clientSecret: "y", emailDomains: ["a-netwerk.example.nl"], organisationId: $org }) { id } }`,
        { org: w.a.organisations[0].id },
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(await providersOfA(t, w)).toEqual(before);
    },
  },
  updateIdentityProvider: {
    attempt: async (o, w, t) => {
      const before = await providersOfA(t, w);
      const res = await o.gql(
        `mutation($id: ID!, $org: ID!) { updateIdentityProvider(input: { id: $id, version: 1, name: "Overname", issuer: "https://idp.example.nl", clientId: "x", emailDomains: ["b.example.nl"], organisationId: $org, createMembers: true, enabled: true }) { id } }`,
        { id: providerOfA.id, org: w.b.organisations[0].id },
      );
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      expect(await providersOfA(t, w)).toEqual(before);
    },
  },
  deleteIdentityProvider: {
    attempt: async (o, w, t) => {
      const before = await providersOfA(t, w);
      const res = await o.gql(`mutation($id: ID!) { deleteIdentityProvider(input: { id: $id, version: 1 }) }`, { id: providerOfA.id });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await providersOfA(t, w)).toEqual(before);
    },
  },
  setPasswordSignIn: {
    // Only ever the caller's own network: A's setting stays.
    attempt: async (o, w, t) => {
      const res = await o.gql(`mutation { setPasswordSignIn(allowed: true) { id } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
      const [row] = (await withAdmin((c) => c.query(`SELECT password_sign_in FROM network WHERE id = $1`, [w.a.id]), t.db.ownerUrl)).rows;
      expect(row.password_sign_in).toBe(true);
    },
  },
  setRetention: {
    // Only ever the caller's own network: A's retention stays.
    attempt: async (o, w, t) => {
      const res = await o.gql(`mutation { setRetention(years: 9) { id retentionYears } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
      const [row] = (await withAdmin((c) => c.query(`SELECT retention_years FROM network WHERE id = $1`, [w.a.id]), t.db.ownerUrl)).rows;
      expect(row.retention_years).toBe(5);
    },
  },
  processingOverview: {
    // The caller's own network's overview, with its own retention.
    attempt: async (o, w) => {
      const res = await o.gql(`{ processingOverview { retentionYears activities { key retention { nl } } } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  setSecondFactorPolicy: {
    // Only ever the caller's own network, and only a policy their own session meets: A's stays.
    attempt: async (o, w, t) => {
      const res = await o.gql(`mutation { setSecondFactorPolicy(policy: NOBODY) { id secondFactorPolicy } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
      const [row] = (await withAdmin((c) => c.query(`SELECT second_factor_policy FROM network WHERE id = $1`, [w.a.id]), t.db.ownerUrl)).rows;
      expect(row.second_factor_policy).toBe('NOBODY');
      expect(codeOf(await o.gql(`mutation { setSecondFactorPolicy(policy: EVERYONE) { id } }`))).toBe('BAD_USER_INPUT');
    },
  },
  switchNetwork: {
    attempt: async (o, w) => {
      const res = await o.gql(`mutation($id: ID!) { switchNetwork(networkId: $id) { currentNetwork { id } } }`, { id: w.a.id });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  createNetwork: {
    attempt: async (o) => {
      const res = await o.gql(`mutation { createNetwork(input: { name: "Overname", coordinatorEmail: "x@x.nl", coordinatorName: "X" }) { id } }`);
      expect(codeOf(res)).toBe('FORBIDDEN');
    },
  },
  addOrganisation: {
    // The tenant comes from the session: the outsider can only ever add to their own network.
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation { addOrganisation(input: { cbsCode: "GM0014" }) { id } }`);
      expect(codeOf(res)).toBe('OK');
      expect(await state(t, w)).toEqual(before);
    },
  },
  invitePerson: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($org: ID!) { invitePerson(input: { email: "x@x.nl", name: "X", role: MEMBER, organisationId: $org }) { id } }`, {
        org: w.a.organisations[0].id,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  revokeInvitation: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { revokeInvitation(id: $id) }`, { id: w.a.invitationId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  deactivateMembership: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { deactivateMembership(id: $id) { id } }`, { id: w.a.membershipId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  admitMembershipRequest: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { admitMembershipRequest(id: $id) { id } }`, { id: w.a.membershipId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  declineMembershipRequest: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { declineMembershipRequest(id: $id) }`, { id: w.a.membershipId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  eraseMemberOnRequest: {
    // A coordinator of B erases nobody of A: A's membership reads as not found, A's member keeps their account.
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { eraseMemberOnRequest(membershipId: $id) }`, { id: w.a.membershipId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
      const people = await withAdmin(
        async (c) => (await c.query(`SELECT email, active FROM app_user WHERE id = ANY($1) ORDER BY email`, [[w.a.member.id, w.a.coordinator.id]])).rows,
        t.db.ownerUrl,
      );
      expect(people).toEqual([
        { email: w.a.coordinator.email, active: true },
        { email: w.a.member.email, active: true },
      ]);
      expect(await withAdmin(async (c) => (await c.query(`SELECT count(*)::int AS n FROM account_erasure`)).rows[0].n, t.db.ownerUrl)).toBe(0);
    },
  },
};
