import { hash } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@kijkje/api/core';
import { withAdmin } from './database';
import type { TestApp } from './test-app';
import { PASSWORD, type World } from './world';

/** The municipalities (CBS codes) that apply in the rounds specs, with their provinces below. */
export const CODES = ['GM0503', 'GM0772', 'GM0268', 'GM0014', 'GM0202', 'GM0935', 'GM0150', 'GM0153', 'GM0080', 'GM0345', 'GM0796'];
const PROVINCES = [
  'Zuid-Holland',
  'Noord-Brabant',
  'Gelderland',
  'Groningen',
  'Gelderland',
  'Limburg',
  'Overijssel',
  'Overijssel',
  'Fryslân',
  'Utrecht',
  'Noord-Brabant',
];

/** An open programme of 10 places with eleven applications from as many municipalities. */
export async function programmeWithApplicants(t: TestApp, world: World, name: string, conflictsOf: (i: number, orgs: string[]) => string[] = () => []) {
  const passwordHash = await hash(PASSWORD, ARGON2_OPTIONS);
  return withAdmin(async (c) => {
    const p = await c.query(
      `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status, sign_up_opens_at, sign_up_closes_at)
       VALUES ($1, $2, '["Wmo","Jeugd","Participatie"]', '{}', 10, 'NETWORK', 'OPEN', now() - interval '1 day', now() + interval '30 days') RETURNING id`,
      [world.a.id, name],
    );
    const orgs: string[] = [];
    for (let i = 0; i < 11; i++) {
      const existing = await c.query(`SELECT id FROM organisation WHERE network_id = $1 AND cbs_code = $2`, [world.a.id, CODES[i]]);
      const id =
        existing.rows[0]?.id ??
        (
          await c.query(
            `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population) VALUES ($1, $2, 'MUNICIPALITY', $3, $4, $5) RETURNING id`,
            [world.a.id, `Gemeente ${CODES[i]}`, CODES[i], PROVINCES[i], 30000 + i * 20000],
          )
        ).rows[0].id;
      orgs.push(id);
      if (!existing.rows[0]) {
        const u = await c.query(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
          `r-${CODES[i].toLowerCase()}@test.kijkje.nl`,
          `Contact ${CODES[i]}`,
          passwordHash,
        ]);
        await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [world.a.id, u.rows[0].id, id]);
      }
    }
    for (let i = 0; i < 11; i++) {
      const conflicts = conflictsOf(i, orgs).map((o) => ({ organisationId: o, description: 'Gedeelde regeling' }));
      await c.query(
        `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status, conflicts, submitted_at)
         VALUES ($1, $2, $3, 'Hoe sturen wij?', $4, 'NETWORK', $5, $6, now() + make_interval(secs => $7))`,
        [
          world.a.id,
          p.rows[0].id,
          orgs[i],
          JSON.stringify(i % 2 ? ['Wmo', 'Jeugd'] : ['Wmo', 'Participatie']),
          i < 10 ? 'ACCEPTED' : 'WAITLISTED',
          JSON.stringify(conflicts),
          i,
        ],
      );
    }
    return { programmeId: p.rows[0].id as string, orgs };
  }, t.db.ownerUrl);
}

/** The GraphQL documents of the rounds spec. */
export const SUGGEST = `query($id: ID!) { suggestedGrouping(programmeId: $id) { rounds { number organisations { id name } reasons { code nl en } givenUp { code nl } } unplaced { organisation { name } reason { code nl en } } fingerprint } }`;
export const ACCEPT = `mutation($input: AcceptSuggestedGroupingInput!) { acceptSuggestedGrouping(input: $input) { id name status version organisations { id cbsCode } } }`;
export const START = `mutation($input: StartRoundInput!) { startRound(input: $input) { status } }`;
export const PROGRAMME = `query($id: ID!) { programme(id: $id) { rounds { id name status version organisations { id name } flags { kind organisations { name } } } applications { id status organisation { id name } } } }`;
