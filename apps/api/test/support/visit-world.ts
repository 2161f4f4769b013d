import { hash } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@kijkje/api/core';
import { defaultFramework, type FindingStatus, type MatrixRole } from '@kijkje/domain';
import type { Client } from 'pg';
import { withAdmin } from './database';
import type { TestApp } from './test-app';
import { PASSWORD, type Person, type World } from './world';

export interface VisitWorld {
  programmeId: string;
  roundId: string;
  visitId: string;
  /** Organisations of the round: the host first. */
  organisations: { host: string; b: string; c: string; d: string; outside: string };
  people: Record<Exclude<MatrixRole, 'coordinator' | 'otherNetwork'>, Person>;
  /** One finding by the author per state, and for SHARED and FINAL one released and one not. */
  findings: { id: string; status: FindingStatus; released: boolean }[];
}

let cachedHash: Promise<string> | null = null;

async function personIn(c: Client, networkId: string, organisationId: string | null, tag: string, role = 'MEMBER'): Promise<Person> {
  cachedHash ??= hash(PASSWORD, ARGON2_OPTIONS);
  const email = `${tag}@test.kijkje.nl`;
  const name = `Persoon ${tag}`;
  const { rows } = await c.query(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [email, name, await cachedHash]);
  await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, $4)`, [networkId, rows[0].id, organisationId, role]);
  return { id: rows[0].id, email, name };
}

/**
 * In network A of the world: a running programme with a round of four municipalities whose
 * first one hosts a visit that has been held; a team of three (one lead); people in every role
 * of the policy matrix; and findings in every state. Written as the owner, so tests start from a
 * known place.
 */
export async function buildVisitWorld(t: TestApp, world: World, tag = 'v'): Promise<VisitWorld> {
  return withAdmin(async (c) => {
    const networkId = world.a.id;
    const org = async (name: string, code: string, province: string) =>
      (
        await c.query(
          `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population) VALUES ($1, $2, 'MUNICIPALITY', $3, $4, 60000) RETURNING id`,
          [networkId, name, code, province],
        )
      ).rows[0].id as string;
    const suffix = tag === 'v' ? '' : ` ${tag}`;
    const codeBase = tag === 'v' ? 0 : 50;
    const organisations = {
      host: await org(`Gastgemeente${suffix}`, `GM09${String(10 + codeBase).padStart(2, '0')}`, 'Gelderland'),
      b: await org(`Gemeente B${suffix}`, `GM09${String(11 + codeBase).padStart(2, '0')}`, 'Overijssel'),
      c: await org(`Gemeente C${suffix}`, `GM09${String(12 + codeBase).padStart(2, '0')}`, 'Drenthe'),
      d: await org(`Gemeente D${suffix}`, `GM09${String(13 + codeBase).padStart(2, '0')}`, 'Limburg'),
      outside: await org(`Gemeente buiten de ronde${suffix}`, `GM09${String(14 + codeBase).padStart(2, '0')}`, 'Zeeland'),
    };
    const themes = ['Wmo', 'Jeugd'];
    const programme = await c.query(
      `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status) VALUES ($1, $2, $3, $4, 10, 'NETWORK', 'RUNNING') RETURNING id`,
      [networkId, `Programma met bezoek${suffix}`, JSON.stringify(themes), JSON.stringify(defaultFramework(themes))],
    );
    const programmeId = programme.rows[0].id as string;
    const round = await c.query(`INSERT INTO round (network_id, programme_id, name, status) VALUES ($1, $2, 'Ronde 1', 'VISITING') RETURNING id`, [
      networkId,
      programmeId,
    ]);
    const roundId = round.rows[0].id as string;
    for (const id of [organisations.host, organisations.b, organisations.c, organisations.d]) {
      const a = await c.query(
        `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status) VALUES ($1, $2, $3, 'Hoe sturen wij?', '["Wmo"]', 'NETWORK', 'PLACED') RETURNING id`,
        [networkId, programmeId, id],
      );
      await c.query(`INSERT INTO round_member (application_id, network_id, round_id) VALUES ($1, $2, $3)`, [a.rows[0].id, networkId, roundId]);
    }
    const visit = await c.query(
      `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, starts_at, ends_at, location, held_at, reply_deadline)
       VALUES ($1, $2, $3, 'HELD', current_date, (current_date + time '09:30') AT TIME ZONE 'Europe/Amsterdam',
               (current_date + time '16:00') AT TIME ZONE 'Europe/Amsterdam', 'Stadhuis', now(), now() + interval '14 days') RETURNING id`,
      [networkId, roundId, organisations.host],
    );
    const visitId = visit.rows[0].id as string;
    const people = {
      author: await personIn(c, networkId, organisations.b, `${tag}-author`),
      otherReviewer: await personIn(c, networkId, organisations.d, `${tag}-reviewer`),
      lead: await personIn(c, networkId, organisations.c, `${tag}-lead`),
      hostContact: await personIn(c, networkId, organisations.host, `${tag}-host`),
      otherRoundMember: await personIn(c, networkId, organisations.b, `${tag}-roundmember`),
      networkMember: await personIn(c, networkId, organisations.outside, `${tag}-networkmember`),
      // An outside organiser (university) in the network for its learning tracks only.
      facilitator: await personIn(c, networkId, null, `${tag}-facilitator`, 'FACILITATOR'),
    };
    for (const [who, orgId, lead] of [
      [people.author, organisations.b, false],
      [people.otherReviewer, organisations.d, false],
      [people.lead, organisations.c, true],
    ] as const) {
      await c.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead) VALUES ($1, $2, $3, $4, $5)`, [
        networkId,
        visitId,
        who.id,
        orgId,
        lead,
      ]);
    }
    const findings: VisitWorld['findings'] = [];
    for (const [status, released] of [
      ['DRAFT', false],
      ['SUBMITTED', false],
      ['SHARED', false],
      ['SHARED', true],
      ['FINAL', false],
      ['FINAL', true],
    ] as const) {
      const f = await c.query(
        `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, tags, status, released_for_harvest)
         VALUES ($1, $2, $3, 'CONCERN', 'Wmo', $4, '["wachtlijsten"]', $5, $6) RETURNING id`,
        [networkId, visitId, people.author.id, `Bevinding ${status}${released ? ' vrijgegeven' : ''}`, status, released],
      );
      findings.push({ id: f.rows[0].id, status, released });
    }
    return { programmeId, roundId, visitId, organisations, people, findings };
  }, t.db.ownerUrl);
}
