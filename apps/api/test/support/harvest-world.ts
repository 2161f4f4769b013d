import { hash } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@kijkje/api/core';
import { defaultFramework } from '@kijkje/domain';
import { withAdmin } from './database';
import type { TestApp } from './test-app';
import { PASSWORD, type Person, type World } from './world';

export interface HarvestWorld {
  programmeId: string;
  roundId: string;
  /** Host municipality name → its visit id. */
  visits: Record<string, string>;
  /** Released findings, by a short name. */
  findings: Record<string, string>;
  /** A finding the host did not release. */
  withheld: string;
  /** A member of the network whose name appears in a finding. */
  janDeVries: Person;
  names: { municipalities: string[]; persons: string[] };
}

const TEXTS: [municipality: string, key: string, kind: string, theme: string, tags: string[], text: string, released: boolean][] = [
  [
    'Utrecht',
    'utrechtWachtlijst',
    'CONCERN',
    'Wmo',
    ['wachtlijsten', 'regie'],
    'In Utrecht groeien de **wachtlijsten** voor huishoudelijke hulp, zei Jan de Vries van het wijkteam.',
    true,
  ],
  ['Utrecht', 'utrechtToegang', 'STRENGTH', 'Wmo', ['toegang'], 'De Utrechtse toegang via het wijkteam is dichtbij en persoonlijk.', true],
  ['Zwolle', 'zwolleWachtlijst', 'CONCERN', 'Wmo', ['Wachtlijsten '], 'Ook Zwolle ziet de wachtlijsten oplopen; bel 06-12345678 voor details.', true],
  ['Zwolle', 'zwolleJeugd', 'RECOMMENDATION', 'Jeugd', ['huisartsen'], 'Zwolle kan samen met de huisartsen de jeugdhulp beter sturen.', true],
  ['Deventer', 'deventerWachtlijst', 'CONCERN', 'Wmo', ['#wachtlijsten'], 'Deventer worstelt met wachtlijsten in de Wmo.', true],
  ['Deventer', 'deventerEigen', 'OWN_RESPONSIBILITY', 'Jeugd', ['huisartsen'], 'Het gesprek met de huisartsen kan Deventer zelf beginnen.', true],
  ["'s-Hertogenbosch", 'bossche', 'STRENGTH', 'Jeugd', ['regie'], "In 's-Hertogenbosch (Den Bosch) werkt de regie op de jeugdhulp goed.", true],
  ["'s-Hertogenbosch", 'withheld', 'CONCERN', 'Wmo', ['wachtlijsten'], 'Een vertrouwelijke zorg die niet in de oogst mag.', false],
];

/**
 * In network A: a programme whose one round of four municipalities has held its visits and
 * finalised its reports, with findings the hosts released (and one they withheld). Real names,
 * a person of the network and a phone number sit in the texts, so anonymisation is tested against
 * the names in the data. Consent: three PUBLIC, Zwolle NETWORK.
 */
export async function buildHarvestWorld(t: TestApp, world: World): Promise<HarvestWorld> {
  return withAdmin(async (c) => {
    const networkId = world.a.id;
    const orgId = async (name: string, code: string) => {
      const existing = await c.query(`SELECT id FROM organisation WHERE network_id = $1 AND name = $2`, [networkId, name]);
      if (existing.rows[0]) return existing.rows[0].id as string;
      const r = await c.query(
        `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population) VALUES ($1, $2, 'MUNICIPALITY', $3, 'Overijssel', 101000) RETURNING id`,
        [networkId, name, code],
      );
      return r.rows[0].id as string;
    };
    const orgs: Record<string, string> = {
      Utrecht: await orgId('Utrecht', 'GM0344'),
      Zwolle: await orgId('Zwolle', 'GM0193'),
      Deventer: await orgId('Deventer', 'GM0150'),
      "'s-Hertogenbosch": await orgId("'s-Hertogenbosch", 'GM0796'),
    };
    const passwordHash = await hash(PASSWORD, ARGON2_OPTIONS);
    const jan = await c.query(`INSERT INTO app_user (email, name, password_hash) VALUES ('jan.devries@test.kijkje.nl', 'Jan de Vries', $1) RETURNING id`, [
      passwordHash,
    ]);
    await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
      networkId,
      jan.rows[0].id,
      orgs.Utrecht,
    ]);
    const themes = ['Wmo', 'Jeugd'];
    const programme = await c.query(
      `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing, status) VALUES ($1, 'Sturen met Kwaliteit 2025', $2, $3, 4, 'PUBLIC', 'RUNNING') RETURNING id`,
      [networkId, JSON.stringify(themes), JSON.stringify(defaultFramework(themes))],
    );
    const programmeId = programme.rows[0].id as string;
    const round = await c.query(`INSERT INTO round (network_id, programme_id, name, status) VALUES ($1, $2, 'Ronde 1', 'CLOSED') RETURNING id`, [
      networkId,
      programmeId,
    ]);
    const roundId = round.rows[0].id as string;
    const visits: Record<string, string> = {};
    for (const [name, id] of Object.entries(orgs)) {
      const a = await c.query(
        `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status) VALUES ($1, $2, $3, 'Hoe sturen wij?', '["Wmo"]', $4, 'PLACED') RETURNING id`,
        [networkId, programmeId, id, name === 'Zwolle' ? 'NETWORK' : 'PUBLIC'],
      );
      await c.query(`INSERT INTO round_member (application_id, network_id, round_id) VALUES ($1, $2, $3)`, [a.rows[0].id, networkId, roundId]);
      const v = await c.query(
        `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on, location) VALUES ($1, $2, $3, 'REPORT_FINAL', current_date - 30, $4) RETURNING id`,
        [networkId, roundId, id, `Stadhuis ${name}, Kanaleneiland`],
      );
      visits[name] = v.rows[0].id;
      await c.query(`INSERT INTO visit_report (network_id, visit_id, summary, sharing) VALUES ($1, $2, $3, 'NETWORK')`, [
        networkId,
        v.rows[0].id,
        `Samenvatting van het bezoek aan ${name}.`,
      ]);
      await c.query(
        `INSERT INTO visit_report_revision (network_id, visit_id, number, status, content) VALUES ($1, $2, 1, 'REPORT_FINAL', '{"findings": []}')`,
        [networkId, v.rows[0].id],
      );
    }
    const findings: Record<string, string> = {};
    let withheld = '';
    for (const [municipality, key, kind, theme, tags, text, released] of TEXTS) {
      // Findings go in as SHARED and are then finalised and released, like the app does, so the trigger keeps the rollup.
      const f = await c.query(
        `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, tags, status) VALUES ($1, $2, $3, $4, $5, $6, $7, 'SHARED') RETURNING id`,
        [networkId, visits[municipality], world.a.member.id, kind, theme, text, JSON.stringify(tags)],
      );
      await c.query(`UPDATE finding SET status = 'FINAL', released_for_harvest = $2 WHERE id = $1`, [f.rows[0].id, released]);
      if (released) findings[key] = f.rows[0].id;
      else withheld = f.rows[0].id;
    }
    const persons = (
      await c.query(`SELECT DISTINCT u.name FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.network_id = $1`, [networkId])
    ).rows.map((r) => r.name as string);
    const municipalities = (await c.query(`SELECT name FROM organisation WHERE network_id = $1`, [networkId])).rows.map((r) => r.name as string);
    return {
      programmeId,
      roundId,
      visits,
      findings,
      withheld,
      janDeVries: { id: jan.rows[0].id, email: 'jan.devries@test.kijkje.nl', name: 'Jan de Vries' },
      names: { municipalities, persons },
    };
  }, t.db.ownerUrl);
}

/**
 * The frozen content of a version with only the parts of the first harvests (counts, patterns,
 * quotes, narrative), as versions published before the later parts existed hold it.
 */
export function firstPartsVersionContent(v: { title: string; network: string; programme: string; visibility: string }) {
  return {
    ...v,
    themes: [],
    roundLabels: {},
    counts: { byTheme: [], bySizeClass: [], byRound: [], totals: { cells: [], total: 0, organisations: 0, rounds: 0 } },
    patterns: [],
    quotes: [],
    narrative: '',
    publishedAt: new Date().toISOString(),
    number: 1,
  };
}
