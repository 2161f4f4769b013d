import { GraphQLSchemaHost } from '@nestjs/graphql';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient, type GqlResult } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildHarvestWorld, type HarvestWorld } from './support/harvest-world';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import request from 'supertest';
import { buildWorld, PASSWORD, signedIn, type World } from './support/world';
import { subscribe, wsClient } from './support/ws-client';
import { MEETING_REPORT_CASES, buildMeetingReportsOfA, meetingReportFilesCheck, reportsOfA } from './support/cross-tenant-meetings';
import { meetingFacilitatorCases } from './support/cross-tenant-meeting-facilitators';
import { portfoliosOfANotFound, trackCrossTenantCases, trackState } from './support/cross-tenant-tracks';
import { buildTrackWorld, type TrackWorld } from './support/track-world';

/**
 * SEC-03: every operation × a signed-in user of another network. Targeted operations answer
 * NOT_FOUND; listing operations return nothing of the other network; platform operations are
 * FORBIDDEN. The last test fails when a new operation is missing from this matrix.
 */
interface Case {
  /** What the outsider (coordinator of network B) tries against network A. */
  attempt: (outsider: GqlClient, w: World, t: TestApp, v: VisitWorld) => Promise<void>;
}

let visitWorld: VisitWorld;
let harvestWorld: HarvestWorld;
/** Network A's harvests: a draft, one published for the network, one published publicly. */
let harvestsOfA: { draft: string; network: string; public: string; publicSlug: string; withdrawn: string };
/** A shared action plan of one of network A's visits, with one action. */
let planOfA: { visitId: string; actionId: string; findingId: string };
/** An open work meeting of network A with a table, a programme item, the member's registration and a yield card. */
let meetingOfA: { id: string; tableId: string; itemId: string; cardId: string; otherCardId: string };
let meetingStateBefore: unknown;
/** A learning track of network A in progress (support/track-world), and its rows before the matrix ran. */
let trackOfA: TrackWorld;
let trackStateBefore: unknown;
const meetingState = async (t: TestApp, w: World) => {
  const all = (await state(t, w)) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('meeting')));
};

const leaksNothingOfA = (res: GqlResult, w: World) => {
  const body = JSON.stringify(res.data ?? {});
  for (const id of [
    w.a.id,
    ...w.a.organisations.map((o) => o.id),
    w.a.invitationId,
    w.a.membershipId,
    w.a.coordinator.id,
    w.a.member.id,
    w.a.programmeId,
    w.a.applicationId,
  ]) {
    expect(body).not.toContain(id);
  }
  for (const o of w.a.organisations) expect(body).not.toContain(o.name);
  if (visitWorld) {
    for (const id of [
      visitWorld.visitId,
      visitWorld.roundId,
      visitWorld.programmeId,
      ...visitWorld.findings.map((f) => f.id),
      ...Object.values(visitWorld.organisations),
    ]) {
      expect(body).not.toContain(id);
    }
    expect(body).not.toContain('Bevinding');
  }
  if (harvestWorld) {
    for (const id of [
      harvestWorld.programmeId,
      ...Object.values(harvestWorld.visits),
      ...Object.values(harvestWorld.findings),
      harvestsOfA.draft,
      harvestsOfA.network,
      harvestsOfA.withdrawn,
    ])
      expect(body).not.toContain(id);
    expect(body).not.toContain('Samenvatting van het bezoek');
    expect(body).not.toContain('Geheime oogst');
  }
};

const state = (t: TestApp, w: World) =>
  withAdmin(
    async (c) =>
      (
        await c.query(
          `SELECT (SELECT count(*) FROM organisation WHERE network_id = $1)::int AS orgs,
                  (SELECT count(*) FROM invitation WHERE network_id = $1 AND revoked_at IS NULL)::int AS invitations,
                  (SELECT count(*) FROM membership WHERE network_id = $1 AND active)::int AS members,
                  (SELECT count(*) FROM programme WHERE network_id = $1)::int AS programmes,
                  (SELECT string_agg(status || version, ',' ORDER BY id) FROM programme WHERE network_id = $1) AS programme_states,
                  (SELECT string_agg(status || version, ',' ORDER BY id) FROM application WHERE network_id = $1) AS applications,
                  (SELECT count(*) FROM round WHERE network_id = $1)::int AS rounds,
                  (SELECT count(*) FROM round_member WHERE network_id = $1)::int AS placed,
                  (SELECT string_agg(status || version || location || agenda::text || answers::text || coalesce(review_question, '-'), ',' ORDER BY id) FROM visit WHERE network_id = $1) AS visits,
                  (SELECT string_agg(user_id::text || is_lead, ',' ORDER BY user_id) FROM visit_reviewer WHERE network_id = $1) AS reviewers,
                  (SELECT string_agg(status || version || text || released_for_harvest, ',' ORDER BY id) FROM finding WHERE network_id = $1) AS findings,
                  (SELECT count(*) FROM finding_comment WHERE network_id = $1)::int AS comments,
                  (SELECT count(*) FROM host_response WHERE network_id = $1)::int AS responses,
                  (SELECT string_agg(sharing || version || summary || host_comment, ',' ORDER BY visit_id) FROM visit_report WHERE network_id = $1) AS reports,
                  (SELECT count(*) FROM visit_report_revision WHERE network_id = $1)::int AS revisions,
                  (SELECT string_agg(title || version || visibility || narrative || quotes::text, ',' ORDER BY id) FROM harvest WHERE network_id = $1) AS harvests,
                  (SELECT count(*) FROM harvest_version WHERE network_id = $1)::int AS harvest_versions,
                  (SELECT string_agg(show_indicators::text || show_evaluation, ',' ORDER BY id) FROM harvest WHERE network_id = $1) AS harvest_sections,
                  (SELECT string_agg(harvest_id::text || programme_id || position, ',' ORDER BY harvest_id, position) FROM harvest_programme WHERE network_id = $1) AS harvest_programmes,
                  (SELECT count(*) FROM harvest_withdrawal WHERE network_id = $1)::int AS harvest_withdrawals,
                  (SELECT string_agg(slug || number || state, ',' ORDER BY slug) FROM harvest_public WHERE network_id = $1) AS harvests_public,
                  (SELECT string_agg(status || version || open_to_coordinator || array_to_string(answered_finding_ids, ' '), ',' ORDER BY visit_id)
                     FROM action_plan WHERE network_id = $1) AS plans,
                  (SELECT string_agg(title || version || status || owner, ',' ORDER BY id) FROM plan_action WHERE network_id = $1) AS plan_actions,
                  (SELECT count(*) FROM plan_action_comment WHERE network_id = $1)::int AS plan_comments,
                  (SELECT string_agg(months::text || version || foto_van_nu, ',' ORDER BY visit_id, months) FROM progress_review WHERE network_id = $1) AS progress_reviews,
                  (SELECT string_agg(code || period || value::text || version, ',' ORDER BY organisation_id, code, period) FROM indicator_value WHERE network_id = $1) AS indicators,
                  (SELECT string_agg(user_id::text || version || comment, ',' ORDER BY round_id, user_id) FROM round_evaluation WHERE network_id = $1) AS round_evaluations,
                  (SELECT string_agg(id::text || system_issue, ',' ORDER BY id) FROM finding WHERE network_id = $1 AND system_issue IS NOT NULL) AS system_issues,
                  (SELECT string_agg(title || version || status, ',' ORDER BY id) FROM meeting WHERE network_id = $1) AS meetings,
                  (SELECT count(*) FROM meeting_table WHERE network_id = $1)::int AS meeting_tables,
                  (SELECT count(*) FROM meeting_item WHERE network_id = $1)::int AS meeting_items,
                  (SELECT string_agg(status || coalesce(table_id::text, '-'), ',' ORDER BY id) FROM meeting_registration WHERE network_id = $1) AS meeting_registrations,
                  (SELECT string_agg(text || is_yield || is_recommendation || coalesce(cluster, '-') || coalesce(merged_into_id::text, '-'), ',' ORDER BY id)
                     FROM meeting_card WHERE network_id = $1) AS meeting_cards,
                  (SELECT string_agg(id::text || coalesce(next_meeting_id::text, '-'), ',' ORDER BY id) FROM meeting WHERE network_id = $1) AS meeting_links,
                  (SELECT string_agg(name || version || coalesce(host_user_id::text, '-') || capacity, ',' ORDER BY id) FROM meeting_table WHERE network_id = $1) AS meeting_table_rows,
                  (SELECT string_agg(text || version || visibility || kept::text, ',' ORDER BY meeting_id) FROM meeting_report WHERE network_id = $1) AS meeting_reports,
                  (SELECT string_agg(number || visibility || coalesce(withdrawn_at::text, '-'), ',' ORDER BY meeting_id, number) FROM meeting_report_version WHERE network_id = $1) AS meeting_report_versions,
                  (SELECT string_agg(slug || number || state, ',' ORDER BY slug) FROM meeting_report_public WHERE network_id = $1) AS meeting_report_public`,
          [w.a.id],
        )
      ).rows[0],
    t.db.ownerUrl,
  );

/** Network A's identity provider (the outsider may neither see nor change it). */
let providerOfA: string;
const providersOfA = (t: TestApp, w: World) =>
  withAdmin(
    async (c) =>
      (await c.query(`SELECT id, version, name, issuer, client_secret_encrypted FROM identity_provider WHERE network_id = $1 ORDER BY id`, [w.a.id])).rows,
    t.db.ownerUrl,
  );

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

const MATRIX: Record<string, Case> = {
  // Queries
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
  // Mutations
  signIn: { attempt: async () => undefined /* not tenant-scoped: proven in auth.spec.ts */ },
  signOut: { attempt: async () => undefined /* ends only the caller's own session */ },
  requestPasswordReset: { attempt: async () => undefined /* not tenant-scoped; no enumeration proven in auth.spec.ts */ },
  resetPassword: { attempt: async () => undefined /* token-bound, not tenant-scoped */ },
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
        { id: providerOfA, org: w.b.organisations[0].id },
      );
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      expect(await providersOfA(t, w)).toEqual(before);
    },
  },
  deleteIdentityProvider: {
    attempt: async (o, w, t) => {
      const before = await providersOfA(t, w);
      const res = await o.gql(`mutation($id: ID!) { deleteIdentityProvider(input: { id: $id, version: 1 }) }`, { id: providerOfA });
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
  programmeRetention: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { programmeRetention(programmeId: $id) { keptUntil removedAt } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
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
  programmes: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ programmes { id name applications { id organisation { id } } } }`);
      expect(res.data!.programmes.length).toBeGreaterThan(0);
      leaksNothingOfA(res, w);
    },
  },
  programme: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { programme(id: $id) { id name } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  createProgramme: {
    // The tenant comes from the session: a programme lands in the outsider's own network only.
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation { createProgramme(input: { name: "Overname-programma", places: 8, defaultSharing: ROUND }) { id } }`);
      expect(codeOf(res)).toBe('OK');
      expect(await state(t, w)).toEqual(before);
    },
  },
  changeProgrammeStatus: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { changeProgrammeStatus(input: { id: $id, status: RUNNING, version: 1 }) { id } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  updateProgramme: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const programmeOfA = () =>
        withAdmin(
          async (c) => (await c.query(`SELECT name, themes, framework, places FROM programme WHERE id = $1`, [w.a.programmeId])).rows[0],
          t.db.ownerUrl,
        );
      const was = await programmeOfA();
      for (let version = 1; version <= 2; version++) {
        const res = await o.gql(`mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id name } }`, {
          input: {
            id: w.a.programmeId,
            version,
            name: 'Overgenomen',
            themes: ['Overname'],
            places: 999,
            framework: [{ theme: null, questions: [{ nl: 'Van wie?', en: 'Whose?' }] }],
          },
        });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
      expect(await programmeOfA()).toEqual(was);
      expect(await state(t, w)).toEqual(before);
    },
  },
  applyForProgramme: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(
        `mutation($id: ID!) { applyForProgramme(input: { programmeId: $id, reviewQuestion: "Mogen wij meedoen?", themes: ["Wmo"], consent: ROUND }) { id } }`,
        {
          id: w.a.programmeId,
        },
      );
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  withdrawApplication: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { withdrawApplication(id: $id) { id } }`, { id: w.a.applicationId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  declineApplication: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { declineApplication(id: $id) { id } }`, { id: w.a.applicationId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  suggestedGrouping: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { suggestedGrouping(programmeId: $id) { rounds { number } } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
    },
  },
  createRound: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { createRound(input: { programmeId: $id, name: "Indringer" }) { id } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  placeApplication: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { placeApplication(input: { applicationId: $id }) { id } }`, { id: w.a.applicationId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  acceptSuggestedGrouping: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const input = { programmeId: w.a.programmeId, fingerprint: 'A'.repeat(43) };
      expect(codeOf(await o.gql(`mutation($input: AcceptSuggestedGroupingInput!) { acceptSuggestedGrouping(input: $input) { id } }`, { input }))).toBe(
        'NOT_FOUND',
      );
      expect(await state(t, w)).toEqual(before);
    },
  },
  startRound: {
    attempt: async (o, w, t) => {
      const [round] = await withAdmin(
        async (c) =>
          (
            await c.query(`INSERT INTO round (network_id, programme_id, name) VALUES ($1, $2, 'Ronde van A') ON CONFLICT DO NOTHING RETURNING id`, [
              w.a.id,
              w.a.programmeId,
            ])
          ).rows,
        t.db.ownerUrl,
      );
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { startRound(input: { id: $id, version: 1 }) { id } }`, { id: round?.id ?? w.a.programmeId }))).toBe(
        'NOT_FOUND',
      );
      expect(await state(t, w)).toEqual(before);
    },
  },
  round: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { round(id: $id) { name organisations { name } } }`, { id: v.roundId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  // Visits and findings: every id of network A is someone else's; nothing answers but not-found.
  visit: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { visit(id: $id) { id location reviewQuestion applicationReviewQuestion } }`, { id: v.visitId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  myVisits: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ myVisits { id hostOrganisation { name } findings { id text } } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  myTasks: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ myTasks { id kind programmeId roundId visitId applicationId context { programme round organisation } path } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  programmeProgress: {
    attempt: async (o, w, _t, v) => {
      for (const id of [w.a.programmeId, v.programmeId]) {
        const res = await o.gql(`query($id: ID!) { programmeProgress(programmeId: $id) { name rounds { name visits { visitId host } } } }`, { id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
  reviewerCandidates: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { reviewerCandidates(visitId: $id) { user { id } } }`, { id: v.visitId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  finding: {
    attempt: async (o, w, _t, v) => {
      for (const f of v.findings) {
        const res = await o.gql(`query($id: ID!) { finding(id: $id) { id text } }`, { id: f.id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
  updateVisitPlan: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: UpdateVisitPlanInput!) { updateVisitPlan(input: $input) { id } }`, {
        input: { visitId: v.visitId, version: 1, startsOn: '2027-01-01', location: 'Elders', agenda: [] },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  setVisitDeadlines: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: SetVisitDeadlinesInput!) { setVisitDeadlines(input: $input) { id } }`, {
        input: { visitId: v.visitId, version: 1, preparationDueOn: null, reportDueOn: '2030-01-01' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  saveSelfAssessment: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { id } }`, {
        input: { visitId: v.visitId, version: 1, answers: [{ key: 'general:FOTO_VAN_NU', text: 'Overgenomen' }] },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  refineReviewQuestion: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: RefineReviewQuestionInput!) { refineReviewQuestion(input: $input) { id reviewQuestion } }`, {
        input: { visitId: v.visitId, version: 1, reviewQuestion: 'Een vraag van buiten het netwerk?' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      expect(await state(t, w)).toEqual(before);
    },
  },
  submitPreparation: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(
        codeOf(await o.gql(`mutation($input: VisitStepInput!) { submitPreparation(input: $input) { id } }`, { input: { visitId: v.visitId, version: 1 } })),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  inviteFollowUp: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: InviteFollowUpInput!) { inviteFollowUp(input: $input) { id } }`, {
        input: { visitId: v.visitId, startsOn: '2030-01-07', startTime: '10:00', endTime: '12:00' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      expect(await state(t, w)).toEqual(before);
    },
  },
  markVisitHeld: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(
        codeOf(await o.gql(`mutation($input: VisitStepInput!) { markVisitHeld(input: $input) { id } }`, { input: { visitId: v.visitId, version: 1 } })),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  assignReviewer: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: AssignReviewerInput!) { assignReviewer(input: $input) { id } }`, {
        input: { visitId: v.visitId, userId: v.people.otherRoundMember.id, lead: true },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  removeReviewer: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: ReviewerRefInput!) { removeReviewer(input: $input) { id } }`, {
        input: { visitId: v.visitId, userId: v.people.author.id },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  setVisitLead: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: ReviewerRefInput!) { setVisitLead(input: $input) { id } }`, {
        input: { visitId: v.visitId, userId: v.people.author.id },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  createFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: CreateFindingInput!) { createFinding(input: $input) { id } }`, {
        input: { visitId: v.visitId, kind: 'CONCERN', theme: 'Wmo', text: 'Ingebroken', submit: true },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  updateFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) {
        const res = await o.gql(`mutation($input: UpdateFindingInput!) { updateFinding(input: $input) { id } }`, {
          input: { id: f.id, version: 1, kind: 'STRENGTH', theme: 'Wmo', text: 'Overschreven' },
        });
        expect(codeOf(res)).toBe('NOT_FOUND');
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  submitFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings)
        expect(codeOf(await o.gql(`mutation($input: FindingStepInput!) { submitFinding(input: $input) { id } }`, { input: { id: f.id, version: 1 } }))).toBe(
          'NOT_FOUND',
        );
      expect(await state(t, w)).toEqual(before);
    },
  },
  deleteFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings)
        expect(codeOf(await o.gql(`mutation($input: FindingStepInput!) { deleteFinding(input: $input) }`, { input: { id: f.id, version: 1 } }))).toBe(
          'NOT_FOUND',
        );
      expect(await state(t, w)).toEqual(before);
    },
  },
  shareFindings: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(
        codeOf(await o.gql(`mutation($input: ShareFindingsInput!) { shareFindings(input: $input) { id } }`, { input: { visitId: v.visitId, replyDays: 14 } })),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  finaliseFindings: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(
        codeOf(await o.gql(`mutation($input: FinaliseFindingsInput!) { finaliseFindings(input: $input) { id } }`, { input: { visitId: v.visitId } })),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  addFindingComment: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) {
        expect(
          codeOf(
            await o.gql(`mutation($input: AddFindingCommentInput!) { addFindingComment(input: $input) { id } }`, {
              input: { findingId: f.id, text: 'Meegelezen' },
            }),
          ),
        ).toBe('NOT_FOUND');
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  replyToFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) {
        expect(
          codeOf(await o.gql(`mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`, { input: { findingId: f.id, kind: 'AGREE' } })),
        ).toBe('NOT_FOUND');
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  setFindingRelease: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) {
        expect(
          codeOf(
            await o.gql(`mutation($input: SetFindingReleaseInput!) { setFindingRelease(input: $input) { id } }`, {
              input: { findingId: f.id, released: true },
            }),
          ),
        ).toBe('NOT_FOUND');
      }
      expect(await state(t, w)).toEqual(before);
    },
  },

  // Action plans
  actionPlan: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { actionPlan(visitId: $id) { canStart plan { status actions { title } } } }`, { id: planOfA.visitId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      expect(JSON.stringify(res)).not.toContain('Geheime actie');
    },
  },
  organisationTimeline: {
    attempt: async (o, w) => {
      // Network A's host organisation, as the coordinator of B asks for it: nothing, not even that it exists.
      const res = await o.gql(`query($id: ID) { organisationTimeline(organisationId: $id) { name visits { visitId fotoVanNu } } }`, {
        id: w.a.organisations[0].id,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      // Without an id: B's own side (a coordinator without an organisation of its own is told to choose one).
      leaksNothingOfA(await o.gql(`{ organisationTimeline { name visits { visitId } } }`), w);
    },
  },
  progressReviews: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { progressReviews(visitId: $id) { moments { months fotoVanNu } baseline { fotoVanNu } } }`, {
        id: planOfA.visitId,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  indicators: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { indicators(visitId: $id) { values { code label value } } }`, { id: planOfA.visitId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      expect(JSON.stringify(res)).not.toContain('Geheim cijfer');
    },
  },
  myRoundEvaluation: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { myRoundEvaluation(roundId: $id) { version comment } }`, { id: v.roundId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  roundEvaluationResults: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { roundEvaluationResults(roundId: $id) { roundName results { state comments } } }`, { id: v.roundId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  programmeEvaluationResults: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { programmeEvaluationResults(programmeId: $id) { total { state } rounds { roundName } } }`, {
        id: v.programmeId,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  harvestSystemSignals: {
    attempt: async (o, w) => {
      for (const id of [harvestsOfA.draft, harvestsOfA.network, harvestsOfA.public]) {
        const res = await o.gql(`query($id: ID!) { harvestSystemSignals(harvestId: $id) { theme count texts } }`, { id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
  ...Object.fromEntries(
    (
      [
        [
          'saveRoundEvaluation',
          () =>
            `mutation { saveRoundEvaluation(input: { roundId: "${visitWorld.roundId}", version: 0, usefulness: 1, safety: 1, preparation: 1, team: 1, wouldRecommend: false, comment: "Van B" }) { version } }`,
        ],
        ['submitRoundEvaluation', () => `mutation { submitRoundEvaluation(input: { roundId: "${visitWorld.roundId}", version: 1 }) { version } }`],
        [
          'markSystemIssue',
          () => `mutation { markSystemIssue(input: { findingId: "${visitWorld.findings[3].id}", category: LAW, version: 1 }) { id systemIssue } }`,
        ],
        [
          'saveIndicatorValue',
          () =>
            `mutation { saveIndicatorValue(input: { visitId: "${planOfA.visitId}", code: "GEHEIM", period: "2024", version: 1, label: "Van B", value: "1" }) { values { code } } }`,
        ],
        [
          'removeIndicatorValue',
          () => `mutation { removeIndicatorValue(input: { visitId: "${planOfA.visitId}", code: "GEHEIM", period: "2024", version: 1 }) { values { code } } }`,
        ],
        [
          'importIndicators',
          () => `mutation { importIndicators(input: { visitId: "${planOfA.visitId}", csv: "code;periode;waarde\\nGEHEIM;2024;1" }) { added } }`,
        ],
        ['startActionPlan', () => `mutation { startActionPlan(visitId: "${planOfA.visitId}") { canStart } }`],
        ['shareActionPlan', () => `mutation { shareActionPlan(input: { visitId: "${planOfA.visitId}", version: 1 }) { canStart } }`],
        [
          'setActionPlanCoordinatorAccess',
          () => `mutation { setActionPlanCoordinatorAccess(input: { visitId: "${planOfA.visitId}", version: 1, open: true }) { canStart } }`,
        ],
        [
          'markRecommendationAnswered',
          () =>
            `mutation { markRecommendationAnswered(input: { visitId: "${planOfA.visitId}", version: 1, findingId: "${planOfA.findingId}", answered: true }) { canStart } }`,
        ],
        [
          'addPlanAction',
          () => `mutation { addPlanAction(input: { visitId: "${planOfA.visitId}", title: "Van B", owner: "B", findingIds: ["${planOfA.findingId}"] }) { id } }`,
        ],
        [
          'updatePlanAction',
          () =>
            `mutation { updatePlanAction(input: { id: "${planOfA.actionId}", version: 1, title: "Van B", owner: "B", findingIds: ["${planOfA.findingId}"] }) { id } }`,
        ],
        ['movePlanAction', () => `mutation { movePlanAction(input: { id: "${planOfA.actionId}", version: 1, status: DONE }) { id } }`],
        ['removePlanAction', () => `mutation { removePlanAction(input: { id: "${planOfA.actionId}", version: 1 }) }`],
        ['commentOnPlanAction', () => `mutation { commentOnPlanAction(input: { actionId: "${planOfA.actionId}", text: "Van B" }) { id } }`],
        [
          'saveProgressReview',
          () =>
            `mutation { saveProgressReview(input: { visitId: "${planOfA.visitId}", months: 6, version: 0, fotoVanNu: "Van B", reflection: "" }) { moments { months } } }`,
        ],
        [
          'submitProgressReview',
          () => `mutation { submitProgressReview(input: { visitId: "${planOfA.visitId}", months: 6, version: 1 }) { moments { months } } }`,
        ],
      ] as const
    ).map(([name, doc]): [string, Case] => [
      name,
      {
        attempt: async (o, w, t) => {
          const before = await state(t, w);
          const res = await o.gql(doc());
          expect(codeOf(res)).toBe('NOT_FOUND');
          leaksNothingOfA(res, w);
          expect(await state(t, w)).toEqual(before);
        },
      },
    ]),
  ),

  // Visit reports
  visitReport: {
    attempt: async (o, w) => {
      for (const id of Object.values(harvestWorld.visits)) {
        const res = await o.gql(`query($id: ID!) { visitReport(visitId: $id) { summary } }`, { id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
  visitReports: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { visitReports(programmeId: $id) { visitId summary } }`, { id: harvestWorld.programmeId });
      expect(res.data?.visitReports ?? []).toEqual([]);
      leaksNothingOfA(res, w);
    },
  },
  startVisitReport: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { startVisitReport(visitId: $id) { status } }`, { id: v.visitId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  saveVisitReport: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: SaveReportInput!) { saveVisitReport(input: $input) { version } }`, {
        input: { visitId: harvestWorld.visits.Utrecht, version: 1, summary: 'Overschreven' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  shareVisitReport: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(
        codeOf(
          await o.gql(`mutation($input: ShareReportInput!) { shareVisitReport(input: $input) { version } }`, {
            input: { visitId: harvestWorld.visits.Utrecht, version: 1, replyDays: 5 },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  reopenVisitReport: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(
        codeOf(
          await o.gql(`mutation($input: ReportStepInput!) { reopenVisitReport(input: $input) { version } }`, {
            input: { visitId: harvestWorld.visits.Utrecht, version: 1 },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  finaliseVisitReport: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(
        codeOf(
          await o.gql(`mutation($input: ReportStepInput!) { finaliseVisitReport(input: $input) { version } }`, {
            input: { visitId: harvestWorld.visits.Utrecht, version: 1 },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  commentOnVisitReport: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: CommentOnReportInput!) { commentOnVisitReport(input: $input) { version } }`, {
        input: { visitId: harvestWorld.visits.Utrecht, version: 1, text: 'Ingebroken' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  setVisitReportSharing: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(
        codeOf(
          await o.gql(`mutation($input: SetReportSharingInput!) { setVisitReportSharing(input: $input) { sharing } }`, {
            input: { visitId: harvestWorld.visits.Utrecht, sharing: 'TEAM' },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  // Harvests
  harvests: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ harvests { id title } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  harvest: {
    attempt: async (o, w) => {
      for (const id of [harvestsOfA.draft, harvestsOfA.network, harvestsOfA.public, harvestsOfA.withdrawn]) {
        const res = await o.gql(`query($id: ID!) { harvest(id: $id) { title narrative } }`, { id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
  publishedHarvests: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ publishedHarvests { harvestId title } }`);
      expect(res.data!.publishedHarvests).toEqual([]);
      leaksNothingOfA(res, w);
      // Naming A's programme changes nothing.
      const ofProgramme = await o.gql(`query($id: ID) { publishedHarvests(programmeId: $id) { harvestId title } }`, { id: harvestWorld.programmeId });
      expect(ofProgramme.data!.publishedHarvests).toEqual([]);
      leaksNothingOfA(ofProgramme, w);
    },
  },
  harvestVersion: {
    attempt: async (o, w) => {
      // Even the public one is not "theirs": they read it through its public address only.
      for (const id of [harvestsOfA.draft, harvestsOfA.network, harvestsOfA.public, harvestsOfA.withdrawn]) {
        const res = await o.gql(`query($id: ID!) { harvestVersion(harvestId: $id) { title } }`, { id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
  publicHarvest: {
    // Public by design: the public version of A is readable by anyone; nothing else is.
    attempt: async (o) => {
      expect((await o.ok(`query($s: String!) { publicHarvest(slug: $s) { title } }`, { s: harvestsOfA.publicSlug })).publicHarvest.title).toBe(
        'Openbare oogst',
      );
      // Network only, another network's draft, withdrawn, unknown: all the same null.
      for (const s of ['geheime-oogst', 'concept-van-a', 'ingetrokken-oogst', 'bestaat-niet']) {
        const res = await o.gql(`query($s: String!) { publicHarvest(slug: $s) { title } }`, { s });
        expect({ data: res.data, errors: res.errors }).toEqual({ data: { publicHarvest: null }, errors: undefined });
      }
    },
  },
  createHarvest: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { createHarvest(input: { programmeId: $id, title: "Overname", visibility: PUBLIC }) { id } }`, {
        id: harvestWorld.programmeId,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  updateHarvest: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { updateHarvest(input: { id: $id, version: 1, narrative: "Overschreven" }) { id } }`, {
        id: harvestsOfA.draft,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  updateHarvestSections: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      // A's draft, even with A's own programme: not found.
      const res = await o.gql(
        `mutation($id: ID!, $p: ID!) { updateHarvestSections(input: { id: $id, version: 1, comparedProgrammeIds: [$p], indicators: true }) { id } }`,
        {
          id: harvestsOfA.draft,
          p: w.a.programmeId,
        },
      );
      expect(codeOf(res)).toBe('NOT_FOUND');
      // The outsider's own draft cannot compare with A's programmes: refused exactly as a programme that does not exist.
      const own = (
        await o.ok(`mutation($id: ID!) { createHarvest(input: { programmeId: $id, title: "Eigen vergelijking", visibility: NETWORK }) { id version } }`, {
          id: w.b.programmeId,
        })
      ).createHarvest;
      const SECTIONS = `mutation($id: ID!, $p: [ID!]) { updateHarvestSections(input: { id: $id, version: 1, comparedProgrammeIds: $p }) { id comparedProgrammes { id name } comparison { programmes { name } patterns { programmes patterns { label } } } } }`;
      const unknown = await o.gql(SECTIONS, { id: own.id, p: ['6f1c1b36-8f59-4a57-9a3e-1f0b1f7a0c11'] });
      expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
      const withoutRequest = (r: GqlResult) => r.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: null } }));
      for (const programmeId of [harvestWorld.programmeId, w.a.programmeId]) {
        const refused = await o.gql(SECTIONS, { id: own.id, p: [programmeId] });
        expect(withoutRequest(refused)).toEqual(withoutRequest(unknown));
        leaksNothingOfA(refused, w);
        expect(JSON.stringify(refused.errors)).not.toContain(programmeId);
      }
      // Nor choose A's work meetings, nor see them among its choices: refused exactly as a meeting that does not exist.
      const MEETINGS = `mutation($id: ID!, $m: [ID!]) { updateHarvestSections(input: { id: $id, version: 1, meetings: true, meetingIds: $m }) { id meetings { meetings } } }`;
      const noMeeting = await o.gql(MEETINGS, { id: own.id, m: ['6f1c1b36-8f59-4a57-9a3e-1f0b1f7a0c11'] });
      const ofA = await o.gql(MEETINGS, { id: own.id, m: [reportsOfA.publishedId] });
      expect(codeOf(ofA)).toBe('BAD_USER_INPUT');
      expect(withoutRequest(ofA)).toEqual(withoutRequest(noMeeting));
      expect(JSON.stringify(ofA)).not.toContain(reportsOfA.publishedId);
      const after = (
        await o.ok(
          `query($id: ID!) { harvest(id: $id) { version comparedProgrammes { id } comparison { programmes { name } patterns { patterns { label } } } meetingIds meetings { meetings } meetingChoices { title } } }`,
          { id: own.id },
        )
      ).harvest;
      expect(after).toEqual({ version: 1, comparedProgrammes: [], comparison: null, meetingIds: [], meetings: null, meetingChoices: [] });
      expect(await state(t, w)).toEqual(before);
    },
  },
  addHarvestQuote: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($h: ID!, $f: ID!) { addHarvestQuote(input: { harvestId: $h, version: 1, findingId: $f }) { id } }`, {
        h: harvestsOfA.draft,
        f: harvestWorld.findings.utrechtWachtlijst,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  updateHarvestQuote: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($h: ID!, $f: ID!) { updateHarvestQuote(input: { harvestId: $h, version: 1, findingId: $f, text: "x" }) { id } }`, {
        h: harvestsOfA.draft,
        f: harvestWorld.findings.utrechtWachtlijst,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  removeHarvestQuote: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($h: ID!, $f: ID!) { removeHarvestQuote(input: { harvestId: $h, version: 1, findingId: $f }) { id } }`, {
        h: harvestsOfA.draft,
        f: harvestWorld.findings.utrechtWachtlijst,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  decideHarvestWord: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      for (const decision of ['KEEP', 'REPLACE']) {
        const res = await o.gql(
          `mutation($h: ID!, $f: ID!, $d: WordDecision!) { decideHarvestWord(input: { harvestId: $h, version: 1, findingId: $f, word: "Utrecht", decision: $d }) { id } }`,
          {
            h: harvestsOfA.draft,
            f: harvestWorld.findings.utrechtWachtlijst,
            d: decision,
          },
        );
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  publishHarvest: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { publishHarvest(input: { id: $id, version: 1 }) { number } }`, { id: harvestsOfA.draft }))).toBe(
        'NOT_FOUND',
      );
      expect(await state(t, w)).toEqual(before);
    },
  },
  withdrawHarvest: {
    // Even A's public version, which the outsider can read, cannot be taken down from B.
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      for (const id of [harvestsOfA.public, harvestsOfA.network, harvestsOfA.draft]) {
        const res = await o.gql(
          `mutation($id: ID!) { withdrawHarvest(input: { harvestId: $id, number: 1, reason: "Overgenomen" }) { id publicState { state } } }`,
          { id },
        );
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  myNotifications: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ myNotifications(limit: 50) { items { id subjectId path } hasMore } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  unreadNotificationCount: {
    // Counts only the caller's own, in their own network.
    attempt: async (o, w, t) => {
      const res = await o.gql(`{ unreadNotificationCount }`);
      expect(codeOf(res)).toBe('OK');
      const own = await withAdmin(
        async (c) =>
          (
            await c.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND network_id = $2 AND read_at IS NULL`, [
              w.b.coordinator.id,
              w.b.id,
            ])
          ).rows[0].n,
        t.db.ownerUrl,
      );
      expect(res.data!['unreadNotificationCount']).toBe(own);
    },
  },
  markNotificationsRead: {
    attempt: async (o, w, t) => {
      const unreadOfA = () =>
        withAdmin(
          async (c) =>
            (await c.query(`SELECT id FROM notification WHERE network_id = $1 AND read_at IS NULL ORDER BY id`, [w.a.id])).rows.map((r) => r.id as string),
          t.db.ownerUrl,
        );
      const before = await unreadOfA();
      expect(before.length).toBeGreaterThan(0);
      const res = await o.gql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: before });
      expect(codeOf(res)).toBe('OK');
      await o.gql(`mutation { markNotificationsRead }`);
      expect(await unreadOfA()).toEqual(before);
    },
  },
  notificationSettings: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ notificationSettings { kind delivery } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  setNotificationSetting: {
    // Only ever the caller's own settings: A's people keep theirs.
    attempt: async (o, w, t) => {
      const res = await o.gql(`mutation { setNotificationSetting(input: { kind: HARVEST_PUBLISHED, delivery: OFF }) { kind delivery } }`);
      expect(codeOf(res)).toBe('OK');
      const a = await withAdmin(
        async (c) => (await c.query(`SELECT notification_settings AS s FROM app_user WHERE id = ANY($1)`, [[w.a.coordinator.id, w.a.member.id]])).rows,
        t.db.ownerUrl,
      );
      expect(a).toEqual([{ s: {} }, { s: {} }]);
    },
  },
  myCalendarFeed: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ myCalendarFeed { createdAt } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  renewCalendarFeed: {
    // Only ever the caller's own feed, and it holds nothing of A; A's people keep theirs.
    attempt: async (o, w, t) => {
      const feedsOfA = () =>
        withAdmin(
          async (c) =>
            (await c.query(`SELECT user_id, token_hash FROM calendar_feed WHERE user_id = ANY($1) ORDER BY user_id`, [[w.a.coordinator.id, w.a.member.id]]))
              .rows,
          t.db.ownerUrl,
        );
      await withAdmin(
        (c) => c.query(`INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, repeat('a', 64)) ON CONFLICT DO NOTHING`, [w.a.member.id]),
        t.db.ownerUrl,
      );
      const before = await feedsOfA();
      const res = await o.gql(`mutation { renewCalendarFeed { url createdAt } }`);
      expect(codeOf(res)).toBe('OK');
      const ics = await request(t.http).get(new URL(res.data!.renewCalendarFeed.url).pathname);
      expect(ics.status).toBe(200);
      leaksNothingOfA({ ...res, data: { ics: ics.text } }, w);
      expect(await feedsOfA()).toEqual(before);
    },
  },
  revokeCalendarFeed: {
    attempt: async (o, w, t) => {
      await withAdmin(
        (c) => c.query(`INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, repeat('b', 64)) ON CONFLICT DO NOTHING`, [w.a.coordinator.id]),
        t.db.ownerUrl,
      );
      const res = await o.gql(`mutation { revokeCalendarFeed }`);
      expect(codeOf(res)).toBe('OK');
      const left = await withAdmin(
        async (c) => (await c.query(`SELECT count(*)::int AS n FROM calendar_feed WHERE user_id = $1`, [w.a.coordinator.id])).rows,
        t.db.ownerUrl,
      );
      expect(left).toEqual([{ n: 1 }]);
    },
  },
  // Subscriptions
  notificationsChanged: {
    // The outsider's own stream: an event for A's people never reaches it.
    attempt: async (o, w, t) => {
      const url = await t.listen();
      const client = wsClient(url, { cookie: o.cookie, origin: t.config.appUrl });
      const sub = subscribe(client, `subscription { notificationsChanged { change notificationId } }`, {});
      await sub.ready;
      await withAdmin(
        (c) =>
          c.query(`SELECT pg_notify('kijkje_live', $1)`, [
            JSON.stringify({ networkId: w.a.id, topic: `notifications:${w.a.member.id}`, kind: 'NOTIFIED', id: w.a.id, audience: w.a.member.id }),
          ]),
        t.db.ownerUrl,
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(sub.received.map((r) => (r as { notificationsChanged: { change: string } }).notificationsChanged.change)).toEqual(['REFRESH']);
      await sub.close();
    },
  },
  findingChanged: {
    // Over the WebSocket, as a browser: the outsider cannot follow network A's board.
    attempt: async (o, w, t, v) => {
      const url = await t.listen();
      const client = wsClient(url, { cookie: o.cookie, origin: t.config.appUrl });
      const sub = subscribe(client, `subscription($id: ID!) { findingChanged(visitId: $id) { findingId change } }`, { id: v.visitId });
      await sub.ready;
      expect(JSON.stringify(sub.error)).toContain('NOT_FOUND');
      expect(sub.received).toEqual([]);
      await sub.close();
    },
  },
  // Work meetings
  meetings: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ meetings { id title } }`);
      expect(codeOf(res)).toBe('OK');
      expect(JSON.stringify(res.data)).not.toContain(meetingOfA.id);
      leaksNothingOfA(res, w);
    },
  },
  meeting: { attempt: async (o) => expect(codeOf(await o.gql(`query($id: ID!) { meeting(id: $id) { id title } }`, { id: meetingOfA.id }))).toBe('NOT_FOUND') },
  tableCards: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`query($id: ID!) { tableCards(tableId: $id) { cards { text } } }`, { id: meetingOfA.tableId }))).toBe('NOT_FOUND'),
  },
  plenary: {
    attempt: async (o) => expect(codeOf(await o.gql(`query($id: ID!) { plenary(meetingId: $id) { title } }`, { id: meetingOfA.id }))).toBe('NOT_FOUND'),
  },
  createMeeting: {
    // A meeting of the outsider's own network, never with A's organisation as its host.
    attempt: async (o, w) => {
      const input = { title: 'Eigen bijeenkomst', hostMayEdit: false, day: '2099-06-01', startTime: '13:30', endTime: '17:00', capacity: 10 };
      const res = await o.gql(`mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { id } }`, {
        input: { ...input, hostOrganisationId: w.a.organisations[0].id },
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const own = await o.gql(`mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { id title } }`, { input });
      expect(codeOf(own)).toBe('OK');
      leaksNothingOfA(own, w);
    },
  },
  updateMeeting: {
    attempt: async (o) => {
      const input = {
        id: meetingOfA.id,
        version: 1,
        title: 'Overgenomen',
        hostMayEdit: true,
        day: '2099-06-01',
        startTime: '13:30',
        endTime: '17:00',
        capacity: 10,
      };
      expect(codeOf(await o.gql(`mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`, { input }))).toBe('NOT_FOUND');
    },
  },
  stepMeeting: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { id } }`, {
            input: { id: meetingOfA.id, version: 1, step: 'CANCEL' },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  addMeetingTable: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { id } }`, {
            input: { meetingId: meetingOfA.id, name: 'Indringer', capacity: 5 },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  removeMeetingTable: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`mutation($id: ID!) { removeMeetingTable(tableId: $id) { id } }`, { id: meetingOfA.tableId }))).toBe('NOT_FOUND'),
  },
  addMeetingItem: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: AddMeetingItemInput!) { addMeetingItem(input: $input) { id } }`, {
            input: { meetingId: meetingOfA.id, atTime: '14:00', talk: 'Indringer' },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  removeMeetingItem: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`mutation($id: ID!) { removeMeetingItem(itemId: $id) { id } }`, { id: meetingOfA.itemId }))).toBe('NOT_FOUND'),
  },
  registerForMeeting: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`, { id: meetingOfA.id }))).toBe('NOT_FOUND'),
  },
  cancelMeetingRegistration: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`mutation($id: ID!) { cancelMeetingRegistration(meetingId: $id) { id } }`, { id: meetingOfA.id }))).toBe('NOT_FOUND'),
  },
  chooseMeetingTable: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: ChooseMeetingTableInput!) { chooseMeetingTable(input: $input) { id } }`, {
            input: { meetingId: meetingOfA.id, tableId: meetingOfA.tableId },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  assignMeetingTables: {
    attempt: async (o) =>
      expect(codeOf(await o.gql(`mutation($id: ID!) { assignMeetingTables(meetingId: $id) { id } }`, { id: meetingOfA.id }))).toBe('NOT_FOUND'),
  },
  postMeetingCard: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: PostMeetingCardInput!) { postMeetingCard(input: $input) { id } }`, {
            input: { tableId: meetingOfA.tableId, kind: 'STRENGTH', text: 'Indringer' },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  moveMeetingCard: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: MoveMeetingCardInput!) { moveMeetingCard(input: $input) { id } }`, {
            input: { cardId: meetingOfA.cardId, cluster: 'x' },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  mergeMeetingCards: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: MergeMeetingCardsInput!) { mergeMeetingCards(input: $input) { id } }`, {
            input: { sourceId: meetingOfA.otherCardId, targetId: meetingOfA.cardId },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  markMeetingCard: {
    attempt: async (o) =>
      expect(
        codeOf(
          await o.gql(`mutation($input: MarkMeetingCardInput!) { markMeetingCard(input: $input) { id } }`, {
            input: { cardId: meetingOfA.otherCardId, isYield: true, isRecommendation: true },
          }),
        ),
      ).toBe('NOT_FOUND'),
  },
  meetingTableChanged: {
    attempt: async (o, w, t) => {
      const client = wsClient(await t.listen(), { cookie: o.cookie, origin: t.config.appUrl });
      const sub = subscribe(client, `subscription($id: ID!) { meetingTableChanged(tableId: $id) { cardId change } }`, { id: meetingOfA.tableId });
      await sub.ready;
      expect(JSON.stringify(sub.error)).toContain('NOT_FOUND');
      expect(sub.received).toEqual([]);
      await sub.close();
    },
  },
  meetingPlenaryChanged: {
    attempt: async (o, w, t) => {
      const client = wsClient(await t.listen(), { cookie: o.cookie, origin: t.config.appUrl });
      const sub = subscribe(client, `subscription($id: ID!) { meetingPlenaryChanged(meetingId: $id) { tableId change } }`, { id: meetingOfA.id });
      await sub.ready;
      expect(JSON.stringify(sub.error)).toContain('NOT_FOUND');
      expect(sub.received).toEqual([]);
      await sub.close();
    },
  },
  // Work meetings: the report, a table's host, the series.
  ...MEETING_REPORT_CASES,
  // Work meetings: their facilitators (A's own facilitator, from A's learning track).
  ...meetingFacilitatorCases(() => ({ meetingId: meetingOfA.id, facilitatorId: trackOfA.facilitator.id })),
  // Learning tracks
  ...trackCrossTenantCases(() => trackOfA),
};

describe('cross-tenant matrix', () => {
  let t: TestApp;
  let world: World;
  let outsider: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    visitWorld = await buildVisitWorld(t, world);
    harvestWorld = await buildHarvestWorld(t, world);
    planOfA = await withAdmin(async (c) => {
      const visitId = harvestWorld.visits.Utrecht;
      const findingId = Object.values(harvestWorld.findings)[0];
      await c.query(`INSERT INTO action_plan (network_id, visit_id, status) VALUES ($1, $2, 'SHARED')`, [world.a.id, visitId]);
      await c.query(
        `INSERT INTO indicator_value (network_id, organisation_id, code, period, label, value, source)
         SELECT network_id, host_organisation_id, 'GEHEIM', '2024', 'Geheim cijfer van A', 4242, 'handmatig' FROM visit WHERE id = $1`,
        [visitId],
      );
      const a = await c.query(
        `INSERT INTO plan_action (network_id, visit_id, title, owner, finding_ids) VALUES ($1, $2, 'Geheime actie van A', 'Teamleider', ARRAY[$3::uuid]) RETURNING id`,
        [world.a.id, visitId, findingId],
      );
      return { visitId, actionId: a.rows[0].id, findingId };
    }, t.db.ownerUrl);
    harvestsOfA = await withAdmin(async (c) => {
      const insert = async (title: string, slug: string, visibility: string, published: boolean) => {
        const h = await c.query(
          `INSERT INTO harvest (network_id, programme_id, title, slug, visibility, narrative) VALUES ($1, $2, $3, $4, $5, 'Geheime oogst, alleen voor A') RETURNING id`,
          [world.a.id, harvestWorld.programmeId, title, slug, visibility],
        );
        if (published) {
          const content = {
            title,
            network: world.a.name,
            programme: 'x',
            visibility,
            themes: [],
            roundLabels: {},
            counts: { byTheme: [], bySizeClass: [], byRound: [], totals: { cells: [], total: 0, organisations: 0, rounds: 0 } },
            patterns: [],
            quotes: [],
            narrative: '',
            publishedAt: new Date().toISOString(),
            number: 1,
          };
          await c.query(`INSERT INTO harvest_version (network_id, harvest_id, number, title, slug, visibility, content) VALUES ($1, $2, 1, $3, $4, $5, $6)`, [
            world.a.id,
            h.rows[0].id,
            title,
            slug,
            visibility,
            content,
          ]);
          // What the API writes with a publication (publicServing): a row while the version is public.
          if (visibility === 'PUBLIC')
            await c.query(`INSERT INTO harvest_public (network_id, harvest_id, slug, number, state) VALUES ($1, $2, $3, 1, 'PUBLIC')`, [
              world.a.id,
              h.rows[0].id,
              slug,
            ]);
        }
        return h.rows[0].id as string;
      };
      return {
        draft: await insert('Concept van A', 'concept-van-a', 'PUBLIC', false),
        network: await insert('Geheime oogst', 'geheime-oogst', 'NETWORK', true),
        public: await insert('Openbare oogst', 'openbare-oogst', 'PUBLIC', true),
        publicSlug: 'openbare-oogst',
        withdrawn: await (async () => {
          const id = await insert('Ingetrokken oogst', 'ingetrokken-oogst', 'PUBLIC', true);
          await c.query(`INSERT INTO harvest_withdrawal (network_id, harvest_id, number, reason) VALUES ($1, $2, 1, 'Geheime reden van A')`, [world.a.id, id]);
          await c.query(`UPDATE harvest_public SET state = 'WITHDRAWN' WHERE harvest_id = $1`, [id]);
          return id;
        })(),
      };
    }, t.db.ownerUrl);
    // A notification of A's member, unread: the outsider can neither see nor mark it.
    await withAdmin(
      (c) =>
        c.query(
          `INSERT INTO notification (network_id, recipient_id, kind, subject_type, subject_id, delivery) VALUES ($1, $2, 'FINDINGS_SHARED', 'visit', $3, 'SINGLE')`,
          [world.a.id, world.a.member.id, visitWorld.visitId],
        ),
      t.db.ownerUrl,
    );
    providerOfA = (
      await withAdmin(
        (c) =>
          c.query(
            `INSERT INTO identity_provider (id, network_id, name, issuer, client_id, client_secret_encrypted, email_domains, organisation_id)
             VALUES (gen_random_uuid(), $1, 'Gemeente A', 'https://idp.a.example.nl', 'kijkje-a', 'v1.x.y.z', '["a-netwerk.example.nl"]', $2) RETURNING id`,
            [world.a.id, world.a.organisations[0].id],
          ),
        t.db.ownerUrl,
      )
    ).rows[0].id;
    meetingOfA = await withAdmin(async (c) => {
      const m = await c.query(
        `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, 'Geheime bijeenkomst van A', now() + interval '1 day', now() + interval '25 hours', 20, 'OPEN') RETURNING id`,
        [world.a.id],
      );
      const id = m.rows[0].id;
      const table = await c.query(
        `INSERT INTO meeting_table (network_id, meeting_id, name, capacity, host_user_id) VALUES ($1, $2, 'Geheime tafel', 5, $3) RETURNING id`,
        [world.a.id, id, world.a.member.id],
      );
      const tableId = table.rows[0].id;
      const item = await c.query(`INSERT INTO meeting_item (network_id, meeting_id, at_time, talk) VALUES ($1, $2, '13:30', 'Opening') RETURNING id`, [
        world.a.id,
        id,
      ]);
      await c.query(`INSERT INTO meeting_registration (network_id, meeting_id, user_id, status, table_id) VALUES ($1, $2, $3, 'REGISTERED', $4)`, [
        world.a.id,
        id,
        world.a.member.id,
        tableId,
      ]);
      const card = (text: string, isYield: boolean) =>
        c.query(
          `INSERT INTO meeting_card (network_id, meeting_id, table_id, kind, text, author_id, is_yield) VALUES ($1, $2, $3, 'STRENGTH', $4, $5, $6) RETURNING id`,
          [world.a.id, id, tableId, text, world.a.member.id, isYield],
        );
      return {
        id,
        tableId,
        itemId: item.rows[0].id,
        cardId: (await card('Geheime opbrengst', true)).rows[0].id,
        otherCardId: (await card('Geheim kaartje', false)).rows[0].id,
      };
    }, t.db.ownerUrl);
    await buildMeetingReportsOfA(t, world, meetingOfA.tableId);
    meetingStateBefore = await meetingState(t, world);
    trackOfA = await buildTrackWorld(t, world.a.id, world.a.organisations[0].id, 'a');
    trackStateBefore = await trackState(t, world.a.id);
    outsider = await signedIn(t, world.b.coordinator);
  });
  afterAll(() => t.close());

  it.each(Object.keys(MATRIX))('%s by a coordinator of another network reveals and changes nothing', async (operation) => {
    await MATRIX[operation].attempt(outsider, world, t, visitWorld);
  });

  it('leaves network A’s meeting, tables, registrations and cards exactly as they were after every meeting operation above', async () => {
    expect(await meetingState(t, world)).toEqual(meetingStateBefore);
  });

  it('leaves network A’s learning track, its cohort, cases and feedback exactly as they were, and serves none of its portfolios or calendar files', async () => {
    expect(await trackState(t, world.a.id)).toEqual(trackStateBefore);
    await portfoliosOfANotFound(t, outsider, trackOfA);
  });

  it('covers every operation of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  it('serves another network’s files to nobody: report, calendar and harvest downloads are not found; the public harvest page only shows what is public', async () => {
    const cookie = outsider.cookie!;
    for (const id of Object.values(harvestWorld.visits)) {
      expect((await request(t.http).get(`/export/bezoekverslag/${id}/pdf`).set('cookie', cookie)).status).toBe(404);
      expect((await request(t.http).get(`/export/agenda/bezoek/${id}.ics`).set('cookie', cookie)).status).toBe(404);
    }
    // The personal download is the caller's own: nothing of A's people, findings or network (the ids the caller
    // tried above do show, in their own log of refusals).
    const mine = JSON.parse((await request(t.http).get(`/export/mijn-gegevens/json`).set('cookie', cookie)).text);
    expect(mine.account.email).toBe(world.b.coordinator.email);
    expect(mine.networks.map((n: { networkId: string }) => n.networkId)).toEqual([world.b.id]);
    for (const secret of [world.a.name, world.a.member.email, world.a.coordinator.email, 'Bevinding SHARED'])
      expect(JSON.stringify(mine)).not.toContain(secret);
    // A personal feed's address is the only key to it: a session of another network opens no one's.
    expect(
      (
        await request(t.http)
          .get(`/export/agenda/persoonlijk/${'C'.repeat(43)}.ics`)
          .set('cookie', cookie)
      ).status,
    ).toBe(404);
    for (const id of [harvestsOfA.draft, harvestsOfA.network, harvestsOfA.public, harvestsOfA.withdrawn]) {
      expect((await request(t.http).get(`/export/oogst/${id}/docx`).set('cookie', cookie)).status).toBe(404);
      expect((await request(t.http).get(`/export/systeemsignalen/${id}`).set('cookie', cookie)).status).toBe(404);
    }
    // A network-only harvest and a draft of A read exactly as a slug that never existed, page and files alike.
    const unknown = await request(t.http).get(`/oogst/bestaat-niet`).set('cookie', cookie);
    for (const slug of ['geheime-oogst', 'concept-van-a']) {
      for (const path of [`/oogst/${slug}`, `/oogst/${slug}/oogst.pdf`, `/oogst/${slug}/oogst.docx`]) {
        const res = await request(t.http).get(path).set('cookie', cookie);
        expect([path, res.status, res.text]).toEqual([path, 404, unknown.text]);
      }
    }
    expect((await request(t.http).get(`/oogst/openbare-oogst`).set('cookie', cookie)).status).toBe(200);
    // A withdrawn harvest says so on its own slug, and nothing more (not its reason).
    const withdrawn = await request(t.http).get(`/oogst/ingetrokken-oogst`).set('cookie', cookie);
    expect(withdrawn.status).toBe(410);
    expect(withdrawn.text).not.toContain('Geheime reden');
    expect(withdrawn.text).not.toContain('Ingetrokken oogst');
  });

  it('serves another network’s meeting reports to nobody: files and previews are not found; the public page only shows what is public', async () => {
    await meetingReportFilesCheck(t, outsider);
  });

  it('gives a new harvest a slug that does not tell whether another network uses its title (draft, network only or public)', async () => {
    // A's titles, and one nobody used: every slug is the title's words and a random token alike.
    const titles: [string, string][] = [
      ['Geheime oogst', 'geheime-oogst'],
      ['Concept van A', 'concept-van-a'],
      ['Openbare oogst', 'openbare-oogst'],
      ['Nooit eerder gebruikt', 'nooit-eerder-gebruikt'],
    ];
    for (const [title, base] of titles) {
      const res = await outsider.ok(`mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { slug } }`, {
        input: { programmeId: world.b.programmeId, title, visibility: 'NETWORK' },
      });
      expect(res.createHarvest.slug).toMatch(new RegExp(`^${base}-[a-z2-9]{6}$`));
    }
  });

  it('audits the denials', async () => {
    const { rows } = await withAdmin(
      (c) => c.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND actor_user_id = $1`, [world.b.coordinator.id]),
      t.db.ownerUrl,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(4);
  });
});
