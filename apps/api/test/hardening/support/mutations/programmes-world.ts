import { defaultFramework } from '@kijkje/domain';
import { withAdmin } from '../../../support/database';
import type { TestApp } from '../../../support/test-app';
import { buildWorld, type Person, type World } from '../../../support/world';
import { municipalityIn, personIn } from '../people';
import type { StateProbe } from '../state';

/** The themes of the world's programmes. */
export const THEMES = ['Wmo', 'Jeugd'];

/**
 * Network A of buildWorld, plus: a member of Zwolle (which has not applied to A's open
 * programme, nor to three more open ones), a programme being composed (six accepted
 * applications, a waitlisted one, a composing round with four of them and an empty one) and a
 * programme still in DRAFT.
 */
export interface ProgrammesWorld {
  world: World;
  probe: StateProbe;
  applicant: Person;
  composing: { programmeId: string; applicationIds: string[]; waitlistedId: string; unplacedId: string; roundIds: string[] };
  draftProgrammeId: string;
  openProgrammeIds: string[];
}

export async function buildProgrammesWorld(t: TestApp, probe: StateProbe): Promise<ProgrammesWorld> {
  const world = await buildWorld(t);
  return withAdmin(async (c) => {
    const networkId = world.a.id;
    const applicant = await personIn(c, networkId, world.a.organisations[1].id, 'aanmelder');
    const programme = async (name: string, status: string) =>
      (
        await c.query(
          `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status, sign_up_opens_at, sign_up_closes_at)
           VALUES ($1, $2, $3, $4, 6, 'NETWORK', $5, now() - interval '1 day', now() + interval '30 days') RETURNING id`,
          [networkId, name, JSON.stringify(THEMES), JSON.stringify(defaultFramework(THEMES)), status],
        )
      ).rows[0].id as string;
    const composingId = await programme('Programma in samenstelling', 'RUNNING');
    const draftProgrammeId = await programme('Programma in voorbereiding', 'DRAFT');
    // more programmes open for sign-up: the applicant can be accepted once per programme, so runs get past "already applied"
    const openProgrammeIds = [
      await programme('Open programma 2', 'OPEN'),
      await programme('Open programma 3', 'OPEN'),
      await programme('Open programma 4', 'OPEN'),
    ];
    const codes: [string, string][] = [
      ['Amersfoort', 'GM0307'],
      ['Zeist', 'GM0355'],
      ['Ede', 'GM0228'],
      ['Apeldoorn', 'GM0200'],
      ['Deventer', 'GM0150'],
      ['Arnhem', 'GM0202'],
      ['Utrechtse Heuvelrug', 'GM1581'],
    ];
    const applicationIds: string[] = [];
    for (const [index, [name, code]] of codes.entries()) {
      const org = await municipalityIn(c, networkId, name, code, index % 2 ? 'Gelderland' : 'Utrecht', 40_000 + index * 30_000);
      const status = index < 4 ? 'PLACED' : index < 6 ? 'ACCEPTED' : 'WAITLISTED';
      const a = await c.query(
        `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status) VALUES ($1, $2, $3, 'Hoe sturen wij op kwaliteit?', '["Wmo"]', 'NETWORK', $4) RETURNING id`,
        [networkId, composingId, org, status],
      );
      applicationIds.push(a.rows[0].id);
    }
    const round = async (name: string) =>
      (await c.query(`INSERT INTO round (network_id, programme_id, name) VALUES ($1, $2, $3) RETURNING id`, [networkId, composingId, name])).rows[0]
        .id as string;
    const roundIds = [await round('Ronde A'), await round('Ronde B')];
    for (const id of applicationIds.slice(0, 4))
      await c.query(`INSERT INTO round_member (application_id, network_id, round_id) VALUES ($1, $2, $3)`, [id, networkId, roundIds[0]]);
    return {
      world,
      probe,
      applicant,
      composing: { programmeId: composingId, applicationIds, waitlistedId: applicationIds[6], unplacedId: applicationIds[4], roundIds },
      draftProgrammeId,
      openProgrammeIds,
    };
  }, t.db.ownerUrl);
}
