import { hash } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@kijkje/api/core';
import type { Client } from 'pg';
import { PASSWORD, type Person } from '../../support/world';

let cachedHash: Promise<string> | null = null;

/** A member (or coordinator) of a network, with the test password. */
export async function personIn(
  c: Client,
  networkId: string,
  organisationId: string | null,
  tag: string,
  role: 'MEMBER' | 'COORDINATOR' | 'FACILITATOR' = 'MEMBER',
): Promise<Person> {
  cachedHash ??= hash(PASSWORD, ARGON2_OPTIONS);
  const email = `${tag}@test.kijkje.nl`;
  const name = `Persoon ${tag}`;
  const { rows } = await c.query(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [email, name, await cachedHash]);
  await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, $4)`, [networkId, rows[0].id, organisationId, role]);
  return { id: rows[0].id, email, name };
}

/** A municipality of a network. */
export async function municipalityIn(c: Client, networkId: string, name: string, cbsCode: string, province = 'Utrecht', population = 60_000): Promise<string> {
  const { rows } = await c.query(
    `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population) VALUES ($1, $2, 'MUNICIPALITY', $3, $4, $5) RETURNING id`,
    [networkId, name, cbsCode, province, population],
  );
  return rows[0].id;
}
