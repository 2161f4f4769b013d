import { PasswordService, tenantTransaction } from '@kijkje/api/core';
import { DEFAULT_THEMES, defaultFramework, type AuditAction } from '@kijkje/domain';
import { findMunicipality } from '@kijkje/reference-data';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { seedClosedProgramme } from './closed-programme';
import { seedDemoHarvest } from './demo-harvest';
import { seedEarlierProgramme } from './earlier-programme';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoTrack } from './demo-track';
import { insertUser } from './demo-users';

export const DEMO_PASSWORD = 'Kijkje-demo-2026';

export const DEMO_LOGINS = [
  { email: 'beheer@kijkje.test', name: 'Bea Beheer', what: 'platformbeheerder / platform admin' },
  { email: 'coordinator@kijkje.test', name: 'Cor Coördinator', what: 'netwerkcoördinator in beide netwerken / coordinator in both networks' },
  { email: 'lid@kijkje.test', name: 'Lieke Lid', what: 'lid (Utrecht; Zwolle) / member' },
  { email: 'gastgemeente@kijkje.test', name: 'Gea Gastvrouw', what: 'lid (Zwolle): gastgemeente en reviewer / host and reviewer' },
  { email: 'reviewer@kijkje.test', name: 'Ruben Reviewer', what: 'lid (Deventer): teamleider / lead reviewer' },
  {
    email: 'nijmegen@kijkje.test',
    name: 'Nina Nijmegen',
    what: 'lid (Nijmegen): gastgemeente, reageert op het bezoekverslag / host, comments on the visit report',
  },
  {
    email: 'arnhem@kijkje.test',
    name: 'Aron Arnhem',
    what: 'lid (Arnhem): teamleider in Eindhoven, schrijft het bezoekverslag / lead reviewer, writes the visit report',
  },
  {
    email: 'eindhoven@kijkje.test',
    name: 'Eva Eindhoven',
    what: 'lid (Eindhoven): gastgemeente, reageert op het bezoekverslag / host, comments on the visit report',
  },
  { email: 'delft@kijkje.test', name: 'Daan Delft', what: 'lid (Delft): teamleider in Arnhem en Groningen / lead reviewer (round 2 of 2025)' },
  { email: 'groningen@kijkje.test', name: 'Greet Groningen', what: 'lid (Groningen): teamleider in Delft / lead reviewer (round 2 of 2025)' },
  {
    email: 'begeleider@kijkje.test',
    name: 'Bo Begeleider',
    what: 'begeleider van het Veranderlab en de werkbijeenkomst in Utrecht / facilitator of the learning track and the Utrecht work meeting',
  },
];

const NETWORKS = [
  {
    name: 'Netwerk Directeuren Sociaal Domein',
    slug: 'netwerk-directeuren-sociaal-domein',
    municipalities: ['GM0344', 'GM0193', 'GM0503', 'GM0772', 'GM0268', 'GM0363', 'GM0599', 'GM0014', 'GM0202', 'GM0935', 'GM0150'],
    member: 'GM0344',
    programme: 'Sturen met Kwaliteit 2026',
    running: { name: 'Kijkje in de keuken 2026 – voorjaar', round: ['GM0344', 'GM0193', 'GM0150', 'GM0202'] },
    closed: {
      Utrecht: 'GM0344',
      Zwolle: 'GM0193',
      Deventer: 'GM0150',
      Nijmegen: 'GM0268',
      Arnhem: 'GM0202',
      Eindhoven: 'GM0772',
      Delft: 'GM0503',
      Groningen: 'GM0014',
    },
  },
  {
    name: 'Grip op het Sociaal Domein',
    slug: 'grip-op-het-sociaal-domein',
    municipalities: ['GM0193', 'GM0153', 'GM0080', 'GM0345', 'GM0796'],
    member: 'GM0193',
    programme: null,
    running: null,
    closed: null,
  },
];

const RUNNING_THEMES = ['Wmo', 'Jeugd', 'Financiële beheersbaarheid'];

/**
 * A running programme with one started round of four: every municipality has its visit. Zwolle's
 * visit is prepared and has its team (Utrecht's Lieke Lid and Deventer's Ruben Reviewer, who
 * leads), ready for the day; Utrecht's visit is still to be prepared by Lieke Lid, and its team
 * (Gea Gastvrouw of Zwolle, Ruben Reviewer leading) is assigned, so the whole visit can be tried.
 */
async function seedRunningProgramme(
  em: EntityManager,
  networkId: string,
  people: { coordinator: string; member: string; host: string; lead: string },
  name: string,
  organisations: { utrecht: string; zwolle: string; deventer: string; arnhem: string },
): Promise<void> {
  const [programme] = await em.query(
    `INSERT INTO programme (network_id, name, description, themes, framework, places, default_sharing, status, sign_up_opens_at, sign_up_closes_at, created_by)
     VALUES ($1, $2, $3, $4, $5, 4, 'NETWORK', 'RUNNING', now() - interval '60 days', now() - interval '30 days', $6) RETURNING id`,
    [
      networkId,
      name,
      'Een lopend programma: de ronde is gestart en de bezoeken worden voorbereid.',
      JSON.stringify(RUNNING_THEMES),
      JSON.stringify(defaultFramework(RUNNING_THEMES)),
      people.coordinator,
    ],
  );
  const [round] = await em.query(`INSERT INTO round (network_id, programme_id, name, status) VALUES ($1, $2, 'Ronde 1', 'PREPARING') RETURNING id`, [
    networkId,
    programme.id,
  ]);
  const visits = new Map<string, string>();
  for (const [i, organisationId] of Object.values(organisations).entries()) {
    const [application] = await em.query(
      `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, preferred_period, consent, status, submitted_at)
       VALUES ($1, $2, $3, $4, $5, 'voorjaar 2026', 'PUBLIC', 'PLACED', now() - interval '40 days') RETURNING id`,
      [networkId, programme.id, organisationId, REVIEW_QUESTIONS[i % REVIEW_QUESTIONS.length], JSON.stringify(RUNNING_THEMES.slice(0, 2))],
    );
    await em.query(`INSERT INTO round_member (application_id, network_id, round_id) VALUES ($1, $2, $3)`, [application.id, networkId, round.id]);
    const [visit] = await em.query(`INSERT INTO visit (network_id, round_id, host_organisation_id) VALUES ($1, $2, $3) RETURNING id`, [
      networkId,
      round.id,
      organisationId,
    ]);
    visits.set(organisationId, visit.id);
  }
  const zwolle = visits.get(organisations.zwolle)!;
  await em.query(
    `UPDATE visit SET status = 'PREPARED', starts_on = current_date + 14,
            starts_at = (current_date + 14 + time '09:30') AT TIME ZONE 'Europe/Amsterdam', ends_at = (current_date + 14 + time '15:30') AT TIME ZONE 'Europe/Amsterdam',
            calendar_sequence = 1, location = 'Stadhuis Zwolle, Grote Kerkplein 15', prepared_at = now(), version = 4,
            agenda = $2, answers = $3 WHERE id = $1`,
    [
      zwolle,
      JSON.stringify([
        { startTime: '09:30', endTime: '10:15', topic: 'Ontvangst en kennismaking met de wethouder', partners: ['WETHOUDER'] },
        { startTime: '10:15', endTime: '12:00', topic: 'Tafelgesprek met het wijkteam', partners: ['WIJKTEAM', 'MEDEWERKERS'] },
        { startTime: '13:00', endTime: '14:30', topic: 'Inwoners en ketenpartners over de toegang', partners: ['INWONERS', 'KETENPARTNERS'] },
        { startTime: '14:30', endTime: '15:30', topic: 'Terugkoppeling aan het management', partners: ['MANAGEMENT'] },
      ]),
      JSON.stringify({
        'general:FOTO_VAN_NU': 'De uitgaven aan de Wmo stijgen al drie jaar. We hebben veel cijfers, maar weinig zicht op wat het inwoners oplevert.',
        'general:STIP_AAN_DE_HORIZON': 'Over drie jaar sturen we op de bedoeling: het wijkteam heeft ruimte, en we weten wat werkt.',
        'theme:Wmo:WHAT_GOES_WELL': 'De toegang via het wijkteam is dichtbij en persoonlijk.',
        'theme:Wmo:WHAT_WORRIES_YOU': 'De wachttijd voor huishoudelijke hulp loopt op.',
        'theme:Jeugd:OWN_RESPONSIBILITY': 'Wij kunnen zelf beter samenwerken met de huisartsen.',
      }),
    ],
  );
  const team = async (visitId: string, userId: string, organisationId: string, lead: boolean) =>
    em.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead, assigned_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
      networkId,
      visitId,
      userId,
      organisationId,
      lead,
      people.coordinator,
    ]);
  await team(zwolle, people.member, organisations.utrecht, false);
  await team(zwolle, people.lead, organisations.deventer, true);
  const utrecht = visits.get(organisations.utrecht)!;
  await team(utrecht, people.host, organisations.zwolle, false);
  await team(utrecht, people.lead, organisations.deventer, true);
}

const REVIEW_QUESTIONS = [
  'Hoe houden wij grip op de kosten van de Wmo zonder de bedoeling uit het oog te verliezen?',
  'Hoe sturen wij samen met onze ketenpartners op de kwaliteit van de jeugdhulp?',
  'Welke informatie hebben wij echt nodig om bij te sturen in het sociaal domein?',
  'Hoe geven wij professionals ruimte en houden wij toch zicht op resultaten?',
];

/** An open programme of 10 places with eleven applications: ten accepted, one on the waitlist. */
async function seedProgramme(em: EntityManager, networkId: string, coordinatorId: string, name: string, organisationIds: string[]): Promise<void> {
  const themes = [...DEFAULT_THEMES];
  const [programme] = await em.query(
    `INSERT INTO programme (network_id, name, description, themes, framework, places, default_sharing, status, sign_up_opens_at, sign_up_closes_at, created_by)
     VALUES ($1, $2, $3, $4, $5, 10, 'NETWORK', 'OPEN', now() - interval '7 days', now() + interval '30 days', $6) RETURNING id`,
    [
      networkId,
      name,
      'Gemeenten geven elkaar een kijkje in de keuken: rondes van vier of vijf gemeenten bezoeken elkaar en oogsten wat ze leren.',
      JSON.stringify(themes),
      JSON.stringify(defaultFramework(themes)),
      coordinatorId,
    ],
  );
  for (const [i, organisationId] of organisationIds.entries()) {
    await em.query(
      `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, preferred_period, consent, status, submitted_at)
       VALUES ($1, $2, $3, $4, $5, 'voorjaar 2026', 'NETWORK', $6, now() - make_interval(hours => $7))`,
      [
        networkId,
        programme.id,
        organisationId,
        REVIEW_QUESTIONS[i % REVIEW_QUESTIONS.length],
        JSON.stringify([themes[i % 3], themes[3 + (i % 2)]]),
        i < 10 ? 'ACCEPTED' : 'WAITLISTED',
        48 - i,
      ],
    );
  }
}

/** The demo accounts present in a database: production refuses to serve one that has them. */
export async function demoAccountsIn(ds: DataSource): Promise<string[]> {
  const rows: { email: string }[] = await ds.query(`SELECT email FROM app_user WHERE email = ANY($1) ORDER BY email`, [DEMO_LOGINS.map((l) => l.email)]);
  return rows.map((r) => r.email);
}

/**
 * Seeds the demo networks once (idempotent: does nothing when the demo admin exists). Goes through
 * RLS like the app; the finished programme's harvest is made and published by the product itself.
 * Returns the public harvest's address, or null when the demo was there already.
 */
export async function seedDemo(app: INestApplicationContext): Promise<string | null> {
  const ds = app.get(DataSource);
  const [existing] = await ds.query(`SELECT 1 FROM app_user WHERE email = $1`, [DEMO_LOGINS[0].email]);
  if (existing) return null;
  const hash = await new PasswordService().hash(DEMO_PASSWORD);
  const ids = await ds.transaction(async (em) => ({
    admin: await insertUser(em, DEMO_LOGINS[0].email, DEMO_LOGINS[0].name, hash, true),
    coordinator: await insertUser(em, DEMO_LOGINS[1].email, DEMO_LOGINS[1].name, hash, false),
    member: await insertUser(em, DEMO_LOGINS[2].email, DEMO_LOGINS[2].name, hash, false),
    host: await insertUser(em, DEMO_LOGINS[3].email, DEMO_LOGINS[3].name, hash, false),
    lead: await insertUser(em, DEMO_LOGINS[4].email, DEMO_LOGINS[4].name, hash, false),
    nijmegen: await insertUser(em, DEMO_LOGINS[5].email, DEMO_LOGINS[5].name, hash, false),
    arnhem: await insertUser(em, DEMO_LOGINS[6].email, DEMO_LOGINS[6].name, hash, false),
    eindhoven: await insertUser(em, DEMO_LOGINS[7].email, DEMO_LOGINS[7].name, hash, false),
    delft: await insertUser(em, DEMO_LOGINS[8].email, DEMO_LOGINS[8].name, hash, false),
    groningen: await insertUser(em, DEMO_LOGINS[9].email, DEMO_LOGINS[9].name, hash, false),
    facilitator: await insertUser(em, DEMO_LOGINS[10].email, DEMO_LOGINS[10].name, hash, false),
  }));
  let harvest = null as { networkId: string; programmeId: string; earlierProgrammeId: string } | null;
  for (const spec of NETWORKS) {
    const [network] = await ds.query(`INSERT INTO network (name, slug, created_by) VALUES ($1, $2, $3) RETURNING id`, [spec.name, spec.slug, ids.admin]);
    await tenantTransaction(ds, { networkId: network.id, userId: ids.admin }, async (em) => {
      const orgIds = new Map<string, string>();
      for (const code of spec.municipalities) {
        const m = findMunicipality(code);
        if (!m) throw new Error(`demo municipality ${code} missing from reference data`);
        const [org] = await em.query(
          `INSERT INTO organisation (network_id, name, kind, cbs_code, province, population) VALUES ($1, $2, 'MUNICIPALITY', $3, $4, $5) RETURNING id`,
          [network.id, m.name, m.cbsCode, m.province, m.population],
        );
        orgIds.set(code, org.id);
      }
      await em.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, NULL, 'COORDINATOR')`, [network.id, ids.coordinator]);
      await em.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
        network.id,
        ids.member,
        orgIds.get(spec.member),
      ]);
      if (spec.programme) await seedProgramme(em, network.id, ids.coordinator, spec.programme, [...orgIds.values()]);
      if (spec.running) {
        const [utrecht, zwolle, deventer, arnhem] = spec.running.round.map((code) => orgIds.get(code)!);
        await em.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER'), ($1, $4, $5, 'MEMBER')`, [
          network.id,
          ids.host,
          zwolle,
          ids.lead,
          deventer,
        ]);
        await seedRunningProgramme(em, network.id, ids, spec.running.name, { utrecht, zwolle, deventer, arnhem });
      }
      if (spec.closed) {
        const organisations = Object.fromEntries(Object.entries(spec.closed).map(([name, code]) => [name, orgIds.get(code)!]));
        // Nijmegen's contact: the host who reads, answers and shares Nijmegen's visit report.
        await em.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
          network.id,
          ids.nijmegen,
          organisations['Nijmegen'],
        ]);
        // Eindhoven's visit: Arnhem's contact leads its team, Eindhoven's contact hosts it.
        await em.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER'), ($1, $4, $5, 'MEMBER')`, [
          network.id,
          ids.arnhem,
          organisations['Arnhem'],
          ids.eindhoven,
          organisations['Eindhoven'],
        ]);
        // Delft's and Groningen's contacts review in the second round.
        await em.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER'), ($1, $4, $5, 'MEMBER')`, [
          network.id,
          ids.delft,
          organisations['Delft'],
          ids.groningen,
          organisations['Groningen'],
        ]);
        const programmeId = await seedClosedProgramme(em, network.id, ids, organisations);
        harvest = { networkId: network.id, programmeId, earlierProgrammeId: await seedEarlierProgramme(em, network.id, ids.coordinator) };
        await seedDemoTrack(em, network.id, ids);
      }
      const seeded: AuditAction = 'demo.seeded';
      await em.query(`INSERT INTO audit_event (network_id, actor_user_id, action) VALUES ($1, $2, $3)`, [network.id, ids.admin, seeded]);
    });
  }
  if (!harvest) return '';
  const slug = await seedDemoHarvest(app, {
    ...harvest,
    coordinator: { id: ids.coordinator, email: DEMO_LOGINS[1].email, name: DEMO_LOGINS[1].name },
  });
  await seedDemoMeetings(app, harvest.networkId, ids);
  return `/oogst/${slug}`;
}
