import { hash } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@kijkje/api/core';
import request from 'supertest';
import { withAdmin } from './support/database';
import type { TestApp } from './support/test-app';
import type { VisitWorld } from './support/visit-world';
import { PASSWORD, type Person, type World } from './support/world';

/** A person with a name and address that appear nowhere else, on the visit's team in network A (organisation "Gemeente B"). */
export async function distinctivePerson(t: TestApp, world: World, v: VisitWorld, tag: string): Promise<Person> {
  const email = `zwaantje.privacywaakzaam.${tag}@avg-proef.nl`;
  const name = `Zwaantje Privacywaakzaam ${tag}`;
  return withAdmin(async (c) => {
    const { rows } = await c.query(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
      email,
      name,
      await hash(PASSWORD, ARGON2_OPTIONS),
    ]);
    const id = rows[0].id as string;
    await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [world.a.id, id, v.organisations.b]);
    await c.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead) VALUES ($1, $2, $3, $4, false)`, [
      world.a.id,
      v.visitId,
      id,
      v.organisations.b,
    ]);
    return { id, email, name };
  }, t.db.ownerUrl);
}

/** A download through the real HTTP route, with the session cookie of a signed-in client. */
export function download(t: TestApp, cookie: string | null, path: string) {
  const req = request(t.http)
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return cookie ? req.set('cookie', cookie) : req;
}

/**
 * Every text, varchar, json and jsonb column of every table, searched for each needle (as the
 * owner, so row-level security hides nothing). Answers "table.column: needle" per hit.
 */
export async function searchEverywhere(t: TestApp, needles: string[]): Promise<string[]> {
  return withAdmin(async (c) => {
    const { rows: columns } = await c.query(
      `SELECT table_name AS t, column_name AS c FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'character')
        ORDER BY 1, 2`,
    );
    const hits: string[] = [];
    for (const { t: table, c: column } of columns)
      for (const needle of needles) {
        const { rows } = await c.query(`SELECT count(*)::int AS n FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`, [needle]);
        if (rows[0].n > 0) hits.push(`${table}.${column}: ${needle}`);
      }
    return hits;
  }, t.db.ownerUrl);
}
