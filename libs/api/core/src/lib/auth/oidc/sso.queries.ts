import type { EntityManager } from 'typeorm';

export interface ProviderRow {
  id: string;
  networkId: string;
  name: string;
  issuer: string;
  clientId: string;
  secret: string;
  emailDomains: string[];
  organisationId: string;
  createMembers: boolean;
}

export interface AttemptRow {
  providerId: string;
  networkId: string;
  emailDomain: string;
  codeVerifier: string;
  nonce: string;
  live: boolean;
}

const PROVIDER = `SELECT id, network_id AS "networkId", name, issuer, client_id AS "clientId", client_secret_encrypted AS secret,
  email_domains AS "emailDomains", organisation_id AS "organisationId", create_members AS "createMembers" FROM identity_provider`;

/** The enabled providers for an e-mail domain, over every network (RLS: provider_by_domain lets exactly these through). */
export async function providersForDomain(em: EntityManager, domain: string, providerId: string | null): Promise<ProviderRow[]> {
  await em.query(`SELECT set_config('app.sso_email_domain', $1, true)`, [domain]);
  return em.query(`${PROVIDER} WHERE enabled AND email_domains ? $1 AND ($2::uuid IS NULL OR id = $2) ORDER BY name`, [domain, providerId]);
}

export async function saveAttempt(
  em: EntityManager,
  stateHash: string,
  provider: ProviderRow,
  domain: string,
  codeVerifier: string,
  nonce: string,
): Promise<void> {
  await em.query(`DELETE FROM sso_attempt WHERE expires_at < now()`);
  await em.query(`SELECT set_config('app.sso_state_hash', $1, true)`, [stateHash]);
  await em.query(
    `INSERT INTO sso_attempt (state_hash, provider_id, network_id, email_domain, code_verifier, nonce, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + interval '10 minutes')`,
    [stateHash, provider.id, provider.networkId, domain, codeVerifier, nonce],
  );
}

/** Consumes the attempt of this state (once: a replayed state finds nothing). */
export async function takeAttempt(em: EntityManager, stateHash: string): Promise<AttemptRow | null> {
  await em.query(`SELECT set_config('app.sso_state_hash', $1, true)`, [stateHash]);
  const [rows] = await em.query(
    `DELETE FROM sso_attempt WHERE state_hash = $1
     RETURNING provider_id AS "providerId", network_id AS "networkId", email_domain AS "emailDomain",
               code_verifier AS "codeVerifier", nonce, expires_at > now() AS live`,
    [stateHash],
  );
  return (rows as AttemptRow[])[0] ?? null;
}

export interface PersonRow {
  id: string;
  active: boolean;
  membershipActive: boolean | null;
}

/** The person with this address and their membership of the network, if any. */
export async function personInNetwork(em: EntityManager, email: string, networkId: string): Promise<PersonRow | null> {
  const [user] = await em.query(`SELECT id, active FROM app_user WHERE email = $1`, [email]);
  if (!user) return null;
  await em.query(`SELECT set_config('app.user_id', $1, true)`, [user.id]);
  const [m] = await em.query(`SELECT active FROM membership WHERE user_id = $1 AND network_id = $2`, [user.id, networkId]);
  return { id: user.id, active: user.active, membershipActive: m ? m.active : null };
}

/**
 * A first sign-in the provider may create a member for: the person (if new) and an inactive
 * membership in the mapped organisation, marked as a request, which a coordinator admits or declines.
 * Returns the person, the request, and the network's coordinators to tell.
 */
export async function requestMembership(
  em: EntityManager,
  provider: ProviderRow,
  email: string,
  name: string,
  existingUserId: string | null,
): Promise<{ userId: string; membershipId: string; coordinators: string[] }> {
  const userId: string =
    existingUserId ?? (await em.query(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, NULL) RETURNING id`, [email, name]))[0].id;
  await em.query(`SELECT set_config('app.network_id', $1, true)`, [provider.networkId]);
  const [row] = await em.query(
    `WITH requested AS (
       INSERT INTO membership (network_id, user_id, organisation_id, role, active, requested_at) VALUES ($1, $2, $3, 'MEMBER', false, now()) RETURNING id)
     SELECT (SELECT id FROM requested) AS "membershipId",
            coalesce((SELECT array_agg(user_id) FROM membership WHERE network_id = $1 AND role = 'COORDINATOR' AND active), '{}') AS coordinators`,
    [provider.networkId, userId, provider.organisationId],
  );
  return { userId, membershipId: row.membershipId, coordinators: row.coordinators };
}

/** The networks among this person's active memberships that allow no password sign-in. */
export async function passwordRefusingNetworks(em: EntityManager, userId: string): Promise<string[]> {
  await em.query(`SELECT set_config('app.user_id', $1, true)`, [userId]);
  const rows: { id: string }[] = await em.query(
    `SELECT n.id FROM membership m JOIN network n ON n.id = m.network_id WHERE m.user_id = $1 AND m.active AND NOT n.password_sign_in`,
    [userId],
  );
  return rows.map((r) => r.id);
}
