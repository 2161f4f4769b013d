import { hash } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@kijkje/api/core';
import type { Client } from 'pg';
import { withAdmin } from './database';
import type { TestApp } from './test-app';

export const PASSWORD = 'Proef-wachtwoord-42';

export interface Person {
  id: string;
  email: string;
  name: string;
}

export interface WorldNetwork {
  id: string;
  name: string;
  coordinator: Person;
  member: Person;
  organisations: { id: string; name: string; cbsCode: string }[];
  invitationId: string;
  membershipId: string;
  /** An open programme with one accepted application (by the member's organisation). */
  programmeId: string;
  applicationId: string;
}

export interface World {
  admin: Person;
  a: WorldNetwork;
  b: WorldNetwork;
  /** A person with memberships in both networks (coordinator in A, member in B). */
  both: Person;
}

let cachedHash: Promise<string> | null = null;

async function person(c: Client, tag: string, admin = false): Promise<Person> {
  cachedHash ??= hash(PASSWORD, ARGON2_OPTIONS);
  const email = `${tag}@test.kijkje.nl`;
  const name = `Persoon ${tag}`;
  const { rows } = await c.query(`INSERT INTO app_user (email, name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4) RETURNING id`, [
    email,
    name,
    await cachedHash,
    admin,
  ]);
  return { id: rows[0].id, email, name };
}

async function network(c: Client, tag: string, codes: [string, string][]): Promise<WorldNetwork> {
  const name = `Netwerk ${tag}`;
  const { rows } = await c.query(`INSERT INTO network (name, slug) VALUES ($1, $2) RETURNING id`, [name, `netwerk-${tag}`]);
  const id = rows[0].id;
  const organisations = [];
  for (const [cbsCode, orgName] of codes) {
    const r = await c.query(
      `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population) VALUES ($1, $2, 'MUNICIPALITY', $3, 'Utrecht', 50000) RETURNING id`,
      [id, orgName, cbsCode],
    );
    organisations.push({ id: r.rows[0].id, name: orgName, cbsCode });
  }
  const coordinator = await person(c, `coordinator-${tag}`);
  const member = await person(c, `member-${tag}`);
  await c.query(`INSERT INTO membership (network_id, user_id, role) VALUES ($1, $2, 'COORDINATOR')`, [id, coordinator.id]);
  const m = await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER') RETURNING id`, [
    id,
    member.id,
    organisations[0].id,
  ]);
  const inv = await c.query(
    `INSERT INTO invitation (network_id, email, name, role, organisation_id, token_hash, expires_at)
     VALUES ($1, $2, 'Uitgenodigde', 'MEMBER', $3, md5(random()::text) || md5(random()::text), now() + interval '14 days') RETURNING id`,
    [id, `invited-${tag}@test.kijkje.nl`, organisations[0].id],
  );
  const prog = await c.query(
    `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status, sign_up_opens_at, sign_up_closes_at)
     VALUES ($1, $2, '["Wmo","Jeugd"]', '{}', 10, 'NETWORK', 'OPEN', now() - interval '1 day', now() + interval '30 days') RETURNING id`,
    [id, `Programma ${tag}`],
  );
  const application = await c.query(
    `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status)
     VALUES ($1, $2, $3, 'Hoe sturen wij op kwaliteit?', '["Wmo"]', 'NETWORK', 'ACCEPTED') RETURNING id`,
    [id, prog.rows[0].id, organisations[0].id],
  );
  return {
    id,
    name,
    coordinator,
    member,
    organisations,
    invitationId: inv.rows[0].id,
    membershipId: m.rows[0].id,
    programmeId: prog.rows[0].id,
    applicationId: application.rows[0].id,
  };
}

/**
 * Two networks with a coordinator, a member, organisations and an open invitation each, written
 * directly as the owner so that tests start from a known world.
 */
export async function buildWorld(t: TestApp): Promise<World> {
  return withAdmin(async (c) => {
    const admin = await person(c, 'admin', true);
    const a = await network(c, 'a', [
      ['GM0344', 'Utrecht'],
      ['GM0193', 'Zwolle'],
    ]);
    const b = await network(c, 'b', [
      ['GM0363', 'Amsterdam'],
      ['GM0599', 'Rotterdam'],
    ]);
    const both = await person(c, 'both');
    await c.query(`INSERT INTO membership (network_id, user_id, role) VALUES ($1, $2, 'COORDINATOR')`, [a.id, both.id]);
    await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [b.id, both.id, b.organisations[0].id]);
    return { admin, a, b, both };
  }, t.db.ownerUrl);
}

export async function signedIn(t: TestApp, who: Person) {
  const client = t.client();
  const res = await client.signIn(who.email, PASSWORD);
  if (res.errors) throw new Error(`sign-in failed for ${who.email}: ${JSON.stringify(res.errors)}`);
  return client;
}
