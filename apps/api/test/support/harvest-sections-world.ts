import { defaultFramework, type FindingKind, type SharingLevel } from '@kijkje/domain';
import type { Client } from 'pg';
import request from 'supertest';
import { withAdmin } from './database';
import type { GqlClient, GqlResult } from './gql-client';
import { buildHarvestWorld, firstPartsVersionContent, type HarvestWorld } from './harvest-world';
import type { TestApp } from './test-app';
import { buildWorld, signedIn, type World } from './world';

export interface ProgrammeHost {
  name: string;
  consent: SharingLevel;
  /** Theme, kind, released for the harvest, and its tags (none unless given). */
  findings: [string, FindingKind, boolean, string[]?][];
}

/**
 * Another programme of a network with one closed round whose hosts each held their visit and
 * finalised their findings (the rollup trigger counts the released ones), for harvests that
 * compare programmes. Hosts are new municipalities of 101,000 inhabitants unless the network has
 * one of that name already.
 */
export async function addFinishedProgramme(
  c: Client,
  networkId: string,
  authorId: string,
  name: string,
  hosts: ProgrammeHost[],
): Promise<{ programmeId: string; roundId: string; organisations: Record<string, string> }> {
  const themes = ['Wmo', 'Jeugd'];
  const programme = await c.query(
    `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status) VALUES ($1, $2, $3, $4, 5, 'PUBLIC', 'CLOSED') RETURNING id`,
    [networkId, name, JSON.stringify(themes), JSON.stringify(defaultFramework(themes))],
  );
  const programmeId = programme.rows[0].id as string;
  const round = await c.query(`INSERT INTO round (network_id, programme_id, name, status) VALUES ($1, $2, 'Ronde A', 'CLOSED') RETURNING id`, [
    networkId,
    programmeId,
  ]);
  const roundId = round.rows[0].id as string;
  const organisations: Record<string, string> = {};
  for (const host of hosts) {
    const existing = await c.query(`SELECT id FROM organisation WHERE network_id = $1 AND name = $2`, [networkId, host.name]);
    const organisationId: string =
      existing.rows[0]?.id ??
      (
        await c.query(
          `INSERT INTO organisation (network_id, name, kind, province, population) VALUES ($1, $2, 'MUNICIPALITY', 'Gelderland', 101000) RETURNING id`,
          [networkId, host.name],
        )
      ).rows[0].id;
    organisations[host.name] = organisationId;
    const application = await c.query(
      `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status) VALUES ($1, $2, $3, 'Hoe sturen wij?', '["Wmo"]', $4, 'PLACED') RETURNING id`,
      [networkId, programmeId, organisationId, host.consent],
    );
    await c.query(`INSERT INTO round_member (application_id, network_id, round_id) VALUES ($1, $2, $3)`, [application.rows[0].id, networkId, roundId]);
    const visit = await c.query(
      `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, location) VALUES ($1, $2, $3, 'REPORT_FINAL', current_date - 400, 'Stadhuis') RETURNING id`,
      [networkId, roundId, organisationId],
    );
    for (const [theme, kind, released, tags = []] of host.findings) {
      const f = await c.query(
        `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, tags, status) VALUES ($1, $2, $3, $4, $5, 'Een bevinding van vorig jaar.', $6, 'SHARED') RETURNING id`,
        [networkId, visit.rows[0].id, authorId, kind, theme, JSON.stringify(tags)],
      );
      await c.query(`UPDATE finding SET status = 'FINAL', released_for_harvest = $2 WHERE id = $1`, [f.rows[0].id, released]);
    }
  }
  return { programmeId, roundId, organisations };
}

export const CREATE = `mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id slug version } }`;
export const SECTIONS_FIELDS = `version showIndicators showEvaluation comparedProgrammes { id name }
  comparison { programmes { name organisations total totals { kind count } suppressed { nl en } } themes { theme cells { perOrganisation counts { kind count } } } }
  indicators { code label unit sizeClass organisations median mean suppressed { nl } }
  evaluation { state respondents message { nl } questions { scale count average distribution suppressed { nl } } recommendYes recommendNo }`;
export const SECTIONS = `mutation($input: UpdateHarvestSectionsInput!) { updateHarvestSections(input: $input) { ${SECTIONS_FIELDS} } }`;

export interface SectionsScene {
  world: World;
  w: HarvestWorld;
  coordinator: GqlClient;
  /** "Sturen met Kwaliteit 2024": four municipalities, three of them public (Enschede network only). */
  p2024: string;
  /** "Proefronde 2023": two municipalities, too few to show. */
  small: string;
  owner: <T>(work: (c: Client) => Promise<T>) => Promise<T>;
  create: (title: string, visibility: 'PUBLIC' | 'NETWORK') => Promise<{ id: string; slug: string; version: number }>;
  sections: (input: Record<string, unknown>) => Promise<GqlResult<Record<string, any>>>;
  /** A participant's evaluation of the 2025 round, with a comment that must never show. */
  evaluate: (userId: string, score: number, submitted?: boolean) => Promise<unknown>;
  threeEvaluations: () => Promise<void>;
  /**
   * The 2025 round's four municipalities in one size class (L), each with a figure for Wmo costs
   * (Zwolle, network consent only, an outlier), and a second figure only two of them have.
   */
  figures: () => Promise<void>;
}

/**
 * The harvest world (network A's 2025 programme) plus two finished programmes to compare it with,
 * and the coordinator signed in: the scene of harvest-sections*.spec.ts.
 */
export async function buildSectionsScene(t: TestApp): Promise<SectionsScene> {
  const world = await buildWorld(t);
  const w = await buildHarvestWorld(t, world);
  const coordinator = await signedIn(t, world.a.coordinator);
  const owner = <T>(work: (c: Client) => Promise<T>) => withAdmin(work, t.db.ownerUrl);
  const { programmeId: p2024 } = await owner((c) =>
    addFinishedProgramme(c, world.a.id, world.a.member.id, 'Sturen met Kwaliteit 2024', [
      {
        name: 'Arnhem',
        consent: 'PUBLIC',
        findings: [
          ['Wmo', 'CONCERN', true],
          ['Wmo', 'CONCERN', true],
        ],
      },
      {
        name: 'Nijmegen',
        consent: 'PUBLIC',
        findings: [
          ['Jeugd', 'STRENGTH', true],
          ['Wmo', 'STRENGTH', false],
        ],
      },
      { name: 'Apeldoorn', consent: 'PUBLIC', findings: [['Wmo', 'RECOMMENDATION', true]] },
      { name: 'Enschede', consent: 'NETWORK', findings: [['Jeugd', 'CONCERN', true]] },
    ]),
  );
  const { programmeId: small } = await owner((c) =>
    addFinishedProgramme(c, world.a.id, world.a.member.id, 'Proefronde 2023', [
      { name: 'Hengelo', consent: 'PUBLIC', findings: [['Wmo', 'CONCERN', true]] },
      { name: 'Almelo', consent: 'PUBLIC', findings: [['Jeugd', 'CONCERN', true]] },
    ]),
  );
  const evaluate = (userId: string, score: number, submitted = true) =>
    owner((c) =>
      c.query(
        `INSERT INTO round_evaluation (network_id, round_id, user_id, usefulness, safety, preparation, team, would_recommend, comment, submitted_at)
         VALUES ($1, $2, $3, $4, $4, $4, $4, true, 'Geheime toelichting van een deelnemer', ${submitted ? 'now()' : 'NULL'}) ON CONFLICT DO NOTHING`,
        [world.a.id, w.roundId, userId, score],
      ),
    );
  return {
    world,
    w,
    coordinator,
    p2024,
    small,
    owner,
    create: async (title, visibility) =>
      (await coordinator.ok(CREATE, { input: { programmeId: w.programmeId, title, visibility, narrative: 'Wat de rondes samen zagen.' } })).createHarvest,
    sections: (input) => coordinator.gql(SECTIONS, { input }),
    evaluate,
    figures: () =>
      owner(async (c) => {
        await c.query(`UPDATE organisation SET population = 101000 WHERE network_id = $1 AND name IN ('Utrecht', 'Zwolle')`, [world.a.id]);
        const values: [string, string, number][] = [
          ['Utrecht', 'WMO_KOSTEN', 100],
          ['Deventer', 'WMO_KOSTEN', 200],
          ["'s-Hertogenbosch", 'WMO_KOSTEN', 300],
          ['Zwolle', 'WMO_KOSTEN', 9000],
          ['Utrecht', 'JEUGD_BEREIK', 10],
          ['Deventer', 'JEUGD_BEREIK', 20],
        ];
        for (const [name, code, value] of values)
          await c.query(
            `INSERT INTO indicator_value (network_id, organisation_id, code, period, label, value, unit, source)
             SELECT $1, id, $3, '2025', $4, $5, '€', 'CBS' FROM organisation WHERE network_id = $1 AND name = $2 ON CONFLICT DO NOTHING`,
            [world.a.id, name, code, code === 'WMO_KOSTEN' ? 'Wmo-kosten per inwoner' : 'Jeugdhulp bereik', value],
          );
      }),
    threeEvaluations: async () => {
      await evaluate(world.a.member.id, 4);
      await evaluate(world.a.coordinator.id, 2);
      await evaluate(w.janDeVries.id, 5);
    },
  };
}

/** A file from the server as bytes, whatever its type. */
export const download = async (app: TestApp, path: string): Promise<Buffer> =>
  (
    await request(app.http)
      .get(path)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
  ).body as Buffer;

/**
 * A version published before the later parts of a harvest existed: its frozen content has only
 * the parts of the first harvests (counts, patterns, quotes, narrative).
 */
export async function insertEarlyVersion(
  scene: { world: World; owner: SectionsScene['owner'] },
  harvest: { id: string; slug: string },
  title = 'Oude oogst',
): Promise<void> {
  const content = firstPartsVersionContent({ title, network: scene.world.a.name, programme: 'Sturen met Kwaliteit 2025', visibility: 'NETWORK' });
  await scene.owner((c) =>
    c.query(`INSERT INTO harvest_version (network_id, harvest_id, number, title, slug, visibility, content) VALUES ($1, $2, 1, $3, $4, 'NETWORK', $5)`, [
      scene.world.a.id,
      harvest.id,
      title,
      harvest.slug,
      content,
    ]),
  );
}
